import type {Feed, Language, LocalizedText, Person, Session} from '../core/types.js';
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

const MODE = {online: 'Online', 'in-person': 'Offline', hybrid: 'Mixed'} as const;

/**
 * A schema.org Event for one session, in `language` (with the feed's fallback). Pure. The widgets
 * write it as microdata (./microdata.ts); a page that pre-renders can write it as JSON-LD.
 * Without a `location` in the feed the session is taken to be online, as every session was
 * before the feed could say otherwise.
 */
export function eventJsonLd(feed: Pick<Feed, 'event'>, session: Session, language: Language): Record<string, unknown> {
  const {event} = feed;
  const text = (t: LocalizedText) => pickText(t, language, event.defaultLanguage).text;
  const about = session.summary ?? session.body[0];
  const {location: place, links, people, languages} = session;
  const mode = place?.mode ?? 'online';
  const where = links.stream ?? links.details ?? event.url;
  const address = place && {
    ...(place.address && {streetAddress: text(place.address)}),
    ...(place.city && {addressLocality: text(place.city)}),
    ...(place.country && {addressCountry: place.country}),
  };
  const hasAddress = address && Object.keys(address).length > 0;
  const places = [
    mode !== 'online' && (place?.venue || hasAddress) && {
      '@type': 'Place',
      ...(place?.venue && {name: text(place.venue)}),
      ...(hasAddress && {address: {'@type': 'PostalAddress', ...address}}),
      ...(place?.map && {hasMap: place.map}),
    },
    mode !== 'in-person' && where && {'@type': 'VirtualLocation', url: where},
  ].filter(Boolean);
  const spoken = languages?.spoken.length ? languages.spoken : [language];
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: text(session.title),
    ...(about && {description: text(about)}),
    startDate: isoWithOffset(session.start, session.timeZone),
    endDate: isoWithOffset(session.end, session.timeZone),
    eventStatus: `https://schema.org/${STATUS[session.status]}`,
    eventAttendanceMode: `https://schema.org/${MODE[mode]}EventAttendanceMode`,
    ...(places.length && {location: places.length > 1 ? places : places[0]}),
    ...(people.length && {performer: people.map(performer(text))}),
    organizer: {'@type': 'Organization', name: text(event.name), ...(event.url && {url: event.url})},
    superEvent: {'@type': 'Event', name: text(event.name), ...(event.url && {url: event.url})},
    inLanguage: spoken.length === 1 ? spoken[0] : spoken,
    ...(links.details && {url: links.details}),
  };
}

const performer = (text: (t: LocalizedText) => string) => (p: Person) => ({
  '@type': 'Person',
  name: p.name,
  ...(p.affiliation && {affiliation: {'@type': 'Organization', name: text(p.affiliation)}}),
  ...(p.url && {url: p.url}),
  ...(p.photo && {image: p.photo}),
});
