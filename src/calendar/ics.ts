import type {Feed, Language, Session} from '../core/types.js';
import {pickText} from '../i18n/language.js';
import {addStrings, msgIn, str} from '../i18n/msg.js';
import {peopleLines, postalText} from '../i18n/people.js';
import {placeText} from '../i18n/session-text.js';
import {calendarStrings} from '../i18n/generated/strings/calendar.js';

addStrings(calendarStrings);

/** What a calendar entry needs to know beyond the session. */
export interface CalendarOptions {
  /**
   * The feed the session belongs to (or just `{event}`): its event id makes the UID unique
   * across events, its `defaultLanguage` is the fallback for missing translations and its `url`
   * stands in for a session without a details link.
   */
  readonly feed?: Pick<Feed, 'event'>;
}

export interface ICSOptions extends CalendarOptions {
  /** DTSTAMP (epoch ms or Date); defaults to the current time. Fix it for reproducible output. */
  readonly now?: number | Date;
}

/** The texts and link of a calendar entry, in one language; shared by the .ics and the links. */
export interface CalendarEntry {
  readonly title: string;
  readonly titleLang: Language;
  /**
   * Summary (or first body paragraph), who takes part (a line per role), the livestream of a
   * hybrid session, then the link; blank lines between, any part may be missing.
   */
  readonly description: string;
  readonly descriptionLang: Language;
  readonly url?: string;
  /** In person or hybrid: venue, address, city, country; online: the livestream link (or "Online"). */
  readonly location?: string;
}

/** @internal Builds the content once so the .ics, Google and Outlook always agree. */
export function calendarEntry(session: Session, language: Language, options: CalendarOptions = {}): CalendarEntry {
  const event = options.feed?.event;
  const fallback = event?.defaultLanguage ?? 'en';
  const title = pickText(session.title, language, fallback);
  const about = session.summary ?? session.body[0];
  const text = about && pickText(about, language, fallback);
  const url = session.links.details ?? event?.url;
  const msg = msgIn(language);
  const {location: place, links} = session;
  // Online, the stream is where the session is; hybrid, the venue is, and the stream goes below.
  const location = place && (place.mode === 'online' ? links.stream ?? placeText(place, language, msg).mode : postalText(place, language, fallback));
  const stream = place?.mode === 'hybrid' && links.stream && msg(str`Livestream: ${links.stream}`, {id: 'calendar.stream', desc: 'Line of a calendar entry for a session held in a venue and streamed: the address of the livestream.'});
  return {
    title: title.text,
    titleLang: title.lang,
    description: [text?.text, peopleLines(session.people, language, fallback, msg).join('\n'), stream, url].filter(Boolean).join('\n\n'),
    descriptionLang: text?.lang ?? title.lang,
    ...(url && {url}),
    ...(location && {location}),
  };
}

/** Epoch ms → `20210519T100000Z` (UTC, seconds). */
export const basicUtc = (ms: number): string => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '');

/** TEXT value escaping (RFC 5545 §3.3.11); other control characters are not allowed and dropped. */
const escapeText = (s: string): string =>
  s
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\\;,]/g, '\\$&')
    .replace(/\n/g, '\\n');

/** Folds one content line at 75 octets of UTF-8, between code points (§3.1). */
function fold(line: string): string {
  let out = '';
  let octets = 0;
  for (const ch of line) {
    const cp = ch.codePointAt(0)!;
    const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (octets + n > 75) {
      out += '\r\n ';
      octets = 1;
    }
    out += ch;
    octets += n;
  }
  return out + '\r\n';
}

const STATUS = {scheduled: 'CONFIRMED', postponed: 'TENTATIVE', cancelled: 'CANCELLED'} as const;

/** The UID of a session's entry: the same in a single download, a personal programme and the whole programme, so a re-import updates instead of duplicating. */
export function sessionUid(session: Pick<Session, 'id'>, feed?: Pick<Feed, 'event'>): string {
  const eventId = feed?.event.id;
  return `${eventId ? `${eventId}.${session.id}` : session.id}@uclg-widgets`;
}

function vevent(session: Session, language: Language, options: ICSOptions, now: number): string[] {
  const entry = calendarEntry(session, language, options);
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(sessionUid(session, options.feed))}`,
    `DTSTAMP:${basicUtc(now)}`,
    `DTSTART:${basicUtc(session.start)}`,
    `DTEND:${basicUtc(session.end)}`,
    `SUMMARY;LANGUAGE=${entry.titleLang}:${escapeText(entry.title)}`,
    ...(entry.description ? [`DESCRIPTION;LANGUAGE=${entry.descriptionLang}:${escapeText(entry.description)}`] : []),
    ...(entry.location ? [`LOCATION:${escapeText(entry.location)}`] : []),
    ...(entry.url ? [`URL:${entry.url}`] : []),
    `STATUS:${STATUS[session.status]}`,
    'END:VEVENT',
  ];
}

/** Options of a calendar of many sessions. */
export interface ICSCalendarOptions extends ICSOptions {
  /** The calendar's name (X-WR-CALNAME, which Apple, Google and Outlook show), e.g. the event's name. */
  readonly name?: string;
}

/**
 * Many sessions as one iCalendar file (one VEVENT each, in the order given), with the same
 * UIDs as {@link toICS}: importing it after a single session's file updates that entry.
 */
export function toICSCalendar(sessions: readonly Session[], language: Language, options: ICSCalendarOptions = {}): string {
  const now = options.now === undefined ? Date.now() : +options.now;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//UCLG//uclg-widgets//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(options.name ? [`X-WR-CALNAME:${escapeText(options.name)}`] : []),
    ...sessions.flatMap((s) => vevent(s, language, options, now)),
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('');
}

/**
 * One session as an iCalendar file (RFC 5545): UTC instants, texts in `language` (falling back
 * to the event's default language), CRLF line endings, lines folded at 75 octets.
 * Pure: the same arguments (with a fixed `now`) always give the same text.
 */
export function toICS(session: Session, language: Language, options: ICSOptions = {}): string {
  return toICSCalendar([session], language, {now: options.now, feed: options.feed});
}
