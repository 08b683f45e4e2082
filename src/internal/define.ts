import {idle} from './idle.js';
import {VERSION} from './version.js';

export {VERSION};
/** An element class that can prepare, at idle time, what its first render will need (base/element.ts). */
interface Warmable {
  warm?(): void;
}

/**
 * The first Intl formatters a page creates for a language cost tens of milliseconds in Chromium
 * (ICU loads that language's data); later ones cost about 1 ms. So each definition asks its class,
 * at idle time, to create the formatters its first render needs: a feed that arrives later
 * (fetched, or set as a property by an app) does not pay for them inside its first render (issue
 * 18: a fifth of a 300-session agenda's first screen).
 */
function warmAtIdle(ctor: Warmable): void {
  idle(() => {
    try {
      ctor.warm?.();
    } catch {
      // Only a head start: the first render creates whatever this did not.
    }
  });
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
    warmAtIdle(ctor as Warmable);
    return;
  }
  if (existing === ctor) return;
  const theirs = (existing as unknown as {uclgVersion?: string}).uclgVersion ?? 'unknown';
  if (theirs !== VERSION && !warned) {
    warned = true;
    console.warn(`[@uclg/widgets ${VERSION}] <${tag}> and the other elements are already defined by version ${theirs}; keeping that one.`);
  }
}
