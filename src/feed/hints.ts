/**
 * What to do about each problem parseFeed reports: the validator prints it after the message
 * (`path: message — hint`) and the feed editor shows it under the field. Pure and browser-safe, so
 * that both say the same; the CLI imports it from dist/feed/hints.js.
 */
import {languageMeant} from './shape.js';
import {meant, suggestChoice, suggestCountry, suggestDateTime, suggestId, suggestUrl, suggestZone, type Suggestion} from './suggest.js';

const TEXT_HINT = 'write {"en": "…", "fr": "…", "es": "…"} with at least one non-empty language';
const URL_HINT = 'use an absolute https:// URL (http:// and mailto: work too)';
const LIST_HINT = 'write a list of texts: [{"en": "…", "fr": "…", "es": "…"}, …]';
const TAG_HINT = 'use a BCP 47 tag: a language ("en", "ar"), then optionally a script or region ("zh-Hant", "es-419", "pt-BR"), joined by "-", not "_"';
const TAGS_HINT = 'write a list of language tags: ["en", "es"]';
const TIME_HINT = 'write ISO 8601 with an offset ("2021-05-19T12:00:00+02:00") or without one ("2021-05-19T12:00", wall-clock time in the session\'s timeZone)';

/** By key; a key can be qualified by its parent ("people[].name") where the key alone means another thing. */
const HINTS: Readonly<Record<string, string>> = {
  $: 'the file must hold one JSON object: {"version": 1, "event": {…}, "sessions": […]}',
  version: 'set "version": 1',
  event: 'write "event": {"id": "…", "name": {"en": "…"}, "defaultLanguage": "en"}',
  id: 'use a slug of letters, digits, "-" and "_" (at most 100), such as "inclusive-digitalization"',
  defaultLanguage: 'use "en", "fr" or "es"',
  sessions: 'write "sessions": [{…}, …] (a list, possibly empty)',
  'sessions[]': 'each session is an object with "id", "kind", "title", "body", "start", "end" and "timeZone"',
  start: TIME_HINT,
  end: TIME_HINT,
  closes: TIME_HINT,
  timeZone: 'use an IANA zone name such as "Europe/Madrid" or "America/New_York"',
  status: 'use "scheduled", "cancelled" or "postponed", or leave it out',
  links: 'write "links": {"details": "https://…"} (details, register, stream, recording)',
  body: LIST_HINT,
  guidingQuestions: LIST_HINT,
  people: 'write "people": [{"name": "…", "role": "speaker"}, …] (a list, possibly empty)',
  'people[]': 'each person is an object with at least a name: {"name": "Ana Ruiz", "role": "moderator"}',
  'people[].name': 'write the name as the person writes it, a non-empty string (never translated)',
  role: 'use "moderator", "host", "keynote", "speaker" or "rapporteur", or leave it out (speaker)',
  photo: 'use an absolute https:// URL of the portrait (nothing else is accepted), or leave it out: the card then shows initials',
  languages: 'write "languages": {"spoken": ["en"], "interpretation": ["fr", "es"]}',
  spoken: TAGS_HINT,
  interpretation: TAGS_HINT,
  'spoken[]': TAG_HINT,
  'interpretation[]': TAG_HINT,
  location: 'write "location": {"mode": "in-person", "venue": {"en": "…"}, "city": {"en": "…"}, "country": "ES"}',
  mode: 'use "online", "in-person" or "hybrid"',
  country: 'use the two-letter ISO 3166-1 code, such as "ES", "FR" or "MX"',
  map: 'use an absolute https:// URL of a map of the venue (http:// works too)',
  registration: 'write "registration": {"closes": "2021-05-18T18:00", "full": false} (the sign-up link stays in links.register)',
  full: 'use true (no places left) or false, or leave it out',
  calendar: 'use the absolute https:// URL of the programme\'s published .ics file (npx uclg-widgets ics writes one)',
  ...Object.fromEntries(['en', 'fr', 'es'].map((k) => [k, 'write the translation as a non-empty string, or leave the language out'])),
  ...Object.fromEntries(
    ['name', 'kind', 'title', 'subtitle', 'summary', 'theme', 'body[]', 'guidingQuestions[]', 'affiliation', 'venue', 'address', 'city'].map((k) => [k, TEXT_HINT]),
  ),
  ...Object.fromEntries(['url', 'details', 'register', 'stream', 'recording'].map((k) => [k, URL_HINT])),
};

const didYouMean = (v: string | undefined): Suggestion | undefined => (v ? meant(v) : undefined);
const ROLES = ['moderator', 'host', 'keynote', 'speaker', 'rapporteur'];

/** [what the path and message say, what was meant], first match wins (src/feed/suggest.ts). */
const SUGGESTIONS: readonly [RegExp, (value: string) => Suggestion | undefined][] = [
  [/(^|\.)timeZone .* is not an IANA time zone/, suggestZone],
  [/(^|\.)(start|end|closes) .* is not a date-time/, suggestDateTime],
  [/\.status .* is not one of/, (v) => didYouMean(suggestChoice(v, ['scheduled', 'cancelled', 'postponed']))],
  [/\.role .* is not one of/, (v) => didYouMean(suggestChoice(v, ROLES))],
  [/\.mode .* is not one of/, (v) => didYouMean(suggestChoice(v, ['online', 'in-person', 'hybrid']))],
  [/^event\.defaultLanguage .* is not one of/, (v) => didYouMean(languageMeant(v) ?? suggestChoice(v, ['en', 'fr', 'es']))],
  [/\.country .* is not an ISO 3166-1/, (v) => didYouMean(suggestCountry(v))],
  [/(^|\.)id .* is not an id/, (v) => didYouMean(suggestId(v))],
  [/ .* is not an absolute (http|https)/, (v) => didYouMean(suggestUrl(v))],
];

/** What a refused value most likely was meant to be, when that can be told from the value (src/feed/suggest.ts). */
function suggestion(path: string, message: string): Suggestion | undefined {
  const value = quotedValue(message);
  return value === undefined ? undefined : SUGGESTIONS.find(([test]) => test.test(`${path} ${message}`))?.[1](value);
}

/** The one value to write instead of the refused one, when the hint names exactly one: the feed editor's "Use" button. */
export const valueMeant = (path: string, message: string): string | undefined => suggestion(path, message)?.value;

/** The hint for one problem, from its message where that says more than its path. */
export function hint(path: string, message: string): string {
  if (message.includes('used by an earlier session')) return 'give every session its own id';
  if (message.includes('is not after start')) return 'make end later than start';
  if (message.includes(' does not exist in ')) return 'write a wall-clock time the zone\'s clocks show that day (before the jump, or from its end on), or the intended instant with its offset';
  if (message.includes("is after the session's start")) return 'make closes earlier than the session\'s start, or leave it out (sign-up then stays open until the start)';
  if (message.includes('this runtime can name')) {
    return path.endsWith('.country')
      ? 'check the code in ISO 3166-1 (the United Kingdom is "GB"); if it is right, keep it: the widgets show it as written'
      : 'check the tag in the IANA language subtag registry; if it is right, keep it: the widgets show it as written';
  }
  // A value refused: the value meant, when it can be told ("CEST", "2021-05-19 12:00", "canceled").
  const meant = suggestion(path, message);
  if (meant) return meant.text;
  // `sessions[0].people[1].name` → ["sessions[]", "people[]", "name"]
  const keys = [...path.matchAll(/([^.[\]]+)((?:\[\d+\])?)/g)].map(([, k, i]) => k + (i ? '[]' : ''));
  const [parent, key] = keys.length > 1 ? keys.slice(-2) : [undefined, keys[0] ?? path];
  return HINTS[`${parent}.${key}`] ?? HINTS[key!] ?? 'see schema/feed.schema.json';
}

/** The string a problem's message starts with, as parse.ts shows it (JSON, whole when short). */
function quotedValue(message: string): string | undefined {
  const m = /^("(?:[^"\\]|\\.)*")/.exec(message);
  try {
    return m ? (JSON.parse(m[1]) as string) : undefined;
  } catch {
    return undefined;
  }
}
