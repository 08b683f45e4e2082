import {intlCached} from '../i18n/locale.js';
import {memo} from '../internal/memo.js';

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?$/;

/** True when `zone` is an IANA time zone this browser knows. */
export const isTimeZone = (zone: string): boolean => clock(zone) !== null;

const offsets = memo<number>(2048);

/**
 * How far `zone`'s clocks are ahead of UTC at the instant `t`, in ms (NaN for an unknown zone).
 * Read from Intl's wall-clock fields: nothing here depends on the device's own zone.
 * Remembered per zone and instant: every widget asks about the same few starts and ends.
 */
export const zoneOffset = (zone: string, t: number): number => offsets(`${zone} ${t}`, () => readOffset(zone, t));

/** One wall-clock formatter per zone (null: not a zone), found without intlCached's key of nine options. */
const clocks = new Map<string, Intl.DateTimeFormat | null>();

function clock(zone: string): Intl.DateTimeFormat | null {
  let f = clocks.get(zone);
  if (f === undefined) {
    try {
      f = intlCached(Intl.DateTimeFormat, 'en-US', {timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric'});
    } catch {
      f = null;
    }
    clocks.set(zone, f);
  }
  return f;
}

function readOffset(zone: string, t: number): number {
  const f = clock(zone);
  if (!f) return NaN;
  const n: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const {type, value} of f.formatToParts(t)) n[type] = +value;
  return Date.UTC(n.year!, n.month! - 1, n.day, n.hour, n.minute, n.second) - Math.floor(t / 1000) * 1000;
}

/**
 * The instant at which `zone`'s clocks show the wall-clock time `wall` (given as if it were UTC).
 * The offsets a day either side bracket any transition. A time that happens twice (clocks going
 * back) is the earlier one, as in RFC 5545; a time that never happens (clocks going forward) is
 * moved forward by the gap, like Temporal's "compatible". Null for an unknown zone.
 */
export function wallClockToInstant(wall: number, zone: string): number | null {
  const before = zoneOffset(zone, wall - 86_400_000);
  const after = zoneOffset(zone, wall + 86_400_000);
  if (Number.isNaN(before) || Number.isNaN(after)) return null;
  const valid = [wall - before, wall - after].filter((t) => t + zoneOffset(zone, t) === wall);
  return valid.length ? Math.min(...valid) : wall - before;
}

/**
 * Reads an ISO 8601 date-time into epoch milliseconds. With an offset or `Z` it is that instant;
 * without one it is the wall-clock time in `zone` (never `new Date()` on it, which would read it
 * in the *viewer's* zone).
 * Returns null for anything that is not a real date-time.
 */
export function parseInstant(value: string, zone: string): number | null {
  const m = ISO.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi, s = '0', frac = '0', offset] = m;
  const year = +y, month = +mo, day = +d, hour = +h, minute = +mi, second = +s;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const ms = Math.floor(+`0.${frac}` * 1000);
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  if (offset) {
    if (offset === 'Z') return utc;
    const sign = offset[0] === '-' ? -1 : 1;
    const [oh, om] = offset.slice(1).split(':').map(Number);
    if (oh > 14 || om > 59) return null;
    return utc - sign * (oh * 60 + om) * 60_000;
  }
  return wallClockToInstant(utc, zone);
}

/** A wall-clock time that never happens in its zone (the clocks jump over it). */
export interface SkippedWallTime {
  /** The day, as written: year, month (1-12), day. */
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** The time as written, "HH:MM" (":SS" when given and not zero). */
  readonly time: string;
  /** The wall-clock time as if it were UTC, for clockJump. */
  readonly wall: number;
}

/**
 * Whether `value`, a date-time without offset, names a wall-clock time that `zone` skips (the
 * spring-forward gap: 02:30 on 28 March 2021 in Europe/Madrid). parseInstant moves such a time
 * forward by the gap, so a feed's 02:30–03:30 would silently become 03:30–03:30; the parser asks
 * here first to say what is really wrong. Null for a time that exists (a time that happens twice
 * exists: it is the earlier one), one with an offset, an unknown zone or a malformed value.
 * Kept to the test: the jump itself (clockJump) is only worked out for the full message.
 */
export function skippedWallTime(value: string, zone: string): SkippedWallTime | null {
  const m = ISO.exec(value);
  const t = m && !m[8] ? parseInstant(value, zone) : null;
  if (t === null) return null;
  const [, y, mo, d, h, mi, s = '0'] = m!;
  const wall = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s);
  // parseInstant reads a skipped time as later than written: its clocks never show `wall`.
  if (Math.floor(t / 1000) * 1000 + zoneOffset(zone, t) === wall) return null;
  return {year: +y, month: +mo, day: +d, time: new Date(wall).toISOString().slice(11, +s ? 19 : 16), wall};
}

/** The jump over a skipped wall-clock time (see skippedWallTime): the last time shown before it and the first after, "HH:MM". */
export function clockJump(wall: number, zone: string): {from: string; to: string} {
  const before = zoneOffset(zone, wall - 86_400_000);
  const after = zoneOffset(zone, wall + 86_400_000);
  // The transition is the first instant with the later offset, in (wall - after, wall - before]; found to the second.
  let lo = Math.floor((wall - after) / 1000), hi = Math.ceil((wall - before) / 1000);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (zoneOffset(zone, mid * 1000) === after) hi = mid;
    else lo = mid;
  }
  const clock = (ms: number) => new Date(ms).toISOString().slice(11, 16);
  return {from: clock(hi * 1000 + before), to: clock(hi * 1000 + after)};
}
