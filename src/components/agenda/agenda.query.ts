/**
 * What the agenda's filters and search mean, apart from how they look: the filter state, which
 * sessions match it, the search index, which filters a feed has data for, and the state's place
 * in the page URL. Pure (the URL functions take and return URLs), so it is tested on its own.
 */
import {fold} from '../../internal/text.js';
import type {AttendanceMode, Feed, Language, Session} from '../../core/types.js';
import type {AgendaFilterDetail} from '../../events/agenda-filter.js';
import {pickText} from '../../i18n/language.js';
import {calendarDay} from '../../time/format.js';

export type AgendaFilter = Omit<AgendaFilterDetail, 'count'>;
export type ShownStatus = 'upcoming' | 'live' | 'ended';
export const NO_FILTER: AgendaFilter = Object.freeze({query: '', day: '', kind: '', language: '', format: '', status: '', view: 'all'});


/**
 * Each session's searchable text in one language (title, kind, theme, summary, background,
 * questions, people and affiliations), folded. Built once per feed and language, kept as long as
 * the feed is (a WeakMap), so that a keystroke only compares strings.
 */
const indexes = new WeakMap<Feed, Map<Language, Map<string, string>>>();
export function searchIndex(feed: Feed, lang: Language): Map<string, string> {
  let byLang = indexes.get(feed);
  if (!byLang) indexes.set(feed, (byLang = new Map()));
  let index = byLang.get(lang);
  if (index) return index;
  index = new Map();
  const fallback = feed.event.defaultLanguage;
  for (const s of feed.sessions) {
    const texts = [s.title, s.subtitle, s.kind, s.theme, s.summary, ...s.body, ...s.guidingQuestions, ...s.people.map((p) => p.affiliation)];
    const words = texts.map((t) => (t ? pickText(t, lang, fallback).text : ''));
    index.set(s.id, fold([...words, ...s.people.map((p) => p.name)].join('\n')));
  }
  byLang.set(lang, index);
  return index;
}

/**
 * `f` remembered per session for the last value of its second argument, as long as the session
 * is kept. A day or type filter tests every session in every update of a change (1,000
 * sessions, several steps): lookups instead of Intl and Unicode work each time.
 */
function perSession<A>(f: (s: Session, a: A) => string): (s: Session, a: A) => string {
  const known = new WeakMap<Session, [A, string]>();
  return (s, a) => {
    const k = known.get(s);
    if (k?.[0] === a) return k[1];
    const v = f(s, a);
    known.set(s, [a, v]);
    return v;
  };
}

/** `2027-06-15`: the session's calendar day in `zone`. */
export const dayOf = perSession((s, zone: string) => new Date(calendarDay(s.start, zone) * 86_400_000).toISOString().slice(0, 10));
/** The kind as the event's default language writes it, folded: one value in every language. */
export const kindOf = perSession((s, fallback: Language) => fold(pickText(s.kind, fallback, fallback).text.trim()));
const languagesOf = (s: Session): readonly string[] => (s.languages ? [...s.languages.spoken, ...s.languages.interpretation] : []);

export interface MatchContext {
  readonly index: Map<string, string>;
  readonly zone: string;
  readonly fallback: Language;
  readonly status: (s: Session) => string;
  readonly starred: ReadonlySet<string>;
}

/**
 * Every word of the query (in any order) and every chosen filter, as a test of one session:
 * the query and the kind are folded once, not once per session (1,000 per keystroke).
 */
export function matcher(f: AgendaFilter, c: MatchContext): (s: Session) => boolean {
  const words = fold(f.query).split(' ').filter(Boolean);
  const kind = f.kind && fold(f.kind);
  return (s) => {
    if (f.view === 'mine' && !c.starred.has(s.id)) return false;
    if (f.day && dayOf(s, c.zone) !== f.day) return false;
    if (kind && kindOf(s, c.fallback) !== kind) return false;
    if (f.language && !languagesOf(s).includes(f.language)) return false;
    if (f.format && s.location?.mode !== f.format) return false;
    if (f.status && c.status(s) !== f.status) return false;
    if (!words.length) return true;
    const text = c.index.get(s.id) ?? '';
    return words.every((w) => text.includes(w));
  };
}

/** The values a filter can take in these sessions; a filter with fewer than two is left out. */
export interface FilterChoices {
  readonly days: readonly string[];
  /** Folded kind → the first session with it (for its label). */
  readonly kinds: ReadonlyMap<string, Session>;
  readonly languages: readonly string[];
  readonly formats: readonly AttendanceMode[];
}

export function filterChoices(sessions: readonly Session[], zone: string, fallback: Language): FilterChoices {
  const kinds = new Map<string, Session>();
  const days = new Set<string>();
  const languages = new Set<string>();
  const formats = new Set<AttendanceMode>();
  for (const s of sessions) {
    days.add(dayOf(s, zone));
    const k = kindOf(s, fallback);
    if (k && !kinds.has(k)) kinds.set(k, s);
    for (const l of languagesOf(s)) languages.add(l);
    if (s.location) formats.add(s.location.mode);
  }
  const order: AttendanceMode[] = ['in-person', 'hybrid', 'online'];
  return {days: [...days], kinds, languages: [...languages].sort(), formats: order.filter((m) => formats.has(m))};
}

/**
 * The filter as these sessions can apply it: a value that no session has, or one of a filter the
 * toolbar does not show (fewer than two values), means "any", as the select then says. A link
 * shared from another zone (its day is none of this zone's days), a kind renamed since, or a
 * hand-written URL shows the programme under the filters it can apply, not "0 sessions" under
 * selects that all read "All". A kind is kept folded, as the select's values are.
 */
export function applicable(f: AgendaFilter, c: FilterChoices): AgendaFilter {
  const kind = fold(f.kind);
  const out = {
    ...f,
    day: c.days.length > 1 && c.days.includes(f.day) ? f.day : '',
    kind: c.kinds.size > 1 && c.kinds.has(kind) ? kind : '',
    language: c.languages.includes(f.language) ? f.language : '',
    format: c.formats.length > 1 && c.formats.includes(f.format as AttendanceMode) ? f.format : '',
  };
  return sameFilter(out, f) ? f : out;
}

export type UrlMode = 'query' | 'hash' | 'none';
const KEYS = {query: 'q', day: 'day', kind: 'kind', language: 'lang', format: 'format', status: 'status', view: 'view'} as const;
const FORMATS = ['online', 'in-person', 'hybrid'];
const STATUSES = ['upcoming', 'live', 'ended'];

/** The URL's own parameters, where the agenda keeps its state: the query string or the fragment. */
const paramsOf = (url: URL, mode: UrlMode) => new URLSearchParams(mode === 'hash' ? (url.hash.includes('=') ? url.hash.slice(1) : '') : url.search);

/** The state a URL holds (`?agenda-q=energia&agenda-day=2027-06-15`); what it does not say is "any". */
export function readUrl(url: URL, mode: UrlMode, prefix: string): AgendaFilter {
  if (mode === 'none') return NO_FILTER;
  const p = paramsOf(url, mode);
  const get = (k: keyof typeof KEYS) => p.get(prefix + KEYS[k])?.slice(0, 200) ?? '';
  const format = get('format');
  const status = get('status');
  return {
    query: get('query'), day: /^\d{4}-\d\d-\d\d$/.test(get('day')) ? get('day') : '', kind: get('kind'), language: get('language'),
    format: FORMATS.includes(format) ? (format as AgendaFilter['format']) : '',
    status: STATUSES.includes(status) ? (status as AgendaFilter['status']) : '',
    view: get('view') === 'mine' ? 'mine' : 'all',
  };
}

/** The URL with the state written in (only what is set) and every other parameter of the page as it was. */
export function writeUrl(url: URL, mode: UrlMode, prefix: string, f: AgendaFilter): URL {
  const out = new URL(url);
  if (mode === 'none') return out;
  const p = paramsOf(url, mode);
  for (const [k, key] of Object.entries(KEYS) as [keyof AgendaFilter, string][]) {
    const v = f[k] === 'all' ? '' : f[k];
    if (v) p.set(prefix + key, v);
    else p.delete(prefix + key);
  }
  const s = p.toString();
  if (mode === 'hash') out.hash = s || (url.hash.includes('=') ? '' : url.hash);
  else out.search = s;
  return out;
}

export const sameFilter = (a: AgendaFilter, b: AgendaFilter): boolean => (Object.keys(KEYS) as (keyof AgendaFilter)[]).every((k) => a[k] === b[k]);
