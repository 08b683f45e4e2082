import type {Feed, Language, Session} from '../core/types.js';
import {pickText} from '../i18n/language.js';
import {zoneOffset} from '../time/instant.js';

const STATUS = {scheduled: 'EventScheduled', cancelled: 'EventCancelled', postponed: 'EventPostponed'} as const;
const pad = (n: number) => String(n).padStart(2, '0');

/** `2021-05-19T12:00:00+02:00`: the instant as the event's clocks show it, with their offset. */
export function isoWithOffset(instant: number, zone: string): string {
  const offset = zoneOffset(zone, instant);
  const local = new Date(instant + offset).toISOString().slice(0, 19);
  const minutes = Math.round(Math.abs(offset) / 60_000);
  return `${local}${offset < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/**
 * A schema.org Event for one session, in `language` (with the feed's fallback). Pure. The widgets
 * write it as microdata (./microdata.ts); a page that pre-renders can write it as JSON-LD.
 */
export function eventJsonLd(feed: Pick<Feed, 'event'>, session: Session, language: Language): Record<string, unknown> {
  const text = (t: Session['title']) => pickText(t, language, feed.event.defaultLanguage).text;
  const about = session.summary ?? session.body[0];
  const where = session.links.stream ?? session.links.details ?? feed.event.url;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: text(session.title),
    ...(about && {description: text(about)}),
    startDate: isoWithOffset(session.start, session.timeZone),
    endDate: isoWithOffset(session.end, session.timeZone),
    eventStatus: `https://schema.org/${STATUS[session.status]}`,
    eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
    ...(where && {location: {'@type': 'VirtualLocation', url: where}}),
    organizer: {'@type': 'Organization', name: 'UCLG', url: 'https://www.uclg.org'},
    superEvent: {'@type': 'Event', name: text(feed.event.name)},
    inLanguage: language,
    ...(session.links.details && {url: session.links.details}),
  };
}
