import {VERSION} from './version.js';

export {VERSION};
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
    return;
  }
  if (existing === ctor) return;
  const theirs = (existing as unknown as {uclgVersion?: string}).uclgVersion ?? 'unknown';
  if (theirs !== VERSION && !warned) {
    warned = true;
    console.warn(`[@uclg/widgets ${VERSION}] <${tag}> and the other elements are already defined by version ${theirs}; keeping that one.`);
  }
}
