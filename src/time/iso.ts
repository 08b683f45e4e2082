/**
 * ISO 8601 date-times read without Intl's zone data: an element that reads only instants with an
 * offset or in UTC (a countdown's `start` and `end`, any element's frozen `now`) loads this and
 * not ./instant.ts, whose wall-clock arithmetic comes with the feed code (issue 16: Rolldown
 * puts a whole module in the first chunk that uses any of it).
 */

export const ISO =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * Reads an ISO 8601 date-time into epoch milliseconds: with an offset or `Z` it is that instant;
 * without one, `wallClock` says which instant the wall-clock time is (given as if it were UTC).
 * Null for anything that is not a real date-time.
 */
export function parseIso(value: string, wallClock: (wall: number) => number | null): number | null {
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
  return wallClock(utc);
}

/** An ISO 8601 date-time, in UTC when it has no offset: `parseInstant(value, 'UTC')` without the zone lookup. */
export const parseUtc = (value: string): number | null => parseIso(value, (wall) => wall);
