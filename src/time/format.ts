import type {Language} from '../core/types.js';
import {dateFormat, intlCached} from '../i18n/locale.js';
import {zoneOffset} from './instant.js';
import {memo} from '../internal/memo.js';

// Page-wide on purpose: `resolvedOptions()` costs about 0.1 ms, and a programme of 100 cards
// asks for the zone 100 times in the same task. The answer is kept for that task only, so a zone
// changed by the system (or by a test's emulation) is seen by the next render.
let zoneThisTask: string | undefined;

/** The viewer's own IANA zone, as the browser reports it. */
export function viewerTimeZone(): string {
  if (zoneThisTask === undefined) {
    zoneThisTask = intlCached(Intl.DateTimeFormat, 'en', {}).resolvedOptions().timeZone;
    setTimeout(() => (zoneThisTask = undefined));
  }
  return zoneThisTask;
}

const ABBREVIATION = /^[A-Z]{2,5}$/;

/**
 * A short label for `zone` at `instant`: the familiar abbreviation when one exists (CEST, EDT,
 * BST; Intl knows some only under en-GB, others only under en-US), else the offset in the
 * widget's language ("UTC+5:45", "GMT+5:45").
 */
export function zoneLabel(instant: number, zone: string, lang: Language): string {
  for (const locale of ['en-GB', 'en-US']) {
    const name = part(intlCached(Intl.DateTimeFormat, locale, {timeZone: zone, timeZoneName: 'short'}), instant, 'timeZoneName');
    if (ABBREVIATION.test(name)) return name;
  }
  return part(dateFormat(lang, {timeZone: zone, timeZoneName: 'shortOffset'}), instant, 'timeZoneName');
}

function part(f: Intl.DateTimeFormat, instant: number, type: Intl.DateTimeFormatPartTypes): string {
  return f.formatToParts(instant).find((p) => p.type === type)?.value ?? '';
}

/** Days since the epoch of the calendar date that `zone` shows at `instant`. */
export function calendarDay(instant: number, zone: string): number {
  return Math.floor((instant + zoneOffset(zone, instant)) / 86_400_000);
}

export interface TimeView {
  /** "Wednesday 19 May 2021" in the zone and language. */
  readonly date: string;
  /** "12:00–13:30" (no dates, even when the end falls on the next day; see `endShift`). */
  readonly time: string;
  /** "CEST" (the label at the start). */
  readonly zone: string;
  /**
   * Only when the clocks change in this zone while the session runs (summer time starts or ends):
   * the label at the end ("NZDT"), and the range with each time's own label,
   * "01:00 NZST – 04:00 NZDT", so that neither end reads an hour out.
   */
  readonly endZone?: string;
  readonly labelled?: string;
  /** Calendar days between this date and the same instant in the reference zone (−1, 0, +1 …). */
  readonly dayShift: number;
  /** Calendar days from the start's date to the end's in this zone (1 when it ends after midnight). */
  readonly endShift: number;
}

const DATE: Intl.DateTimeFormatOptions = {weekday: 'long', day: 'numeric', month: 'long', year: 'numeric'};
const TIME: Intl.DateTimeFormatOptions = {hour: '2-digit', minute: '2-digit', hourCycle: 'h23'};

const views = memo<TimeView>();

/**
 * How a session's time reads in `zone`, and how its date differs from `referenceZone`'s.
 * Worked out once per page for each session, zone and language (a dozen Intl calls).
 */
export const describeTime = (start: number, end: number, zone: string, lang: Language, referenceZone = zone): TimeView =>
  views([start, end, zone, lang, referenceZone].join(), () => readTime(start, end, zone, lang, referenceZone));

/**
 * Creates ahead of need what describeTime asks Intl for in `lang`: the date, the time range and the
 * zone label. Their first use in a language costs most (ICU loads that language's data); the data
 * does not depend on the zone, so UTC stands in for the zones the feed will give.
 */
export function warmTimes(lang: Language): void {
  describeTime(0, 3_600_000, 'UTC', lang);
  viewerTimeZone();
}

function readTime(start: number, end: number, zone: string, lang: Language, referenceZone: string): TimeView {
  const label = zoneLabel(start, zone, lang);
  const endLabel = zoneOffset(zone, start) === zoneOffset(zone, end) ? label : zoneLabel(end, zone, lang);
  return Object.freeze({
    date: dateFormat(lang, {...DATE, timeZone: zone}).format(start),
    time: timeRange(start, end, zone, lang),
    zone: label,
    ...(endLabel !== label && {endZone: endLabel, labelled: timeRange(start, end, zone, lang, [label, endLabel])}),
    dayShift: calendarDay(start, zone) - calendarDay(start, referenceZone),
    endShift: calendarDay(end, zone) - calendarDay(start, zone),
  });
}

/**
 * "12:00–13:30" in the language's own range style: the two times joined with the separator
 * the language uses for a same-day range. Not Intl's `formatRange` itself: it writes both dates
 * out when a range crosses midnight ("19/05/2021, 23:00 – 20/05/2021, 00:30"), and in Spanish
 * it drops the hour's leading zero ("0:30–1:30") that every other time of the page has. With `labels`, each time is
 * followed by its own ("01:00 NZST – 04:00 NZDT"): Intl's range gives both ends one zone name.
 */
export function timeRange(start: number, end: number, zone: string, lang: Language, labels?: readonly [string, string]): string {
  const f = dateFormat(lang, {...TIME, timeZone: zone});
  if (start === end) return f.format(start);
  const sep = separator(lang);
  // Spaced when each time has its label: "23:30 GMT-4 – 01:30 GMT-3", not "GMT-4–01:30".
  return labels ? `${f.format(start)} ${labels[0]} ${sep.trim()} ${f.format(end)} ${labels[1]}` : `${f.format(start)}${sep}${f.format(end)}`;
}

/** The language's range separator ("–", " – "), asked of Intl once: formatRangeToParts costs about 18 µs a call, two formats 1 µs. */
const separators = new Map<Language, string>();
function separator(lang: Language): string {
  let sep = separators.get(lang);
  if (sep === undefined) {
    const parts = dateFormat(lang, {...TIME, timeZone: 'UTC'}).formatRangeToParts(0, 3_600_000);
    separators.set(lang, (sep = parts.find((p, i) => p.source === 'shared' && parts[i - 1]?.source === 'startRange')?.value ?? '–'));
  }
  return sep;
}

/** "+1 day" / "−1 jour" / "+2 días", from Intl: no hand-written plurals. */
export function formatDayShift(days: number, lang: Language): string {
  return intlCached(Intl.NumberFormat, lang, {style: 'unit', unit: 'day', unitDisplay: 'long', signDisplay: 'always'}).format(days);
}

/**
 * The time range as every widget and the pre-rendered HTML write it: "22:30–00:30 (+1 day)"
 * when the session ends on a later day, so that an overnight or a two-day session never reads
 * as a few hours on one day.
 */
export const rangeText = (view: TimeView, lang: Language, time = view.time): string =>
  view.endShift ? `${time} (${formatDayShift(view.endShift, lang)})` : time;

/**
 * The range and its zone, as every line that states a session's time writes them:
 * "12:00–13:30 CEST", "22:30–00:30 (+1 day) CEST", or "01:00 NZST – 04:00 NZDT" when the clocks
 * change while the session runs.
 */
export const zonedRangeText = (view: TimeView, lang: Language): string =>
  view.labelled ? rangeText(view, lang, view.labelled) : `${rangeText(view, lang)} ${view.zone}`;

/** The zone for a line that states it apart from the times: "CEST", or "NZST – NZDT". */
export const zoneText = (view: TimeView): string => (view.endZone ? `${view.zone} – ${view.endZone}` : view.zone);
