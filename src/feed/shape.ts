/**
 * The feed's parts and their keys, as schema/feed.schema.json lists them (test/feed-shape.test.mjs
 * checks that the two agree): the order the feed editor writes keys in (src/editor/serialize.ts),
 * and the keys the widgets read, so that the validator and the editor can name those they do not.
 *
 * A key the widgets do not read is no error (a partner may keep data of its own in the feed, and
 * the editor keeps it), but a typo is data lost without a word: `"guidingQuestion": […]` is a
 * session without questions, `{"en": "Water", "sp": "Agua"}` a title without its Spanish. So each
 * such key is listed, with the key meant when one is near.
 */
import {closest, fold} from '../internal/text.js';

export const TEXT_KEYS = ['en', 'fr', 'es'] as const;

/** Each part's keys, in the schema's order. */
export const ORDER: Readonly<Record<string, readonly string[]>> = {
  feed: ['$schema', 'version', 'event', 'sessions'],
  event: ['id', 'name', 'theme', 'url', 'calendar', 'defaultLanguage'],
  session: ['id', 'kind', 'title', 'subtitle', 'summary', 'body', 'theme', 'start', 'end', 'timeZone', 'guidingQuestions', 'links', 'status', 'people', 'languages', 'location', 'registration'],
  links: ['details', 'register', 'stream', 'recording'],
  person: ['name', 'role', 'affiliation', 'photo', 'url'],
  languages: ['spoken', 'interpretation'],
  location: ['mode', 'venue', 'address', 'city', 'country', 'map'],
  registration: ['closes', 'full'],
  text: TEXT_KEYS,
};

/** What each key of a part holds: a part with keys of its own, a text, or a list of either. */
export const CHILDREN: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  feed: {event: 'event', sessions: 'session[]'},
  event: {name: 'text', theme: 'text'},
  session: {
    kind: 'text', title: 'text', subtitle: 'text', summary: 'text', theme: 'text', body: 'text[]', guidingQuestions: 'text[]',
    links: 'links', people: 'person[]', languages: 'languages', location: 'location', registration: 'registration',
  },
  person: {affiliation: 'text'},
  location: {venue: 'text', address: 'text', city: 'text'},
};

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A key the widgets do not read: where it is, and the key meant, when one is near. */
export interface UnreadKey {
  /** `sessions[0].guidingQuestion`, `sessions[1].title.sp`. */
  readonly path: string;
  /** The object it is in, as keys from the feed (`['sessions', 0]`), and the key itself. */
  readonly parent: readonly (string | number)[];
  readonly key: string;
  /** `guidingQuestions`, `es`; undefined when no key is near. */
  readonly meant?: string;
  /** The key is in a text (a language the widgets do not show) rather than in a part. */
  readonly language: boolean;
}

/**
 * Other words for a part's keys that a person writing a feed reaches for (the feed's own word is
 * not always the first that comes to mind): "speakers" are the session's people.
 */
const SYNONYMS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  event: {title: 'name', language: 'defaultLanguage', lang: 'defaultLanguage', link: 'url', website: 'url'},
  session: {
    speakers: 'people', panelists: 'people', panellists: 'people', moderators: 'people', questions: 'guidingQuestions', description: 'summary',
    abstract: 'summary', type: 'kind', format: 'kind', date: 'start', begin: 'start', from: 'start', to: 'end', until: 'end', zone: 'timeZone', tz: 'timeZone',
    venue: 'location', place: 'location', city: 'location', url: 'links', link: 'links', language: 'languages', lang: 'languages',
  },
  person: {title: 'role', position: 'affiliation', organisation: 'affiliation', organization: 'affiliation', image: 'photo', picture: 'photo', website: 'url'},
  location: {type: 'mode', room: 'venue', street: 'address', town: 'city'},
};

/** The part's key meant by `key`: the same but for case, "_" or "-", one or two letters off, or another word for it. */
export const keyMeant = (key: string, known: readonly string[], kind: string): string | undefined => closest(key, known, SYNONYMS[kind]);

// Every spelling of the three languages a person may use as a key: the tag with a region ("en-GB",
// "es_MX"), ISO 639-2 ("spa", "fre"), or the language's name in any of the three, whole or cut
// ("Spanish", "español", "sp", "esp", "anglais"). Names from Intl.DisplayNames, not a table of ours.
let names: [string, string][] | undefined;
export function languageMeant(key: string): string | undefined {
  const k = fold(key).trim();
  try {
    const [tag] = Intl.getCanonicalLocales(k.replace(/_/g, '-'));
    const base = tag.split('-')[0];
    if ((TEXT_KEYS as readonly string[]).includes(base)) return base;
  } catch {
    // not a tag: perhaps a name
  }
  // A language of its own ("ca", "pt") is not a misspelt one; "sp" and "esp" are no language.
  if (k.length < 2 || (/^[a-z]{2,3}$/.test(k) && new Intl.DisplayNames(['en'], {type: 'language', fallback: 'none'}).of(k))) return undefined;
  names ??= TEXT_KEYS.flatMap((lang) =>
    TEXT_KEYS.map((inLang): [string, string] => {
      const name = new Intl.DisplayNames([inLang], {type: 'language'}).of(lang) ?? lang;
      return [fold(name), lang];
    }),
  );
  return names.find(([name]) => name.startsWith(k))?.[1];
}

/**
 * Every key of `json` that the widgets do not read, in document order, with the key meant where
 * one is near. Only inside parts of the shape the schema gives; `$schema` is read (by editors).
 */
export function unreadKeys(json: unknown): UnreadKey[] {
  const out: UnreadKey[] = [];
  const walk = (v: unknown, kind: string, path: string, keys: readonly (string | number)[]): void => {
    if (kind.endsWith('[]')) {
      if (Array.isArray(v)) v.forEach((item, i) => walk(item, kind.slice(0, -2), `${path}[${i}]`, [...keys, i]));
      return;
    }
    const known = ORDER[kind];
    if (!known || !isObject(v)) return;
    for (const [key, value] of Object.entries(v)) {
      const at = path ? `${path}.${key}` : key;
      if (known.includes(key)) walk(value, CHILDREN[kind]?.[key] ?? '', at, [...keys, key]);
      else if (kind === 'text') out.push({path: at, parent: keys, key, meant: languageMeant(key), language: true});
      else out.push({path: at, parent: keys, key, meant: keyMeant(key, known, kind), language: false});
    }
  };
  walk(json, 'feed', '', []);
  return out;
}

/** What the validator and the editor say of a key the widgets do not read (after its path). */
export function unreadNote(u: UnreadKey): string {
  const meant = u.meant ? `did you mean "${u.meant}"?` : '';
  if (u.language) return `not a language the widgets show (${TEXT_KEYS.join(', ')})${meant ? `; ${meant}` : ''}`;
  return meant || 'not a key the widgets read';
}
