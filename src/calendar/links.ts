import type {Language, Session} from '../core/types.js';
import {basicUtc, calendarEntry, type CalendarOptions} from './ics.js';

export interface OutlookOptions extends CalendarOptions {
  /** `office365` (work or school accounts, outlook.office.com, the default) or `outlook.com` (personal, outlook.live.com). */
  readonly service?: 'office365' | 'outlook.com';
}

/** Query string with readable `/` and `:` (both legal in a query); empty values are left out. */
const query = (params: Record<string, string>): string =>
  Object.entries(params)
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2F/g, '/').replace(/%3A/g, ':')}`)
    .join('&');

/** Epoch ms → `2021-05-19T10:00:00Z`. */
const isoUtc = (ms: number): string => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');

/**
 * A Google Calendar "add event" link for the session: the same UTC instants as the .ics
 * (`dates=20210519T100000Z/20210519T113000Z`), title, description and place in `language`.
 */
export function googleCalendarUrl(session: Session, language: Language, options: CalendarOptions = {}): string {
  const entry = calendarEntry(session, language, options);
  return `https://calendar.google.com/calendar/render?${query({
    action: 'TEMPLATE',
    text: entry.title,
    dates: `${basicUtc(session.start)}/${basicUtc(session.end)}`,
    details: entry.description,
    location: entry.location ?? '',
  })}`;
}

/**
 * An Outlook on the web "new event" deep link for the session (Office 365 by default, or
 * outlook.com), with UTC instants (`startdt=2021-05-19T10:00:00Z`), title, description and place in `language`.
 */
export function outlookCalendarUrl(session: Session, language: Language, options: OutlookOptions = {}): string {
  const entry = calendarEntry(session, language, options);
  const host = options.service === 'outlook.com' ? 'outlook.live.com' : 'outlook.office.com';
  return `https://${host}/calendar/deeplink/compose?${query({
    path: '/calendar/action/compose',
    rru: 'addevent',
    startdt: isoUtc(session.start),
    enddt: isoUtc(session.end),
    subject: entry.title,
    body: entry.description,
    location: entry.location ?? '',
  })}`;
}

/** Where a visitor subscribes to a published programme (.ics): updates reach their calendar by themselves. */
export interface SubscribeLinks {
  /** `webcal://…`: Apple Calendar, Outlook desktop, Thunderbird and most phones open it as a subscription. */
  readonly webcal: string;
  readonly google: string;
  readonly outlook: string;
}

/** Subscribe links for an http(s) calendar URL such as the feed's `event.calendar`. */
export function subscribeLinks(calendarUrl: string, name = ''): SubscribeLinks {
  const webcal = calendarUrl.replace(/^https?:/i, 'webcal:');
  return {
    webcal,
    google: `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(webcal)}`,
    outlook: `https://outlook.live.com/calendar/0/addfromweb?${query({url: calendarUrl, name})}`,
  };
}
