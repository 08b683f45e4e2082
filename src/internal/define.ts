declare const __VERSION__: string;
/** Replaced at build time; "dev" when running from source. */
export const VERSION: string = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';

const owners = new Map<string, string>();

/**
 * Registers `tag` unless it is already registered: two copies of the library on one page must
 * never throw. A different version already in place is kept, with one console warning.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
    (ctor as unknown as {uclgVersion?: string}).uclgVersion = VERSION;
    return;
  }
  if (existing === ctor) return;
  const theirs = (existing as unknown as {uclgVersion?: string}).uclgVersion;
  if (theirs !== VERSION && !owners.has(tag)) {
    owners.set(tag, theirs ?? 'unknown');
    console.warn(`[@uclg/widgets ${VERSION}] <${tag}> is already defined by version ${theirs ?? 'unknown'}; keeping that one.`);
  }
}
