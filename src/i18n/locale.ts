import type {Language} from '../core/types.js';

/**
 * BCP 47 locales handed to Intl. English uses en-GB: 24-hour times and "Wednesday 19 May 2021"
 * read naturally to UCLG's international audience.
 */
export const INTL_LOCALE: Record<Language, string> = {en: 'en-GB', fr: 'fr-FR', es: 'es-ES'};

const cache = new Map<string, unknown>();

/**
 * Intl formatters are costly to build: one per (kind, locale, options) for the whole page.
 * Throws like the constructor (an unknown time zone), and then caches nothing.
 */
export function intlCached<T>(kind: new (locale: string, options: never) => T, locale: string, options: object): T {
  const key = kind.name + locale + JSON.stringify(options);
  let f = cache.get(key) as T | undefined;
  if (!f) cache.set(key, (f = new kind(locale, options as never)));
  return f;
}

const cached = <T>(kind: new (locale: string, options: never) => T, lang: Language, options: object): T =>
  intlCached(kind, INTL_LOCALE[lang], options);

export const dateFormat = (lang: Language, options: Intl.DateTimeFormatOptions) => cached(Intl.DateTimeFormat, lang, options);

/** The language's plural rules ("one", "other"…), for strings that have a singular. */
export const pluralRules = (lang: Language) => cached(Intl.PluralRules, lang, {});

export type UnitDisplay = 'long' | 'short' | 'narrow';

/** "3 hours", "3 h", "3h": value and unit name, plural included, from Intl. */
export const unitFormat = (lang: Language, unit: string, unitDisplay: UnitDisplay) =>
  cached(Intl.NumberFormat, lang, {style: 'unit', unit, unitDisplay});

/** "2 days, 3 hours and 4 minutes" in the language's own list style. */
export const listFormat = (lang: Language, style: UnitDisplay) => cached(Intl.ListFormat, lang, {type: 'unit', style});

/** "in 12 days", "dans 12 jours". */
export const relativeFormat = (lang: Language) => cached(Intl.RelativeTimeFormat, lang, {numeric: 'auto'});
