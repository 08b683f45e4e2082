/**
 * Interface strings, one language per element.
 *
 * @lit/localize keeps one global locale, which two cards in French and Spanish on one page
 * cannot share, and `configureLocalization` may be called only once per page, which a host
 * app may already have done. So we never call it. Instead `msg` below has the same branded
 * type as @lit/localize's own (so `lit-localize extract` finds every call and its id and
 * description), and looks the id up in the templates of the language that the element being
 * rendered right now speaks. Elements set that language synchronously around their render (see
 * `withLanguage`); Lit renders synchronously, so the language of one element can never leak into
 * another.
 *
 * The lookup is @lit/localize's `runtimeMsg` reduced to what we use: every call has an `id`
 * (msg.test.ts checks the sources), and templates are strings or str`` (no html``), so no id
 * is ever hashed from the text. That keeps the hashing code (about 0.3 KB gzip) out of the
 * CDN files.
 */
import type {MsgFn} from '@lit/localize/internal/types.js';
import type {StrResult} from '@lit/localize/internal/str-tag.js';
import type {Language} from '../feed/types.js';
import {templates as fr} from './generated/fr.js';
import {templates as es} from './generated/es.js';

const TEMPLATES: Record<Language, Readonly<Record<string, string | StrResult>> | undefined> = {en: undefined, fr, es};
let active: Language = 'en';

/**
 * The text of `template` in the active language, English when that language lacks it. In a
 * translated str``, `${n}` stands for the n-th value of the English template: translators may
 * reorder them.
 */
export const msg = ((template: string | StrResult, options: {id: string}): string => {
  const t = TEMPLATES[active]?.[options.id] ?? template;
  if (typeof t === 'string') return t;
  const {strings} = t;
  const {values} = template as StrResult;
  let out = strings[0];
  for (let i = 1; i < strings.length; i++) out += `${values[t === template ? i - 1 : (t.values[i - 1] as number)]}${strings[i]}`;
  return out;
}) as unknown as MsgFn;

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
