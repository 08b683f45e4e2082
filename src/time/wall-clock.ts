/**
 * What the feed's parser (and the editor) ask about zones and wall-clock times, apart from
 * ./instant.ts (zone offsets, which the card and the agenda also use to show times) and ./iso.ts
 * (which every widget loads): a countdown with only `start` and `end` reads its instants but
 * never checks a zone name or a skipped time, so it does not bundle these.
 */
import {parseInstant, zoneOffset} from './instant.js';
import {ISO} from './iso.js';

/** True when `zone` is an IANA time zone this browser knows. */
export const isTimeZone = (zone: string): boolean => !Number.isNaN(zoneOffset(zone, 0));

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
