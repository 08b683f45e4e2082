/**
 * Interface strings, in the language each call is given: there is no page-wide "active" language.
 *
 * @lit/localize keeps one global locale, which two cards in French and Spanish on one page
 * cannot share, and `configureLocalization` may be called only once per page, which a host
 * app may already have done. So we never call it. `msgIn(lang)` returns a lookup bound to one
 * language with the same branded type as @lit/localize's own `msg`, so `lit-localize extract`
 * still finds every call (`this.msg(…)` in an element, `msg(…)` where a `Msg` is passed in) with
 * its id and description, and translators keep the XLIFF workflow.
 *
 * The lookup is @lit/localize's `runtimeMsg` reduced to what we use: every call has an `id`
 * (test/cdn-build.test.mjs checks the sources), and templates are strings or str`` (no html``),
 * so no id is ever hashed from the text. That keeps the hashing code (about 0.3 KB gzip) out of
 * the CDN files.
 */
import type {MsgFn} from '@lit/localize/internal/types.js';
import type {StrResult} from '@lit/localize/internal/str-tag.js';
import type {Language} from '../core/types.js';

/** Looks an interface string up in one language: `msg('Retry', {id: 'state.retry', desc: '…'})`. */
export type Msg = MsgFn;

/**
 * One namespace's translations (src/i18n/generated/strings/, written by scripts/split-strings.js):
 * for each id, its French and Spanish templates, in that order (COLUMN).
 */
export type Strings = Readonly<Record<string, readonly [fr: string | StrResult, es: string | StrResult]>>;

const COLUMN: Record<Language, number> = {en: -1, fr: 0, es: 1};

// The translations the page's modules have registered so far. Page-wide on purpose: a string
// reads the same in every element, and each namespace is registered by the modules that use it
// (addStrings), so that one element's bundle carries only its own strings (issue 16).
const TEMPLATES: Record<string, Strings[string]> = {};
const bound: Partial<Record<Language, Msg>> = {};

/**
 * Makes a namespace's translations known: every module that calls msg() with ids of a namespace
 * registers it once at load (test/strings-split.test.mjs checks that); again is harmless.
 */
export function addStrings(strings: Strings): void {
  Object.assign(TEMPLATES, strings);
}

/**
 * The lookup for `lang`: the text of `template` in that language, English when it lacks it.
 * In a translated str``, `${n}` stands for the n-th value of the English template: translators
 * may reorder them.
 */
export function msgIn(lang: Language): Msg {
  return (bound[lang] ??= ((template: string | StrResult, options: {id: string}): string => {
    const t = TEMPLATES[options.id]?.[COLUMN[lang]] ?? template;
    if (typeof t === 'string') return t;
    const {strings} = t;
    const {values} = template as StrResult;
    let out = strings[0];
    for (let i = 1; i < strings.length; i++) out += `${values[t === template ? i - 1 : (t.values[i - 1] as number)]}${strings[i]}`;
    return out;
  }) as unknown as Msg);
}

export {str} from '@lit/localize';
