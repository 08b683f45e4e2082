/**
 * Conference schedules in the frab format (issue 19): `schedule.json` / `schedule.xml` as pretalx,
 * frab, wafer and OSEM export them and Giggity and EventFahrplan read them
 * (https://c3voc.de/wiki/schedule). Import gives a feed JSON document and every value it could not
 * map, with its path in the schedule; export gives a `schedule.json` in one language. Pure and
 * browser-safe, like ./csv.ts. The mapping table is in the README ("Conference schedules (frab)").
 */
import {LANGUAGES, type Feed, type Language, type Session} from '../core/types.js';
import {pickText} from '../i18n/language.js';
import {parseInstant, zoneOffset} from '../time/instant.js';
import {isTimeZone} from '../time/wall-clock.js';
import {slug} from '../internal/text.js';
import {decodeEntities, parseXml, type XmlElement} from './xml.js';

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
const show = (v: unknown): string => {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
};
const empty = (v: unknown) => v === undefined || v === null || v === '' || v === false || (Array.isArray(v) && !v.length) || (isObj(v) && !Object.keys(v).length);
const SLUG = /^[a-z0-9][a-z0-9-_]{0,99}$/i;

/** One value of the schedule that the feed does not get, at its path in the schedule. */
export interface FrabProblem {
  readonly path: string;
  readonly message: string;
}
export interface FrabImport {
  /** Null when the input is not a frab schedule at all. */
  readonly feed: Json | null;
  readonly problems: readonly FrabProblem[];
}
export interface FrabImportOptions {
  /** The language of texts whose event names none of en, fr, es (or another one); also the feed's defaultLanguage. Default en. */
  readonly lang?: Language;
  /** The sessions' IANA zone when the schedule names none (pretalx's older exports); default UTC, reported. */
  readonly timeZone?: string;
}

/** Why a field of an event or the conference is not in the feed, where a reason is better than "no such field". */
const WHY: Record<string, string> = {
  room: 'the feed has no rooms (a session\'s place is location.venue, with its mode)',
  rooms: 'the feed has no rooms (a session\'s place is location.venue, with its mode)',
  links: 'a session keeps one link of each kind (details, register, stream, recording); the event\'s url is its details link',
  attachments: 'the feed has no attachments',
  biography: 'the feed has no biographies',
  logo: 'the feed has no images but people\'s photos',
  tracks: 'each session\'s track is its theme',
  recording_license: 'the feed says nothing of recording rights',
  do_not_record: 'the feed says nothing of recording rights',
  do_not_stream: 'the feed says nothing of streaming rights',
  answers: 'the feed has no submission answers',
  resources: 'the feed has no attachments',
};
const why = (key: string) => WHY[key] ?? 'the feed has no such field';

/** `rooms["Saal 1"][0]`: names are quoted so that any room name reads as one. */
const at = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : /^[A-Za-z_]\w*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`);

/** An instant in `zone` with that zone's offset then: `2021-05-19T12:00:00+02:00`. */
export function isoInZone(t: number, zone: string): string {
  const offset = zoneOffset(zone, t);
  const minutes = Math.round(offset / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const hh = String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0');
  const mm = String(Math.abs(minutes) % 60).padStart(2, '0');
  return `${new Date(t + offset).toISOString().slice(0, 19)}${sign}${hh}:${mm}`;
}

/** `"01:30"`, `"1:30"`, `"01:30:00"` → ms; null if it is none of them. */
function duration(v: unknown): number | null {
  const m = /^(\d+):([0-5]\d)(?::([0-5]\d))?$/.exec(str(v));
  return m ? ((+m[1] * 60 + +m[2]) * 60 + +(m[3] ?? 0)) * 1000 : null;
}

/**
 * Plain text: feeds are shown as text, never HTML, so the HTML some schedules carry (frab's and
 * FOSDEM's `<p>`) is unwrapped: paragraphs and line breaks kept, other tags dropped. Markdown (pretalx) stays as written.
 */
const plain = (s: string) =>
  /<\/?[a-z][^>]*>/i.test(s)
    ? decodeEntities(s.replace(/<br\s*\/?>/gi, '\n').replace(/<\/(?:p|div|li|h[1-6])\s*>/gi, '\n\n').replace(/<[^>]*>/g, ''))
    : s;

/** Paragraphs: frab descriptions separate them with blank lines (often CRLF). */
const paragraphs = (s: string) => plain(s).replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);

const safeLink = (v: unknown, base: string | undefined): string | undefined => {
  const s = str(v);
  if (!s) return undefined;
  try {
    const u = new URL(s, base);
    return /^https?:$/.test(u.protocol) ? u.href : undefined;
  } catch {
    return undefined;
  }
};

const EVENT_USED = new Set(['id', 'guid', 'code', 'slug', 'date', 'start', 'end', 'duration', 'title', 'subtitle', 'track', 'type', 'language', 'abstract', 'description', 'persons', 'url', 'room']);
const CONFERENCE_USED = new Set(['acronym', 'title', 'start', 'end', 'daysCount', 'days', 'timeslot_duration', 'time_zone_name', 'url', 'day_change']);
const PERSON_USED = new Set(['id', 'guid', 'code', 'name', 'public_name', 'full_public_name', 'avatar', 'url']);

/**
 * A frab schedule (the parsed JSON of `schedule.json`) as a feed JSON document. Every session is
 * written in one language (the event's, when it is en, fr or es); what the feed cannot hold is
 * reported at its path and left out. The feed passes `validate` when every event has a title, a
 * date and a duration or end (one that does not is left out, with why).
 */
export function frabToFeed(schedule: unknown, options: FrabImportOptions = {}): FrabImport {
  const fallback: Language = options.lang ?? 'en';
  const problems: FrabProblem[] = [];
  const note = (path: string, message: string): undefined => void problems.push({path, message});
  const root = isObj(schedule) && isObj(schedule.schedule) ? schedule.schedule : undefined;
  const c = root && isObj(root.conference) ? root.conference : undefined;
  if (!root || !c) {
    note(root ? 'schedule.conference' : 'schedule', 'is missing: this is not a frab schedule ({"schedule": {"conference": {…}}})');
    return {feed: null, problems};
  }
  const cp = 'schedule.conference';
  const base = safeLink(root.base_url, undefined);

  let timeZone = str(c.time_zone_name);
  const given = options.timeZone && isTimeZone(options.timeZone) ? options.timeZone : undefined;
  if (!timeZone || !isTimeZone(timeZone)) {
    if (!given) note(`${cp}.time_zone_name`, `${show(c.time_zone_name ?? null)} is not an IANA time zone; the sessions are in UTC (name their zone: --time-zone in the CLI)`);
    timeZone = given ?? 'UTC';
  } else if (given && given !== timeZone) note(`${cp}.time_zone_name`, `${show(timeZone)} is the schedule's zone; it is kept rather than ${show(given)}`);
  const title = str(c.title) || str(c.acronym) || 'Conference';
  if (!str(c.title)) note(`${cp}.title`, `is missing; the event is named ${show(title)}`);
  const eventId = slug(str(c.acronym)) || slug(title) || 'conference';
  const eventUrl = safeLink(c.url, base) ?? base;
  const event: Json = {id: eventId, name: {[fallback]: title}, ...(eventUrl && {url: eventUrl}), defaultLanguage: fallback};
  for (const [k, v] of Object.entries(c)) if (!CONFERENCE_USED.has(k) && !empty(v)) note(at(cp, k), `${show(v)} is not mapped: ${why(k)}`);
  for (const [k, v] of Object.entries(root)) if (!['version', 'base_url', 'conference'].includes(k) && !empty(v)) note(at('schedule', k), `${show(v)} is not mapped: ${why(k)}`);

  const sessions: Json[] = [];
  const ids = new Set<string>();
  const days = Array.isArray(c.days) ? c.days : [];
  if (!Array.isArray(c.days)) note(`${cp}.days`, `${show(c.days ?? null)} is not a list of days; no sessions`);
  days.forEach((day, d) => {
    const dp = `${cp}.days[${d}]`;
    if (!isObj(day) || !isObj(day.rooms)) return note(dp, 'is not a day with rooms; left out');
    for (const [room, events] of Object.entries(day.rooms)) {
      const rp = at(`${dp}.rooms`, room);
      if (!Array.isArray(events)) {
        note(rp, `${show(events)} is not a list of events; left out`);
        continue;
      }
      if (events.length) note(rp, `room ${show(room)} is not mapped: ${why('room')}`);
      events.forEach((ev, e) => {
        const s = readEvent(ev, at(rp, e), str(day.date), {timeZone, fallback, base, note, ids});
        if (s) sessions.push(s);
      });
    }
  });
  return {feed: {version: 1, event, sessions}, problems};
}

interface EventContext {
  timeZone: string;
  fallback: Language;
  base: string | undefined;
  note: (path: string, message: string) => undefined;
  ids: Set<string>;
}

function readEvent(ev: unknown, path: string, dayDate: string, {timeZone, fallback, base, note, ids}: EventContext): Json | undefined {
  if (!isObj(ev)) return note(path, `${show(ev)} is not an event; left out`);
  const title = str(ev.title);
  if (!title) return note(`${path}.title`, 'is missing; the event is left out');

  // start: the full date-time when the schedule has one, else the day's date and the wall-clock start.
  let start = str(ev.date);
  if (!start || parseInstant(start, timeZone) === null) {
    const wall = /^\d{1,2}:\d{2}$/.test(str(ev.start)) && /^\d{4}-\d{2}-\d{2}$/.test(dayDate) ? `${dayDate}T${str(ev.start).padStart(5, '0')}` : '';
    if (!wall || parseInstant(wall, timeZone) === null) return note(`${path}.date`, `${show(ev.date ?? ev.start ?? null)} is not a date-time; the event is left out`);
    start = wall;
  }
  const startAt = parseInstant(start, timeZone)!;
  let end = str(ev.end);
  if (!end || parseInstant(end, timeZone) === null) {
    const ms = duration(ev.duration);
    if (ms === null || ms <= 0) return note(`${path}.duration`, `${show(ev.duration ?? null)} is not a duration such as "00:45"; the event is left out`);
    end = isoInZone(startAt + ms, timeZone);
  }

  const language = str(ev.language).toLowerCase().split(/[-_]/)[0];
  const lang = (LANGUAGES as readonly string[]).includes(language) ? (language as Language) : fallback;
  if (language && lang !== language) note(`${path}.language`, `${show(ev.language)} is not en, fr or es; its texts are written as ${lang}`);
  const text = (v: unknown) => (str(v) ? {[lang]: plain(str(v)).replace(/\r\n?/g, '\n').trim()} : undefined);

  let id = str(ev.slug);
  if (!SLUG.test(id)) {
    const other = slugOf(str(ev.code) || str(ev.guid) || str(ev.id));
    if (id) note(`${path}.slug`, `${show(ev.slug)} is not an id; the session is ${show(other || `event-${ids.size + 1}`)}`);
    id = other || `event-${ids.size + 1}`;
  }
  for (let n = 2, stem = id.slice(0, 95); ids.has(id); n++) id = `${stem}-${n}`;
  ids.add(id);

  const people: Json[] = [];
  if (Array.isArray(ev.persons)) {
    ev.persons.forEach((p, i) => {
      const pp = `${path}.persons[${i}]`;
      if (!isObj(p)) return note(pp, `${show(p)} is not a person; left out`);
      const name = str(p.public_name) || str(p.name) || str(p.full_public_name);
      if (!name) return note(pp, `${show(p)} has no name; the person is left out`);
      const photo = safeLink(p.avatar, base);
      const url = safeLink(p.url, base);
      people.push({name, ...(photo?.startsWith('https:') && {photo}), ...(url && {url})});
      if (str(p.avatar) && !photo?.startsWith('https:')) note(`${pp}.avatar`, `${show(p.avatar)} is not an https URL; the photo is left out`);
      for (const [k, v] of Object.entries(p)) if (!PERSON_USED.has(k) && !empty(v)) note(at(pp, k), `${show(v)} is not mapped: ${why(k)}`);
    });
  } else if (!empty(ev.persons)) note(`${path}.persons`, `${show(ev.persons)} is not a list of persons; nobody is named`);

  const details = safeLink(ev.url, base);
  if (str(ev.url) && !details) note(`${path}.url`, `${show(ev.url)} is not an http(s) URL; left out`);
  // A link titled register, stream or recording (as feedToFrab writes them) is that link; the others have no place.
  const links: Json = {...(details && {details})};
  const others: unknown[] = [];
  for (const l of Array.isArray(ev.links) ? ev.links : []) {
    const kind = isObj(l) ? str(l.title).toLowerCase() : '';
    const url = isObj(l) ? safeLink(l.url, base) : undefined;
    if (url && ['register', 'stream', 'recording'].includes(kind) && !links[kind]) links[kind] = url;
    else others.push(l);
  }
  if (others.length) note(`${path}.links`, `${show(others)} ${others.length === 1 ? 'is' : 'are'} not mapped: ${why('links')}`);
  for (const [k, v] of Object.entries(ev)) if (!EVENT_USED.has(k) && k !== 'links' && !empty(v)) note(at(path, k), `${show(v)} is not mapped: ${why(k)}`);

  const body = paragraphs(str(ev.description)).map((p) => ({[lang]: p}));
  const session: Json = {
    id,
    kind: text(ev.type) ?? {[lang]: {en: 'Session', fr: 'Séance', es: 'Sesión'}[lang]},
    title: {[lang]: title},
    ...(text(ev.subtitle) && {subtitle: text(ev.subtitle)}),
    ...(text(ev.abstract) && {summary: text(ev.abstract)}),
    body,
    ...(text(ev.track) && {theme: text(ev.track)}),
    start,
    end,
    timeZone,
    ...(Object.keys(links).length && {links}),
    ...(people.length && {people}),
  };
  return session;
}

const slugOf = (s: string) => s.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^[-_]+/, '').slice(0, 100);

// ---- schedule.xml ---------------------------------------------------------------------------------

/** The children of `e` named `name`. */
const kids = (e: XmlElement, name: string) => e.children.filter((c) => c.name === name);
const child = (e: XmlElement, name: string) => kids(e, name)[0];

/** A <person>, <link> or <attachment> list in the JSON shape. */
function references(e: XmlElement | undefined, item: string): Json[] {
  return e ? kids(e, item).map((x) => ({...(item === 'person' ? {public_name: x.text.trim()} : {url: x.attributes.href, title: x.text.trim()}), ...(x.attributes.id && {id: Number(x.attributes.id) || x.attributes.id}), ...(x.attributes.guid && {guid: x.attributes.guid})})) : [];
}

function xmlEvent(e: XmlElement): Json {
  const out: Json = {...e.attributes};
  if (out.id !== undefined) out.id = Number(out.id) || out.id;
  for (const c of e.children) {
    if (c.name === 'persons') out.persons = references(c, 'person');
    else if (c.name === 'links') out.links = references(c, 'link');
    else if (c.name === 'attachments') out.attachments = references(c, 'attachment');
    else if (c.children.length) out[c.name] = Object.fromEntries(c.children.map((g) => [g.name, g.text.trim()]));
    else out[c.name] = c.text.trim() || Object.values(c.attributes).join(' ') || null;
  }
  return out;
}

/**
 * A frab `schedule.xml` read into the shape of `schedule.json` (`<day>` → `days[i]`, `<room name>` →
 * `rooms["name"]`, `<event>`'s children and attributes → its fields), so that both go through
 * frabToFeed and their problems have the same paths. Throws an Error when the text is not XML.
 */
export function frabXmlToJson(xml: string): Json {
  const root = parseXml(xml);
  if (root.name !== 'schedule') throw new Error(`the root element is <${root.name}>, not <schedule>`);
  const conf = child(root, 'conference');
  const conference: Json = {};
  if (conf) {
    for (const c of conf.children) {
      if (c.name === 'days') conference.daysCount = Number(c.text) || c.text;
      else if (c.name === 'base_url') continue;
      else if (!c.children.length) conference[c.name] = c.text.trim();
      else conference[c.name] = c.children.map((g) => g.attributes.name ?? g.text.trim());
    }
  }
  conference.days = kids(root, 'day').map((d) => ({
    index: Number(d.attributes.index) || d.attributes.index,
    date: d.attributes.date,
    day_start: d.attributes.start,
    day_end: d.attributes.end,
    rooms: Object.fromEntries(kids(d, 'room').map((r) => [r.attributes.name ?? '', kids(r, 'event').map(xmlEvent)])),
  }));
  const baseUrl = conf && child(conf, 'base_url')?.text.trim();
  const version = child(root, 'version')?.text.trim();
  return {schedule: {...(version && {version}), ...(baseUrl && {base_url: baseUrl}), conference: conf ? conference : undefined}};
}

/** frabToFeed on a `schedule.xml`; text that is not XML, or not a schedule, gives no feed and says why. */
export function frabXmlToFeed(xml: string, options: FrabImportOptions = {}): FrabImport {
  let json: Json;
  try {
    json = frabXmlToJson(xml);
  } catch (e) {
    return {feed: null, problems: [{path: 'schedule', message: (e as Error).message}]};
  }
  return frabToFeed(json, options);
}

// ---- Export -------------------------------------------------------------------------------------

export interface FrabExportOptions {
  /** The one language a frab schedule holds; default the event's defaultLanguage (a text missing in it falls back as the widgets do). */
  readonly lang?: Language;
  /** The schedule's revision ("version" in frab); default "1.0". */
  readonly version?: string;
}

/** A stable UUID-shaped id from text (frab's guid), so that exporting again gives apps the same events. */
function guid(text: string): string {
  const h: string[] = [];
  for (let seed = 0; seed < 4; seed++) {
    let x = 0x811c9dc5 ^ seed;
    for (let i = 0; i < text.length; i++) x = Math.imul(x ^ text.charCodeAt(i), 0x01000193) >>> 0;
    h.push(x.toString(16).padStart(8, '0'));
  }
  const hex = h.join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const hhmm = (ms: number) => `${String(Math.floor(ms / 3_600_000)).padStart(2, '0')}:${String(Math.floor(ms / 60_000) % 60).padStart(2, '0')}`;

/**
 * A parsed feed as a frab `schedule.json` (c3voc's JSON schema) in one language, and what it
 * leaves out: cancelled and postponed sessions (frab has no status), and per session the fields
 * frab has no place for (guiding questions, roles, affiliations, languages, the place but its
 * venue, registration). Rooms are the sessions' venues ("Online" for online ones).
 */
export function feedToFrab(feed: Feed, options: FrabExportOptions = {}): {schedule: Json; problems: FrabProblem[]} {
  const lang = options.lang ?? feed.event.defaultLanguage;
  const t = (text: {readonly [k: string]: string | undefined} | undefined) => (text ? pickText(text, lang, feed.event.defaultLanguage).text || null : null);
  const problems: FrabProblem[] = [];
  const sessions = [...feed.sessions].sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
  const zone = sessions[0]?.timeZone ?? 'UTC';
  const date = (ms: number) => isoInZone(ms, zone).slice(0, 10);
  const room = (s: Session) => t(s.location?.venue) ?? (s.location?.mode === 'online' ? 'Online' : t(feed.event.name)!);
  const days = new Map<string, Session[]>();
  const rooms: string[] = [];
  sessions.forEach((s) => {
    const path = `sessions[${feed.sessions.indexOf(s)}]`;
    if (s.status !== 'scheduled') return problems.push({path: `${path}.status`, message: `${show(s.status)}: frab has no status; the session is left out`});
    const lost = [
      s.guidingQuestions.length && 'guidingQuestions',
      s.people.some((p) => p.role !== 'speaker') && 'people[].role',
      s.languages && 'languages',
      s.people.some((p) => p.affiliation) && 'people[].affiliation',
      s.location && (s.location.address || s.location.city || s.location.country || s.location.map) && 'location.address, city, country, map (its venue is the room)',
      s.registration && 'registration',
      s.location?.mode === 'hybrid' && 'location.mode hybrid (only its room)',
    ].filter(Boolean);
    if (lost.length) problems.push({path, message: `frab has no place for ${lost.join('; ')}`});
    const day = date(s.start);
    days.set(day, [...(days.get(day) ?? []), s]);
    if (!rooms.includes(room(s))) rooms.push(room(s));
  });
  const event = (s: Session, n: number): Json => {
    // Titled with their kind, so that importing this schedule gives them back.
    const other = (['register', 'stream', 'recording'] as const).flatMap((k) => (s.links[k] ? [{url: s.links[k], title: k}] : []));
    return {
      guid: guid(`${feed.event.id}/${s.id}`),
      id: n,
      date: isoInZone(s.start, zone),
      start: isoInZone(s.start, zone).slice(11, 16),
      end: isoInZone(s.end, zone),
      duration: hhmm(s.end - s.start),
      room: room(s),
      slug: s.id.toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/[-_]+$/, '') || `session-${n}`,
      url: s.links.details ?? feed.event.url ?? '',
      title: t(s.title),
      subtitle: t(s.subtitle),
      track: t(s.theme),
      type: t(s.kind),
      language: pickText(s.title, lang, feed.event.defaultLanguage).lang,
      abstract: t(s.summary),
      description: s.body.map((p) => t(p)).filter(Boolean).join('\n\n'),
      persons: s.people.map((p) => ({name: p.name, public_name: p.name, ...(p.photo && {avatar: p.photo}), ...(p.url && {url: p.url})})),
      links: other,
      attachments: [],
    };
  };
  let n = 0;
  const dayList = [...days].map(([day, list], i) => {
    const byRoom: Record<string, Json[]> = {};
    for (const s of list) (byRoom[room(s)] ??= []).push(event(s, ++n));
    return {
      index: i + 1,
      date: day,
      day_start: isoInZone(Math.min(...list.map((s) => s.start)), zone),
      day_end: isoInZone(Math.max(...list.map((s) => s.end)), zone),
      rooms: byRoom,
    };
  });
  const acronym = feed.event.id.toLowerCase().replace(/[^a-z0-9_]+/g, '_').padEnd(4, '_');
  const schedule: Json = {
    $schema: 'https://c3voc.de/schedule/schema.json',
    generator: {name: '@uclg/widgets'},
    schedule: {
      version: options.version ?? '1.0',
      ...(feed.event.url && {base_url: feed.event.url}),
      conference: {
        acronym,
        title: t(feed.event.name),
        start: dayList[0]?.date ?? '',
        end: dayList.at(-1)?.date ?? '',
        daysCount: dayList.length,
        timeslot_duration: '00:05',
        time_zone_name: zone,
        ...(feed.event.url && {url: feed.event.url}),
        rooms: rooms.map((name) => ({name, guid: guid(`${feed.event.id}/room/${name}`)})),
        days: dayList,
      },
    },
  };
  return {schedule, problems};
}
