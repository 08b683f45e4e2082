import {parseInstant} from '../time/instant.js';
import {isTimeZone, skippedWallTime, type SkippedWallTime} from '../time/wall-clock.js';
import {memo} from '../internal/memo.js';
import {intlCached} from '../i18n/locale.js';
import {safeUrl} from '../internal/safe-url.js';
import * as m from './messages.js';
import {
  LANGUAGES,
  PERSON_ROLES,
  type AttendanceMode,
  type Feed,
  type FeedEvent,
  type FeedProblem,
  type Language,
  type LocalizedText,
  type ParseResult,
  type Person,
  type PersonRole,
  type Registration,
  type ScheduleStatus,
  type Session,
  type SessionLanguages,
  type SessionLinks,
  type SessionLocation,
} from '../core/types.js';

type Obj = Record<string, unknown>;
/** One of ./messages.ts, given the offending values as `show` writes them. */
type Message = (v: string, w: string) => string;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown): string => {
  if (v === undefined) return 'missing';
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
};
const SLUG = /^[a-z0-9][a-z0-9-_]{0,99}$/i;
const STATUSES: readonly ScheduleStatus[] = ['scheduled', 'cancelled', 'postponed'];
const LINKS = ['details', 'register', 'stream', 'recording'] as const;
const MODES: readonly AttendanceMode[] = ['online', 'in-person', 'hybrid'];
const NONE: readonly never[] = Object.freeze([]);

/**
 * Whether this runtime's Intl can name a language tag or a region code (in English: only whether
 * a name exists matters). One it cannot name is still kept: the widgets then show the code itself.
 */
const named = (type: 'language' | 'region', code: string): boolean =>
  // Asked once per code and page: a programme of 1,000 sessions names the same few languages thousands of times.
  knownCodes(`${type} ${code}`, () => {
    try {
      return intlCached(Intl.DisplayNames, 'en', {type, fallback: 'none'}).of(code) !== undefined;
    } catch {
      return false;
    }
  });
const knownCodes = memo<boolean>();

/** A language tag in canonical form ("EN" → "en"), undefined when it is not well-formed BCP 47; once per tag and page. */
const canonicalTag = (raw: string): string | undefined =>
  canonicalTags(raw, () => {
    try {
      return Intl.getCanonicalLocales(raw)[0];
    } catch {
      return undefined;
    }
  });
const canonicalTags = memo<string | undefined>();

/**
 * A start, end or closing time read in its zone: the instant, or the wall-clock time the zone
 * skips (reported as such), or null. Read once per value and zone: a programme's sessions share
 * their times (parallel tracks), and each reading asks Intl for the zone's offset four times.
 */
const readTime = (raw: string, zone: string): {gap: SkippedWallTime | null; at: number | null} =>
  times(`${zone} ${raw}`, () => {
    const gap = skippedWallTime(raw, zone);
    return {gap, at: gap ? null : parseInstant(raw, zone)};
  });
const times = memo<{gap: SkippedWallTime | null; at: number | null}>(2048);

const links = memo<string | undefined>(2048);

/** Collects problems while reading one part of the feed; `ok` tells whether that part survived. */
class Reader {
  ok = true;
  constructor(readonly problems: FeedProblem[]) {}

  /**
   * The part is dropped: `message` of the offending value(s), each shown as `show` does. The
   * values are passed rather than shown at each call: 43 calls, each a little shorter.
   */
  fail(path: string, message: Message, v?: unknown, w?: unknown): undefined {
    this.ok = false;
    return this.warn(path, message, v, w);
  }

  /** Like fail, but the part survives: the field is optional and is dropped. */
  warn(path: string, message: Message, v?: unknown, w?: unknown): undefined {
    this.problems.push({path, message: message(show(v), show(w))});
    return undefined;
  }

  text(o: Obj, key: string, path: string, optional = false): LocalizedText | undefined {
    const v = o[key];
    const at = `${path}.${key}`;
    if (v === undefined && optional) return undefined;
    if (typeof v === 'string' && v.trim()) {
      return this.fail(at, m.plainString, v);
    }
    return this.localized(v, at, optional);
  }

  localized(v: unknown, at: string, optional = false): LocalizedText | undefined {
    const report = optional ? this.warn.bind(this) : this.fail.bind(this);
    if (!isObj(v)) return report(at, m.notText, v);
    const out: Partial<Record<Language, string>> = {};
    for (const lang of LANGUAGES) {
      const s = v[lang];
      if (s === undefined) continue;
      if (typeof s !== 'string') this.warn(`${at}.${lang}`, m.notString, s);
      else if (s.trim()) out[lang] = s.trim();
    }
    if (!Object.keys(out).length) return report(at, m.noLanguage);
    return Object.freeze(out);
  }

  texts(o: Obj, key: string, path: string, optional = false): LocalizedText[] {
    const v = o[key];
    const at = `${path}.${key}`;
    if (v === undefined && optional) return [];
    if (!Array.isArray(v)) return this.fail(at, m.notList, v) ?? [];
    const out: LocalizedText[] = [];
    v.forEach((item, i) => {
      const t = this.localized(item, `${at}[${i}]`, true);
      if (t) out.push(t);
    });
    return out;
  }

  id(o: Obj, key: string, path: string): string | undefined {
    const v = o[key];
    if (typeof v === 'string' && SLUG.test(v)) return v;
    return this.fail(`${path}.${key}`, m.notId, v);
  }

  /** An optional text inside an optional part (a person, a place): when wrong, only it is dropped. */
  softText(o: Obj, key: string, path: string): LocalizedText | undefined {
    return new Reader(this.problems).text(o, key, path, true);
  }

  /** A link through the protocol allowlist; `scheme` narrows it further (photos: https only). */
  url(v: unknown, at: string, scheme = /^/, message: Message = m.notUrl): string | undefined {
    if (v === undefined) return undefined;
    // Once per link and page (people's photos and pages repeat across a programme).
    const url = typeof v === 'string' ? links(v, () => safeUrl(v)) : undefined;
    return url && scheme.test(url) ? url : this.warn(at, message, v);
  }
}

// The parts issue 17 added are optional and read leniently: whatever is wrong in them is reported
// and dropped (a field, a person, a tag, the whole part at worst), and the session is kept. Each
// part is read to its end before it is dropped, so that one run reports every problem in it.

function readPeople(v: unknown, at: string, r: Reader): readonly Person[] {
  if (v === undefined) return NONE;
  if (!Array.isArray(v)) return r.warn(at, m.notPeople, v) ?? NONE;
  const people: Person[] = [];
  v.forEach((raw, i) => {
    const p = readPerson(raw, `${at}[${i}]`, r);
    if (p) people.push(p);
  });
  return Object.freeze(people);
}

function readPerson(v: unknown, at: string, r: Reader): Person | undefined {
  if (!isObj(v)) return r.warn(at, m.notPerson, v);
  const name = typeof v.name === 'string' ? v.name.trim() : '';
  if (!name) r.warn(`${at}.name`, m.notName, v.name);
  let role: PersonRole = 'speaker';
  if (PERSON_ROLES.includes(v.role as PersonRole)) role = v.role as PersonRole;
  else if (v.role !== undefined) r.warn(`${at}.role`, m.notRole, v.role);
  const affiliation = r.softText(v, 'affiliation', at);
  const photo = r.url(v.photo, `${at}.photo`, /^https:/i, m.notPhoto);
  const url = r.url(v.url, `${at}.url`);
  if (!name) return undefined;
  return Object.freeze({name, role, ...(affiliation && {affiliation}), ...(photo && {photo}), ...(url && {url})});
}

function readLanguages(v: unknown, at: string, r: Reader): SessionLanguages | undefined {
  if (v === undefined) return undefined;
  if (!isObj(v)) return r.warn(at, m.notLanguages, v);
  const tags = (key: keyof SessionLanguages): readonly string[] => {
    const list = v[key];
    if (list === undefined) return NONE;
    if (!Array.isArray(list)) return r.warn(`${at}.${key}`, m.notTags, list) ?? NONE;
    // Canonical, so that "EN" and "en" are one language (listed once, where it first appears).
    const out = new Set<string>();
    list.forEach((raw, i) => {
      const tag = typeof raw === 'string' ? canonicalTag(raw) : undefined;
      if (!tag) return r.warn(`${at}.${key}[${i}]`, m.notTag, raw);
      if (!named('language', tag)) r.warn(`${at}.${key}[${i}]`, m.unknownTag, raw);
      out.add(tag);
    });
    return Object.freeze([...out]);
  };
  const spoken = tags('spoken');
  const interpretation = tags('interpretation');
  return spoken.length || interpretation.length ? Object.freeze({spoken, interpretation}) : undefined;
}

function readLocation(v: unknown, at: string, r: Reader): SessionLocation | undefined {
  if (v === undefined) return undefined;
  if (!isObj(v)) return r.warn(at, m.notLocation, v);
  const mode = MODES.find((x) => x === v.mode);
  if (!mode) r.warn(`${at}.mode`, m.notMode, v.mode);
  const venue = r.softText(v, 'venue', at);
  const address = r.softText(v, 'address', at);
  const city = r.softText(v, 'city', at);
  let country: string | undefined;
  if (typeof v.country === 'string' && /^[A-Za-z]{2}$/.test(v.country)) {
    country = v.country.toUpperCase();
    if (!named('region', country)) r.warn(`${at}.country`, m.unknownCountry, v.country);
  } else if (v.country !== undefined) r.warn(`${at}.country`, m.notCountry, v.country);
  const map = r.url(v.map, `${at}.map`, /^https?:/i, m.notWebUrl);
  if (!mode) return undefined;
  return Object.freeze({
    mode,
    ...(venue && {venue}), ...(address && {address}), ...(city && {city}), ...(country && {country}), ...(map && {map}),
  });
}

/** `closes` is read like start and end, in the session's zone; `start` is the session's, read and raw. */
function readRegistration(v: unknown, at: string, timeZone: string, start: [number | undefined, unknown], r: Reader): Registration | undefined {
  if (v === undefined) return undefined;
  if (!isObj(v)) return r.warn(at, m.notRegistration, v);
  let closes: number | undefined;
  if (typeof v.closes === 'string') {
    const {gap, at: t} = readTime(v.closes, timeZone);
    closes = gap
      ? r.warn(`${at}.closes`, () => m.skippedTime(timeZone, gap))
      : (t ?? r.warn(`${at}.closes`, m.notWallTime, v.closes));
    if (closes !== undefined && start[0] !== undefined && closes > start[0]) {
      r.warn(`${at}.closes`, m.closesAfterStart, v.closes, start[1]);
    }
  } else if (v.closes !== undefined) r.warn(`${at}.closes`, m.notDateTime, v.closes);
  let full = false;
  if (typeof v.full === 'boolean') full = v.full;
  else if (v.full !== undefined) r.warn(`${at}.full`, m.notBoolean, v.full);
  return Object.freeze({full, ...(closes !== undefined && {closes})});
}

function readEvent(v: unknown, r: Reader): FeedEvent | undefined {
  if (!isObj(v)) return r.fail('event', m.notEvent, v);
  const id = r.id(v, 'id', 'event');
  const name = r.text(v, 'name', 'event');
  const theme = r.text(v, 'theme', 'event', true);
  const url = r.url(v.url, 'event.url');
  const calendar = r.url(v.calendar, 'event.calendar', /^https?:/i, m.notWebUrl);
  let defaultLanguage: Language = 'en';
  if (LANGUAGES.includes(v.defaultLanguage as Language)) defaultLanguage = v.defaultLanguage as Language;
  else r.fail('event.defaultLanguage', m.notLanguage, v.defaultLanguage);
  if (!r.ok || !id || !name) return undefined;
  return Object.freeze({id, name, defaultLanguage, ...(theme && {theme}), ...(url && {url}), ...(calendar && {calendar})});
}

function readSession(v: unknown, path: string, r: Reader): Session | undefined {
  if (!isObj(v)) return r.fail(path, m.notSession, v);
  const id = r.id(v, 'id', path);
  const kind = r.text(v, 'kind', path);
  const title = r.text(v, 'title', path);
  const subtitle = r.text(v, 'subtitle', path, true);
  const summary = r.text(v, 'summary', path, true);
  const theme = r.text(v, 'theme', path, true);
  const body = Object.freeze(r.texts(v, 'body', path));
  const guidingQuestions = Object.freeze(r.texts(v, 'guidingQuestions', path, true));

  // UTC stands in for an unknown zone (already a problem, so the session is dropped): start and end
  // are still read, and a bad one is reported too.
  let timeZone = 'UTC';
  if (typeof v.timeZone === 'string' && isTimeZone(v.timeZone)) timeZone = v.timeZone;
  else r.fail(`${path}.timeZone`, m.notZone, v.timeZone);

  const instant = (key: 'start' | 'end'): number | undefined => {
    const raw = v[key];
    if (typeof raw !== 'string') return r.fail(`${path}.${key}`, m.notDateTime, raw);
    // A time the zone skips is dropped with that said, rather than moved by the gap (and then
    // reported as an end not after its start, or kept an hour late).
    const {gap, at} = readTime(raw, timeZone);
    if (gap) return r.fail(`${path}.${key}`, () => m.skippedTime(timeZone, gap));
    return at ?? r.fail(`${path}.${key}`, m.notWallTime, raw);
  };
  const start = instant('start');
  const end = instant('end');
  if (start !== undefined && end !== undefined && end <= start) {
    r.fail(`${path}.end`, m.notAfterStart, v.end, v.start);
  }

  let status: ScheduleStatus = 'scheduled';
  if (v.status !== undefined) {
    if (STATUSES.includes(v.status as ScheduleStatus)) status = v.status as ScheduleStatus;
    else r.fail(`${path}.status`, m.notStatus, v.status);
  }

  const links: {-readonly [K in keyof SessionLinks]: string} = {};
  if (v.links !== undefined && !isObj(v.links)) r.warn(`${path}.links`, m.notLinks, v.links);
  else if (isObj(v.links)) {
    for (const key of LINKS) {
      const url = r.url(v.links[key], `${path}.links.${key}`);
      if (url) links[key] = url;
    }
  }

  const people = readPeople(v.people, `${path}.people`, r);
  const languages = readLanguages(v.languages, `${path}.languages`, r);
  const location = readLocation(v.location, `${path}.location`, r);
  const registration = readRegistration(v.registration, `${path}.registration`, timeZone, [start, v.start], r);

  if (!r.ok || !id || !kind || !title || start === undefined || end === undefined) return undefined;
  return Object.freeze({
    id, kind, title, body, start, end, timeZone, guidingQuestions, status,
    links: Object.freeze(links),
    people,
    ...(subtitle && {subtitle}),
    ...(summary && {summary}),
    ...(theme && {theme}),
    ...(languages && {languages}),
    ...(location && {location}),
    ...(registration && {registration}),
  });
}

/** Feeds this module made: handing one back to parseFeed returns it as it is. */
const ours = new WeakSet<Feed>();

/**
 * Reads an untrusted JSON value into a typed, frozen Feed. Never throws.
 * Every problem comes back with its JSON path; one bad session does not lose the others,
 * and unknown fields are ignored so that a v1 widget survives a richer feed.
 */
export function parseFeed(json: unknown): ParseResult {
  if (ours.has(json as Feed)) return {feed: json as Feed, problems: []};
  const problems: FeedProblem[] = [];
  const r = new Reader(problems);
  if (!isObj(json)) {
    r.fail('$', m.notFeed, json);
    return {feed: null, problems};
  }
  if (json.version !== 1) {
    r.fail('version', m.notVersion, json.version);
    return {feed: null, problems};
  }
  const event = readEvent(json.event, r);
  if (!event) return {feed: null, problems};

  const sessions: Session[] = [];
  if (!Array.isArray(json.sessions)) {
    r.warn('sessions', m.notSessions, json.sessions);
  } else {
    const seen = new Set<string>();
    json.sessions.forEach((raw, i) => {
      const path = `sessions[${i}]`;
      const s = readSession(raw, path, new Reader(problems));
      if (!s) return;
      if (seen.has(s.id)) {
        r.warn(`${path}.id`, m.duplicateId, s.id);
        return;
      }
      seen.add(s.id);
      sessions.push(s);
    });
  }
  const feed: Feed = Object.freeze({version: 1, event, sessions: Object.freeze(sessions)});
  ours.add(feed);
  return {feed, problems};
}

/** Formats problems one per line, as shown in the console and by the validator. */
export function formatProblems(problems: readonly FeedProblem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}
