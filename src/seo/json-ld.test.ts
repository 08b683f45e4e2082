import {expect} from '@open-wc/testing';
import {eventJsonLd} from './json-ld.js';
import {parseFeed} from '../feed/parse.js';
import type {Feed, Session, SessionLocation} from '../core/types.js';
import {forumFeed, testFeed} from '../test-support/fixtures.js';

const FEED: Pick<Feed, 'event'> = {event: {id: 'forum', name: {en: 'Riverside Forum', fr: 'Forum de Riverside', es: 'Foro de Riverside'}, url: 'https://example.org/forum', defaultLanguage: 'en'}};

/** A session written by hand, with what the feed may add set by each test. */
function session(over: Partial<Session> = {}): Session {
  return {
    id: 's', kind: {en: 'Plenary'}, title: {en: 'Water', fr: 'Eau', es: 'Agua'}, body: [], guidingQuestions: [],
    start: Date.UTC(2027, 5, 15, 8), end: Date.UTC(2027, 5, 15, 9, 30), timeZone: 'Europe/Madrid', status: 'scheduled',
    links: {details: 'https://example.org/s', stream: 'https://example.org/live'}, people: [], ...over,
  };
}

const HALL: SessionLocation = {
  mode: 'in-person',
  venue: {en: 'Civic Hall', fr: 'Hôtel de ville', es: 'Casa Consistorial'},
  address: {en: '12 Harbour Street', es: 'Calle del Puerto, 12'},
  city: {en: 'Riverside'},
  country: 'ES',
  map: 'https://example.org/map',
};
const PLACE = {
  '@type': 'Place',
  name: 'Casa Consistorial',
  address: {'@type': 'PostalAddress', streetAddress: 'Calle del Puerto, 12', addressLocality: 'Riverside', addressCountry: 'ES'},
  hasMap: 'https://example.org/map',
};
const mode = (m: string) => `https://schema.org/${m}EventAttendanceMode`;

describe('eventJsonLd', () => {
  it('names the performers with their organisation (in the language), link and photo', () => {
    const ld = eventJsonLd(FEED, session({people: [
      {name: 'Kofi Mensah', role: 'speaker', affiliation: {en: 'Harbourtown Water Board', fr: 'Régie des eaux de Harbourtown'}, url: 'https://example.org/kofi', photo: 'https://example.org/kofi.jpg'},
      {name: 'Ana Ruiz', role: 'moderator'},
    ]}), 'fr');
    expect(ld.performer).to.deep.equal([
      {'@type': 'Person', name: 'Kofi Mensah', affiliation: {'@type': 'Organization', name: 'Régie des eaux de Harbourtown'}, url: 'https://example.org/kofi', image: 'https://example.org/kofi.jpg'},
      {'@type': 'Person', name: 'Ana Ruiz'},
    ]);
    expect(eventJsonLd(FEED, session(), 'fr')).not.to.have.property('performer');
  });

  it("has the feed's event as organizer and super-event, in the language", () => {
    const ld = eventJsonLd(FEED, session(), 'es');
    expect(ld.organizer).to.deep.equal({'@type': 'Organization', name: 'Foro de Riverside', url: 'https://example.org/forum'});
    expect(ld.superEvent).to.deep.equal({'@type': 'Event', name: 'Foro de Riverside', url: 'https://example.org/forum'});
    const bare = eventJsonLd({event: {...FEED.event, url: undefined}}, session(), 'en');
    expect(bare.organizer).to.deep.equal({'@type': 'Organization', name: 'Riverside Forum'});
  });

  it('says how to attend and where: online, in person, hybrid', () => {
    const online = eventJsonLd(FEED, session({location: {mode: 'online'}}), 'es');
    expect(online.eventAttendanceMode).to.equal(mode('Online'));
    expect(online.location).to.deep.equal({'@type': 'VirtualLocation', url: 'https://example.org/live'});

    const inPerson = eventJsonLd(FEED, session({location: HALL}), 'es');
    expect(inPerson.eventAttendanceMode).to.equal(mode('Offline'));
    expect(inPerson.location).to.deep.equal(PLACE);

    const hybrid = eventJsonLd(FEED, session({location: {...HALL, mode: 'hybrid'}}), 'es');
    expect(hybrid.eventAttendanceMode).to.equal(mode('Mixed'));
    expect(hybrid.location).to.deep.equal([PLACE, {'@type': 'VirtualLocation', url: 'https://example.org/live'}]);
  });

  it('links the details page as the virtual place without a stream, and leaves out what the feed does not say', () => {
    const noStream = eventJsonLd(FEED, session({location: {mode: 'hybrid', city: {en: 'Riverside'}}, links: {details: 'https://example.org/s'}}), 'en');
    expect(noStream.location).to.deep.equal([
      {'@type': 'Place', address: {'@type': 'PostalAddress', addressLocality: 'Riverside'}},
      {'@type': 'VirtualLocation', url: 'https://example.org/s'},
    ]);
    // In person with no venue or address given: no empty Place.
    expect(eventJsonLd(FEED, session({location: {mode: 'in-person'}}), 'en')).not.to.have.property('location');
    expect(eventJsonLd(FEED, session({location: {mode: 'in-person', venue: {en: 'Civic Hall'}}}), 'en').location).to.deep.equal({'@type': 'Place', name: 'Civic Hall'});
  });

  it('is online, as before, when the feed does not say where', () => {
    const ld = eventJsonLd(FEED, session(), 'en');
    expect(ld.eventAttendanceMode).to.equal(mode('Online'));
    expect(ld.location).to.deep.equal({'@type': 'VirtualLocation', url: 'https://example.org/live'});
  });

  it('gives the spoken languages as inLanguage, else the language it is written in', () => {
    expect(eventJsonLd(FEED, session({languages: {spoken: ['en', 'es'], interpretation: ['fr', 'ar']}}), 'fr').inLanguage).to.deep.equal(['en', 'es']);
    expect(eventJsonLd(FEED, session({languages: {spoken: ['pt-BR'], interpretation: []}}), 'fr').inLanguage).to.equal('pt-BR');
    expect(eventJsonLd(FEED, session({languages: {spoken: [], interpretation: ['fr']}}), 'fr').inLanguage).to.equal('fr');
    expect(eventJsonLd(FEED, session(), 'es').inLanguage).to.equal('es');
  });

  it('gives the eventStatus from the feed status', () => {
    const status = (s: Session['status']) => eventJsonLd(FEED, session({status: s}), 'en').eventStatus;
    expect([status('scheduled'), status('cancelled'), status('postponed')]).to.deep.equal([
      'https://schema.org/EventScheduled', 'https://schema.org/EventCancelled', 'https://schema.org/EventPostponed',
    ]);
  });

  it('describes the fictional forum session from its feed', () => {
    const feed = parseFeed(forumFeed()).feed!;
    const ld = eventJsonLd(feed, feed.sessions[0], 'fr');
    expect((ld.performer as unknown[]).length).to.equal(8);
    expect((ld.performer as Record<string, unknown>[])[0]).to.deep.include({name: 'Amara Okafor', affiliation: {'@type': 'Organization', name: 'Conseil municipal de Riverside'}});
    expect(ld.eventAttendanceMode).to.equal(mode('Mixed'));
    expect(ld.location).to.deep.equal([
      {'@type': 'Place', name: 'Palais des congrès de Riverside', address: {'@type': 'PostalAddress', streetAddress: '1, place du Port', addressLocality: 'Riverside', addressCountry: 'ES'}, hasMap: 'https://example.org/riverside/map'},
      {'@type': 'VirtualLocation', url: 'https://example.org/riverside/water/live'},
    ]);
    expect(ld.inLanguage).to.deep.equal(['en', 'es']);
    expect(ld.organizer).to.deep.equal({'@type': 'Organization', name: 'Forum des villes de Riverside 2027 (fictif)'});
    // The real seed sessions name no one and no place: nothing is invented for them.
    const seed = parseFeed(testFeed()).feed!;
    expect(eventJsonLd(seed, seed.sessions[0], 'en')).not.to.have.property('performer');
  });
});
