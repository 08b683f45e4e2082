const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

/**
 * Returns the URL when it is absolute and http, https or mailto; otherwise undefined.
 * Control characters and whitespace that browsers strip before the scheme are refused outright,
 * so `\u0001javascript:` can never slip through.
 */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 2048) return undefined;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f-\u009f]/.test(value)) return undefined;
  try {
    const url = new URL(value);
    return ALLOWED.has(url.protocol) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** True when the link leaves the current site (it then gets rel="noopener noreferrer"). */
export function isExternal(href: string): boolean {
  try {
    const url = new URL(href, location.href);
    return url.protocol !== 'mailto:' && url.origin !== location.origin;
  } catch {
    return true;
  }
}
