/**
 * The translation meter: for each language, how many of the feed's texts it has and which lack it,
 * in form order, counted as `npx uclg-widgets validate` counts them (the same texts, a blank one
 * missing), so that "French: 41/52 texts" means the same in the editor and in the terminal.
 */
import {LANGUAGES, type Language} from '../core/types.js';

export interface LanguageCount {
  readonly present: number;
  /** Paths of the texts without this language (`sessions[0].title`), in form order. */
  readonly missing: readonly string[];
}
export interface Meter {
  readonly texts: number;
  readonly languages: Readonly<Record<Language, LanguageCount>>;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every text of the feed, with its path, in the order the form shows them. */
export function textPaths(json: unknown): Array<[string, Record<string, unknown>]> {
  const texts: Array<[string, Record<string, unknown>]> = [];
  const add = (v: unknown, path: string) => isObj(v) && texts.push([path, v]);
  if (!isObj(json)) return texts;
  if (isObj(json.event)) {
    add(json.event.name, 'event.name');
    add(json.event.theme, 'event.theme');
  }
  if (!Array.isArray(json.sessions)) return texts;
  json.sessions.forEach((s: unknown, i) => {
    if (!isObj(s)) return;
    const at = `sessions[${i}]`;
    for (const k of ['kind', 'title', 'subtitle', 'summary']) add(s[k], `${at}.${k}`);
    if (Array.isArray(s.body)) s.body.forEach((t, j) => add(t, `${at}.body[${j}]`));
    add(s.theme, `${at}.theme`);
    if (Array.isArray(s.guidingQuestions)) s.guidingQuestions.forEach((t, j) => add(t, `${at}.guidingQuestions[${j}]`));
    if (Array.isArray(s.people)) s.people.forEach((p, j) => isObj(p) && add(p.affiliation, `${at}.people[${j}].affiliation`));
    if (isObj(s.location)) for (const k of ['venue', 'address', 'city']) add(s.location[k], `${at}.location.${k}`);
  });
  return texts;
}

export function translationMeter(json: unknown): Meter {
  const texts = textPaths(json);
  const count = (lang: Language): LanguageCount => {
    const missing = texts.filter(([, t]) => !(typeof t[lang] === 'string' && (t[lang] as string).trim())).map(([p]) => p);
    return {present: texts.length - missing.length, missing};
  };
  return {texts: texts.length, languages: Object.fromEntries(LANGUAGES.map((l) => [l, count(l)])) as Record<Language, LanguageCount>};
}

/**
 * The next missing text after the field at `after` (a path, or undefined: from the start), going
 * round to the first; undefined when none is missing. `order` is every text path in form order.
 */
export function nextMissing(missing: readonly string[], order: readonly string[], after?: string): string | undefined {
  if (!missing.length) return undefined;
  const at = after === undefined ? -1 : order.findIndex((p) => after === p || after.startsWith(`${p}.`));
  return missing.find((p) => order.indexOf(p) > at) ?? missing[0];
}
