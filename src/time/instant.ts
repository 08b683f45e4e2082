import {fromZonedTime} from 'date-fns-tz';

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?$/;

/** True when `zone` is an IANA time zone this browser knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', {timeZone: zone});
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads an ISO 8601 date-time into epoch milliseconds. With an offset or `Z` it is that instant;
 * without one it is the wall-clock time in `zone` (date-fns-tz does the zone maths, because
 * `new Date()` would read an offset-less string in the *viewer's* zone).
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
  const wall = `${y}-${mo}-${d}T${h}:${mi}:${s.padStart(2, '0')}.${String(ms).padStart(3, '0')}`;
  const t = fromZonedTime(wall, zone).getTime();
  return Number.isNaN(t) ? null : t;
}
