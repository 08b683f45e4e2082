import {intlCached} from '../i18n/locale.js';
import {memo} from '../internal/memo.js';
import {parseIso} from './iso.js';

const DAY = 86_400_000;
const offsets = memo<number>(2048);
const midnights = memo<number>(2048);

/**
 * How far `zone`'s clocks are ahead of UTC at the instant `t`, in ms (NaN for an unknown zone).
 * Read from Intl's wall-clock fields: nothing here depends on the device's own zone.
 * Asked of Intl once per zone and UTC midnight: where the midnights before and after `t` agree,
 * the whole day between has that offset (no zone changes its clocks twice within a day;
 * wallClockToInstant counts on no two changes within two days). Otherwise, on the day of a
 * change, once per zone and instant. A programme of 1,000 sessions asked Intl for four offsets
 * per distinct start and end; it now asks twice per day.
 */
export const zoneOffset = (zone: string, t: number): number => {
  const day = Math.floor(t / DAY) * DAY;
  const at = (m: number) => midnights(`${zone} ${m}`, () => readOffset(zone, m));
  const offset = at(day);
  return offset === at(day + DAY) ? offset : offsets(`${zone} ${t}`, () => readOffset(zone, t));
};

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
  const before = zoneOffset(zone, wall - DAY);
  const after = zoneOffset(zone, wall + DAY);
  if (Number.isNaN(before) || Number.isNaN(after)) return null;
  // No change of the clocks between: the one instant is `wall - before`.
  if (before === after) return wall - before;
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
  return parseIso(value, (wall) => wallClockToInstant(wall, zone));
}
