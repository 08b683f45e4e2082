import {isTimeZone, parseInstant} from '../time/instant.js';
import {safeUrl} from '../internal/safe-url.js';
import * as m from './messages.js';
import {
  LANGUAGES,
  type Feed,
  type FeedEvent,
  type FeedProblem,
  type Language,
  type LocalizedText,
  type ParseResult,
  type ScheduleStatus,
  type Session,
  type SessionLinks,
} from '../core/types.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown): string => {
  if (v === undefined) return 'missing';
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
};
const SLUG = /^[a-z0-9][a-z0-9-_]{0,99}$/i;
const STATUSES: readonly ScheduleStatus[] = ['scheduled', 'cancelled', 'postponed'];
const LINKS = ['details', 'register', 'stream', 'recording'] as const;

/** Collects problems while reading one part of the feed; `ok` tells whether that part survived. */
class Reader {
  ok = true;
  constructor(readonly problems: FeedProblem[]) {}

  fail(path: string, message: string): undefined {
    this.problems.push({path, message});
    this.ok = false;
    return undefined;
  }

  /** Like fail, but the part survives: the field is optional and is dropped. */
  warn(path: string, message: string): undefined {
    this.problems.push({path, message});
    return undefined;
  }

  text(o: Obj, key: string, path: string, optional = false): LocalizedText | undefined {
    const v = o[key];
    const at = `${path}.${key}`;
    if (v === undefined && optional) return undefined;
    if (typeof v === 'string' && v.trim()) {
      return this.fail(at, m.plainString(show(v)));
    }
    return this.localized(v, at, optional);
  }

  localized(v: unknown, at: string, optional = false): LocalizedText | undefined {
    const report = optional ? this.warn.bind(this) : this.fail.bind(this);
    if (!isObj(v)) return report(at, m.notText(show(v)));
    const out: Partial<Record<Language, string>> = {};
    for (const lang of LANGUAGES) {
      const s = v[lang];
      if (s === undefined) continue;
      if (typeof s !== 'string') this.warn(`${at}.${lang}`, m.notString(show(s)));
      else if (s.trim()) out[lang] = s.trim();
    }
    if (!Object.keys(out).length) return report(at, m.noLanguage());
    return Object.freeze(out);
  }

  texts(o: Obj, key: string, path: string, optional = false): LocalizedText[] {
    const v = o[key];
    const at = `${path}.${key}`;
    if (v === undefined && optional) return [];
    if (!Array.isArray(v)) return this.fail(at, m.notList(show(v))) ?? [];
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
    return this.fail(`${path}.${key}`, m.notId(show(v)));
  }

  url(v: unknown, at: string): string | undefined {
    if (v === undefined) return undefined;
    return safeUrl(v) ?? this.warn(at, m.notUrl(show(v)));
  }
}

function readEvent(v: unknown, r: Reader): FeedEvent | undefined {
  if (!isObj(v)) return r.fail('event', m.notEvent(show(v)));
  const id = r.id(v, 'id', 'event');
  const name = r.text(v, 'name', 'event');
  const theme = r.text(v, 'theme', 'event', true);
  const url = r.url(v.url, 'event.url');
  let defaultLanguage: Language = 'en';
  if (LANGUAGES.includes(v.defaultLanguage as Language)) defaultLanguage = v.defaultLanguage as Language;
  else r.fail('event.defaultLanguage', m.notLanguage(show(v.defaultLanguage)));
  if (!r.ok || !id || !name) return undefined;
  return Object.freeze({id, name, defaultLanguage, ...(theme && {theme}), ...(url && {url})});
}

function readSession(v: unknown, path: string, r: Reader): Session | undefined {
  if (!isObj(v)) return r.fail(path, m.notSession(show(v)));
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
  else r.fail(`${path}.timeZone`, m.notZone(show(v.timeZone)));

  const instant = (key: 'start' | 'end'): number | undefined => {
    const raw = v[key];
    if (typeof raw !== 'string') return r.fail(`${path}.${key}`, m.notDateTime(show(raw)));
    return parseInstant(raw, timeZone) ?? r.fail(`${path}.${key}`, m.notWallTime(show(raw)));
  };
  const start = instant('start');
  const end = instant('end');
  if (start !== undefined && end !== undefined && end <= start) {
    r.fail(`${path}.end`, m.notAfterStart(show(v.end), show(v.start)));
  }

  let status: ScheduleStatus = 'scheduled';
  if (v.status !== undefined) {
    if (STATUSES.includes(v.status as ScheduleStatus)) status = v.status as ScheduleStatus;
    else r.fail(`${path}.status`, m.notStatus(show(v.status)));
  }

  const links: {-readonly [K in keyof SessionLinks]: string} = {};
  if (v.links !== undefined && !isObj(v.links)) r.warn(`${path}.links`, m.notLinks(show(v.links)));
  else if (isObj(v.links)) {
    for (const key of LINKS) {
      const url = r.url(v.links[key], `${path}.links.${key}`);
      if (url) links[key] = url;
    }
  }

  if (!r.ok || !id || !kind || !title || start === undefined || end === undefined) return undefined;
  return Object.freeze({
    id, kind, title, body, start, end, timeZone, guidingQuestions, status,
    links: Object.freeze(links),
    people: [],
    ...(subtitle && {subtitle}),
    ...(summary && {summary}),
    ...(theme && {theme}),
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
  if (!isObj(json)) {
    problems.push({path: '$', message: m.notFeed(show(json))});
    return {feed: null, problems};
  }
  if (json.version !== 1) {
    problems.push({path: 'version', message: m.notVersion(show(json.version))});
    return {feed: null, problems};
  }
  const event = readEvent(json.event, new Reader(problems));
  if (!event) return {feed: null, problems};

  const sessions: Session[] = [];
  if (!Array.isArray(json.sessions)) {
    problems.push({path: 'sessions', message: m.notSessions(show(json.sessions))});
  } else {
    const seen = new Set<string>();
    json.sessions.forEach((raw, i) => {
      const path = `sessions[${i}]`;
      const s = readSession(raw, path, new Reader(problems));
      if (!s) return;
      if (seen.has(s.id)) {
        problems.push({path: `${path}.id`, message: m.duplicateId(show(s.id))});
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
