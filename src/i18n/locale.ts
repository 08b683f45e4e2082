import type {Language} from '../feed/types.js';

/**
 * BCP 47 locales handed to Intl. English uses en-GB: 24-hour times and "Wednesday 19 May 2021"
 * read naturally to UCLG's international audience.
 */
export const INTL_LOCALE: Record<Language, string> = {en: 'en-GB', fr: 'fr-FR', es: 'es-ES'};

const cache = new Map<string, Intl.DateTimeFormat>();

/** Intl formatters are costly to build: one per (language, options) for the whole page. */
export function dateFormat(lang: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = lang + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(INTL_LOCALE[lang], options)));
  return f;
}
