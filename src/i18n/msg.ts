/**
 * Interface strings, one language per element.
 *
 * @lit/localize keeps one global locale, which two cards in French and Spanish on one page
 * cannot share, and `configureLocalization` may be called only once per page, which a host
 * app may already have done. So we never call it. Instead `msg` below has the same branded
 * type as @lit/localize's own (so `lit-localize extract` finds every call and its id and
 * description), and looks the id up with @lit/localize's own `runtimeMsg` in the templates of
 * the language that the element being rendered right now speaks. Elements set that language
 * synchronously around their render (see `withLanguage`); Lit renders synchronously, so the
 * language of one element can never leak into another.
 */
import type {MsgFn} from '@lit/localize/internal/types.js';
import {runtimeMsg} from '@lit/localize/internal/runtime-msg.js';
import type {Language} from '../feed/types.js';
import {templates as fr} from './generated/fr.js';
import {templates as es} from './generated/es.js';

const TEMPLATES = {en: undefined, fr, es} as const;
let active: Language = 'en';

export const msg = ((template: Parameters<MsgFn>[0], options?: Parameters<MsgFn>[1]) =>
  runtimeMsg(TEMPLATES[active], template as never, options)) as unknown as MsgFn;

export {str} from '@lit/localize';

/** Runs `fn` with `lang` as the language of every `msg()` call inside it. */
export function withLanguage<T>(lang: Language, fn: () => T): T {
  const previous = active;
  active = lang;
  try {
    return fn();
  } finally {
    active = previous;
  }
}
