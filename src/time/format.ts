import type {Language} from '../feed/types.js';
import {dateFormat} from '../i18n/locale.js';

/** The viewer's own IANA zone, as the browser reports it. */
export function viewerTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const ABBREVIATION = /^[A-Z]{2,5}$/;

/**
 * A short label for `zone` at `instant`: the familiar abbreviation when one exists (CEST, EDT,
 * BST; Intl knows some only under en-GB, others only under en-US), else the offset in the
 * widget's language ("UTC+5:45", "GMT+5:45").
 */
export function zoneLabel(instant: number, zone: string, lang: Language): string {
  for (const locale of ['en-GB', 'en-US']) {
    const name = part(new Intl.DateTimeFormat(locale, {timeZone: zone, timeZoneName: 'short'}), instant, 'timeZoneName');
    if (ABBREVIATION.test(name) && !/^(GMT|UTC)$/.test(name)) return name;
  }
  return part(dateFormat(lang, {timeZone: zone, timeZoneName: 'shortOffset'}), instant, 'timeZoneName');
}

function part(f: Intl.DateTimeFormat, instant: number, type: Intl.DateTimeFormatPartTypes): string {
  return f.formatToParts(instant).find((p) => p.type === type)?.value ?? '';
}

/** Days since the epoch of the calendar date that `zone` shows at `instant`. */
export function calendarDay(instant: number, zone: string): number {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', {timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit'})
    .format(instant)
    .split('-')
    .map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

export interface TimeView {
  /** "Wednesday 19 May 2021" in the zone and language. */
  readonly date: string;
  /** "12:00–13:30". */
  readonly time: string;
  /** "CEST". */
  readonly zone: string;
  /** Calendar days between this date and the same instant in the reference zone (−1, 0, +1 …). */
  readonly dayShift: number;
}

const DATE: Intl.DateTimeFormatOptions = {weekday: 'long', day: 'numeric', month: 'long', year: 'numeric'};
const TIME: Intl.DateTimeFormatOptions = {hour: '2-digit', minute: '2-digit', hourCycle: 'h23'};

/** How a session's time reads in `zone`, and how its date differs from `referenceZone`'s. */
export function describeTime(start: number, end: number, zone: string, lang: Language, referenceZone = zone): TimeView {
  return {
    date: dateFormat(lang, {...DATE, timeZone: zone}).format(start),
    time: dateFormat(lang, {...TIME, timeZone: zone}).formatRange(start, end),
    zone: zoneLabel(start, zone, lang),
    dayShift: calendarDay(start, zone) - calendarDay(start, referenceZone),
  };
}

/** "+1 day" / "−1 jour" / "+2 días", from Intl: no hand-written plurals. */
export function formatDayShift(days: number, lang: Language): string {
  return new Intl.NumberFormat(lang, {style: 'unit', unit: 'day', unitDisplay: 'long', signDisplay: 'always'}).format(days);
}
