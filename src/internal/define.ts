import {VERSION} from './version.js';

export {VERSION};
// Once per copy of the library: the first definition asks for it, the others find it done.
let warm = false;

/**
 * The first Intl date formatter a page creates costs 40-100 ms in Chromium (ICU loads its data);
 * later ones cost about 1 ms. Every widget needs one as soon as it has a time to show, so the
 * first definition creates one at idle time: a feed that arrives later (fetched, or set as a
 * property by an app) does not pay for it inside its first render (issue 18: a quarter of a
 * 1,000-session agenda's first screen).
 */
function warmIntl(): void {
  if (warm) return;
  warm = true;
  const idle = globalThis.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 1));
  idle(() => new Intl.DateTimeFormat('en', {timeZone: 'UTC', hour: 'numeric'}).format(0));
}

// Per copy of the library, on purpose: a page with two versions gets one warning, not one per tag.
let warned = false;

/**
 * Registers `tag` unless it is already registered: two copies of the library on one page must
 * never throw. A different version already in place is kept (elements already on the page keep
 * working), with one console warning per copy of the library.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, ctor);
    (ctor as unknown as {uclgVersion?: string}).uclgVersion = VERSION;
    warmIntl();
    return;
  }
  if (existing === ctor) return;
  const theirs = (existing as unknown as {uclgVersion?: string}).uclgVersion ?? 'unknown';
  if (theirs !== VERSION && !warned) {
    warned = true;
    console.warn(`[@uclg/widgets ${VERSION}] <${tag}> and the other elements are already defined by version ${theirs}; keeping that one.`);
  }
}
