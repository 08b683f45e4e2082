/**
 * The editor's draft: the feed as plain JSON, what a new feed and a new session look like, start
 * and end as wall-clock times in the session's zone, and the copy kept in localStorage.
 */
import {parseInstant, zoneOffset} from '../time/instant.js';
import {isTimeZone} from '../time/wall-clock.js';
import {readStorage, writeStorage} from '../internal/storage.js';

export type Draft = Record<string, unknown>;

/** Versioned: a later editor that changes what it keeps here uses v2 and ignores this copy. */
export const STORAGE_KEY = 'uclg-widgets:editor:draft:v1';

export const emptyFeed = (): Draft => ({
  version: 1,
  event: {id: 'my-event', name: {en: ''}, defaultLanguage: 'en'},
  sessions: [],
});

/** A session the parser accepts once it has a title: an hour, next to the others in time and zone. */
export function newSession(existing: readonly unknown[], zone = 'Europe/Madrid'): Draft {
  const ids = new Set(existing.map((s) => (s as Draft)?.id));
  let n = existing.length + 1;
  while (ids.has(`session-${n}`)) n++;
  const last = existing[existing.length - 1] as Draft | undefined;
  const timeZone = typeof last?.timeZone === 'string' && isTimeZone(last.timeZone) ? last.timeZone : zone;
  const start = (typeof last?.end === 'string' && toWallTime(last.end, timeZone)) || '2030-01-01T10:00';
  const end = addMinutes(start, 60);
  return {id: `session-${n}`, kind: {en: ''}, title: {en: ''}, body: [], start, end, timeZone, guidingQuestions: [], links: {}};
}

/** A copy of a session with an id of its own. */
export function duplicateSession(session: unknown, existing: readonly unknown[]): Draft {
  const copy = structuredClone(session) as Draft;
  const ids = new Set(existing.map((s) => (s as Draft)?.id));
  const base = typeof copy.id === 'string' ? copy.id : 'session';
  let n = 2;
  while (ids.has(`${base}-${n}`)) n++;
  copy.id = `${base}-${n}`;
  return copy;
}

const pad = (n: number) => String(n).padStart(2, '0');
const wallString = (wall: number) => {
  const d = new Date(wall);
  const s = d.getUTCSeconds();
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${s ? `:${pad(s)}` : ''}`;
};

/**
 * A feed's start or end as the wall-clock time `zone`'s clocks show then (`2021-05-19T12:00`), for
 * a datetime-local field. A value without offset already is one and is kept as written (a time
 * inside a DST gap stays what the editor typed, and the parser says what is wrong with it).
 * Empty when the value is not a date-time the field can show.
 */
export function toWallTime(value: unknown, zone: string): string {
  if (typeof value !== 'string') return '';
  const plain = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.exec(value);
  if (plain) return value.endsWith(':00') && value.length === 19 ? value.slice(0, 16) : value;
  const t = parseInstant(value, isTimeZone(zone) ? zone : 'UTC');
  if (t === null) return '';
  // A zone being corrected ("Madrid"): the time as its own offset writes it, not an empty field.
  if (!isTimeZone(zone)) return value.slice(0, 16);
  return wallString(t + zoneOffset(zone, t));
}

/** `2021-05-19T12:00` plus `minutes`, as wall-clock arithmetic (no zone involved). */
export function addMinutes(wall: string, minutes: number): string {
  const t = Date.parse(`${wall}Z`);
  return Number.isNaN(t) ? wall : wallString(t + minutes * 60_000);
}

/** What the page keeps between visits: the draft and where it came from. */
export interface Saved {
  readonly draft: Draft;
  readonly source: string;
  /** Changed since it was opened or last downloaded: leaving the page asks first. */
  readonly dirty: boolean;
}

export function loadSaved(): Saved | undefined {
  try {
    const saved = JSON.parse(readStorage(STORAGE_KEY) ?? 'null') as Saved | null;
    return saved && typeof saved.draft === 'object' && saved.draft ? saved : undefined;
  } catch {
    return undefined;
  }
}

/** False when the browser keeps nothing (storage forbidden or full): the page then says so. */
export const save = (saved: Saved): boolean => writeStorage(STORAGE_KEY, JSON.stringify(saved));
