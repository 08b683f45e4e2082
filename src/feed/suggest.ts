/**
 * "Did you mean": what a content editor most likely meant by a value that parseFeed refused (a
 * time zone, a date-time, a value of a closed list, a country, an id, an address), for the hints
 * (the validator, the spreadsheet import and the feed editor show them; ./hints.ts). The session
 * documents say "12:00-13:30 (CEST)", so "CEST" is the zone an editor writes first; a spreadsheet
 * saves "19/05/2021 12:00" or "2021-05-19 12:00". The hint then names the value to write instead
 * of repeating the format. Every zone suggested is one this runtime knows, and every date-time
 * suggested is read by the parser's own pattern.
 *
 * Not in the widgets' bundles: only the hints import it (the widgets' console names
 * `npx uclg-widgets validate` instead). Zone, language and country names come from Intl; ours
 * are only the order in which zones are offered (PREFERRED) and the other words people use for
 * the closed lists' values (CHOICE_WORDS).
 */
import {closest, editDistance, fold, slug} from '../internal/text.js';
import {parseUtc} from '../time/iso.js';
import {zoneOffset} from '../time/instant.js';
import {isTimeZone} from '../time/wall-clock.js';

/**
 * Zones offered first when several fit (an abbreviation, an offset): the cities of UCLG's sections
 * and of the world's biggest time zones, so that "CEST" suggests Madrid, Paris and Brussels
 * rather than Ceuta, Longyearbyen and Amsterdam (the alphabetical first).
 */
const PREFERRED = [
  'Europe/Madrid', 'Europe/Paris', 'Europe/Brussels', 'Europe/Berlin', 'Europe/London', 'Europe/Lisbon', 'Europe/Istanbul',
  'America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'America/Mexico_City', 'America/Bogota',
  'America/Sao_Paulo', 'America/Argentina/Buenos_Aires', 'America/Buenos_Aires', 'Africa/Lagos', 'Africa/Cairo',
  'Africa/Johannesburg', 'Africa/Nairobi', 'Asia/Dubai', 'Asia/Kolkata', 'Asia/Calcutta', 'Asia/Jakarta', 'Asia/Shanghai',
  'Asia/Tokyo', 'Asia/Seoul', 'Australia/Sydney', 'Pacific/Auckland',
];
/** Zones offered last: research stations and the fixed offsets of Etc/. */
const REMOTE = /^(Antarctica|Arctic|Etc)\//;

/** What a hint says, and the one value meant when it names exactly one (the feed editor offers to write it). */
export interface Suggestion {
  readonly text: string;
  readonly value?: string;
}

/** "did you mean "x"?", with what follows it, and x as the value meant. */
export const meant = (value: string, after = ''): Suggestion => ({text: `did you mean "${value}"?${after}`, value});

/** This runtime's zones (none where Intl cannot list them: then only the format is explained). */
const zones = (): readonly string[] => Intl.supportedValuesOf?.('timeZone') ?? [];

/** Lower case, no accents, spaces and "-" as "_": "São Paulo" and "sao_paulo" are one key. */
const folded = (s: string): string => fold(s).trim().replace(/[ -]+/g, '_');

/** Up to `n` of `found`: the preferred first, then the others in the order Intl lists them, remote ones last. */
function pick(found: ReadonlySet<string>, n = 3): string[] {
  const others = [...found].filter((z) => !PREFERRED.includes(z));
  return [...PREFERRED.filter((z) => found.has(z)), ...others.filter((z) => !REMOTE.test(z)), ...others.filter((z) => REMOTE.test(z))].slice(0, n);
}

const quoted = (list: readonly string[]): string =>
  list.length < 2 ? `"${list[0]}"` : `${list.slice(0, -1).map((z) => `"${z}"`).join(', ')} or "${list.at(-1)}"`;

/** A winter and a summer instant of a year whose rules are settled. */
const SEASONS = [Date.UTC(2025, 0, 15, 12), Date.UTC(2025, 6, 15, 12)];

// Names Intl gives each zone in January and in July, folded:
// "cest", "central european summer time", "central european time", "gmt+2". Built on first use,
// about 0.4 s for 400 zones in Node, and only for a zone refused.
let names: Map<string, Set<string>> | undefined;
function zonesNamed(name: string): Set<string> {
  if (!names) {
    names = new Map();
    for (const zone of zones()) {
      // Australia's, India's and New Zealand's English know their own abbreviations (AEST, IST, NZST).
      for (const locale of ['en-GB', 'en-US', 'en-AU', 'en-IN', 'en-NZ']) {
        for (const timeZoneName of locale === 'en-GB' || locale === 'en-US' ? (['short', 'long', 'longGeneric'] as const) : (['short'] as const)) {
          let f: Intl.DateTimeFormat;
          try {
            f = new Intl.DateTimeFormat(locale, {timeZone: zone, timeZoneName});
          } catch {
            continue; // a runtime without longGeneric
          }
          for (const t of SEASONS) {
            const key = folded(f.formatToParts(t).find((p) => p.type === 'timeZoneName')?.value ?? '');
            if (!names.has(key)) names.set(key, new Set());
            names.get(key)!.add(zone);
          }
        }
      }
    }
  }
  return names.get(folded(name)) ?? new Set();
}

/** Zones whose clocks are `offset` ms ahead of UTC in January or in July. */
function zonesAt(offset: number): Set<string> {
  return new Set(zones().filter((z) => SEASONS.some((t) => zoneOffset(z, t) === offset)));
}

const OFFSET = /^(?:utc|gmt)?\s*([+\-\u2212])\s*(\d{1,2})(?::?(\d{2}))?$/i;

/**
 * What to write instead of the time zone `value`, or undefined when nothing fits. A place's zone,
 * never an offset: the clocks of most places change during the year, and a session's zone
 * decides its date and time on either side of that change.
 */
export function suggestZone(value: string): Suggestion | undefined {
  const v = value.trim();
  if (!v) return undefined;
  if (v !== value && isTimeZone(v)) return {text: `remove the spaces around it: "${v}"`, value: v};
  const all = zones();
  // "Madrid", "new york", "São Paulo": the zone whose city it names.
  // Not Etc/: "GMT+2" is not "Etc/GMT+2", which is two hours behind UTC.
  const city = all.filter((z) => !z.startsWith('Etc/') && folded(z.slice(z.lastIndexOf('/') + 1)) === folded(v));
  if (city.length) {
    const zones = pick(new Set(city), 2);
    return {text: `name the zone with its region: ${quoted(zones)}`, ...(zones.length === 1 && {value: zones[0]})};
  }
  // "GMT+2", "UTC-05:00": every zone on that offset in January or July; "CEST", "Central European
  // Summer Time", "Eastern Time": every zone that Intl names so.
  const offset = OFFSET.exec(v);
  const named = offset ? zonesAt((offset[1] === '+' ? 1 : -1) * (+offset[2] * 60 + +(offset[3] ?? 0)) * 60_000) : zonesNamed(v);
  if (named.size) {
    const what = offset ? 'an offset' : /^[A-Za-z]{2,5}$/.test(v) ? 'an abbreviation' : 'a name';
    const many = named.size > 1 ? `${named.size} zones use it` : 'one zone uses it';
    return {text: `"${v}" is ${what}, not a zone (${many}): name the zone of the session's city, such as ${quoted(pick(named))}`};
  }
  // "Europe/Madird", "America/NewYork", "europe/brussels/": a zone one or two edits away.
  const key = folded(v).replace(/\/+$/, '');
  let best: string | undefined;
  let bestDistance = key.length < 8 ? 1 : 2;
  for (const z of all) {
    const d = editDistance(key, folded(z), bestDistance);
    if (d <= bestDistance && (d < bestDistance || !best)) [best, bestDistance] = [z, d];
  }
  return best ? meant(best) : undefined;
}

/** What a date-time without an offset means, said after a suggestion without one. */
const wall = (dateTime: string): string => (/T[\d:.]+$/.test(dateTime) ? ' (wall-clock time in the session\'s timeZone)' : '');

/** "12h00", "12.00", "9:00" → "12:00", "09:00"; undefined when it is no time of day. */
function timeOfDay(t: string): string | undefined {
  const m = /^(\d{1,2})[:h.](\d{2})(?:[:.](\d{2}))?\s*$/i.exec(t.trim());
  return m ? `${m[1].padStart(2, '0')}:${m[2]}${m[3] ? `:${m[3]}` : ''}` : undefined;
}

/**
 * What to write instead of the date-time `value`, or undefined when nothing fits: the same
 * instant in the form the feed reads. A zone's name after the time ("12:00 CEST") is dropped, as
 * the session's `timeZone` says it; "+0200" becomes "+02:00". A date written day-first or
 * month-first ("05/06/2021") is read both ways when both are dates, and the hint offers both.
 */
export function suggestDateTime(value: string): Suggestion | undefined {
  const v = value.trim();
  const fix = (date: string, time: string, offset = ''): string | undefined => {
    const t = timeOfDay(time);
    if (!t) return undefined;
    const o = offset.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2').replace(/^\u2212/, '-');
    const out = `${date}T${t}${o}`;
    return parseUtc(out) === null ? undefined : out;
  };
  const rest = String.raw`[T\s_]+(\d{1,2}[:h.]\d{2}(?:[:.]\d{2})?)\s*(Z|[+\-\u2212]\d{2}:?\d{2})?(?:\s*\(?[A-Za-z][A-Za-z ]*\)?)?`;
  // "2021-05-19 12:00", "2021-05-19T12h00", "2021-05-19T12:00 CEST", "2021-05-19T12:00+0200".
  const iso = new RegExp(`^(\\d{4}-\\d{2}-\\d{2})${rest}$`, 'i').exec(v);
  if (iso) {
    const out = fix(iso[1], iso[2], iso[3]);
    return out && out !== v ? meant(out, wall(out)) : undefined;
  }
  // "19/05/2021 12:00", "19.05.2021 12:00", "5-19-2021 12:00": day and month, either way round.
  const dmy = new RegExp(`^(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})${rest}$`, 'i').exec(v);
  if (dmy) {
    const [, a, b, year, time, offset] = dmy;
    const date = (month: string, day: string) => `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
    const readings = [...new Set([fix(date(b, a), time, offset), fix(date(a, b), time, offset)])].filter((x): x is string => !!x);
    if (readings.length === 1) return meant(readings[0], ` The date is written year-month-day${wall(readings[0])}`);
    if (readings.length === 2) return {text: `did you mean "${readings[0]}" (day first) or "${readings[1]}" (month first)? The date is written year-month-day${wall(readings[0])}`};
    return undefined;
  }
  // "2021-05-19": a day without its time.
  if (/^\d{4}-\d{2}-\d{2}$/.test(v) && parseUtc(`${v}T00:00`) !== null) return {text: `add the time of day: "${v}T12:00" for noon, wall-clock time in the session's timeZone`};
  return undefined;
}

/**
 * Other words for the values of the feed's closed lists, as people write them: a session is
 * "virtual", a person "chairs" it. Lower case, without spaces, "_" or "-".
 */
const CHOICE_WORDS: Readonly<Record<string, string>> = {
  virtual: 'online', remote: 'online', webinar: 'online', streamed: 'online',
  facetoface: 'in-person', onsite: 'in-person', presential: 'in-person', presencial: 'in-person', presentiel: 'in-person', physical: 'in-person',
  blended: 'hybrid', mixed: 'hybrid', hibrido: 'hybrid', hybride: 'hybrid',
  chair: 'moderator', chairperson: 'moderator', facilitator: 'moderator', moderadora: 'moderator', moderatrice: 'moderator',
  panelist: 'speaker', panellist: 'speaker', presenter: 'speaker', panel: 'speaker', ponente: 'speaker', intervenant: 'speaker',
  keynotespeaker: 'keynote', rapporteuse: 'rapporteur', relator: 'rapporteur', relatora: 'rapporteur',
  canceled: 'cancelled', annule: 'cancelled', cancelado: 'cancelled', delayed: 'postponed', rescheduled: 'postponed', reporte: 'postponed', aplazado: 'postponed',
  confirmed: 'scheduled', planned: 'scheduled',
};

/** The value of `choices` meant by `value`: the same but for case, accents, spaces, "_" or "-", another word for it, or a letter or two off. */
export const suggestChoice = (value: string, choices: readonly string[]): string | undefined => closest(value, choices, CHOICE_WORDS);

// Every region code Intl can name, by its folded name in English, French and Spanish.
let regions: Map<string, string> | undefined;

/** "Spain", "España", "Espagne" → "ES": the code whose name it is. */
export function suggestCountry(value: string): string | undefined {
  if (!regions) {
    regions = new Map();
    const A = 65;
    for (const lang of ['en', 'fr', 'es']) {
      const names = new Intl.DisplayNames([lang], {type: 'region', fallback: 'none'});
      for (let i = 0; i < 26 * 26; i++) {
        const code = String.fromCharCode(A + Math.floor(i / 26), A + (i % 26));
        const name = names.of(code);
        if (name && !regions.has(fold(name))) regions.set(fold(name), code);
      }
    }
  }
  return regions.get(fold(value).trim());
}

/** "www.uclg.org/x" → "https://www.uclg.org/x": a web address written without its scheme. */
export function suggestUrl(value: string): string | undefined {
  const v = value.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(v) || !/^[\w-]+(\.[\w-]+)+(?::\d+)?(?:[/?#]|$)/.test(v)) return undefined;
  try {
    return new URL(`https://${v}`).href;
  } catch {
    return undefined;
  }
}

/** "Inclusive Digitalization" → "inclusive-digitalization", when it makes an id. */
export const suggestId = (value: string): string | undefined => {
  const id = slug(value);
  return id && id !== value ? id : undefined;
};
