import {expect} from '@open-wc/testing';
import ICAL from 'ical.js';
import fc from 'fast-check';
import {toICS} from './ics.js';
import {parseFeed} from '../feed/parse.js';
import type {Feed, Person, Session, SessionLocation} from '../core/types.js';
import {browserZone, forumFeed, testFeed} from '../test-support/fixtures.js';

type Json = Record<string, any>;
const NOW = Date.UTC(2021, 4, 1, 8, 30, 15);

/** The fixture feed, parsed, after `patch` changed its raw JSON. */
function feedWith(patch: (json: Json) => void = () => {}): Feed {
  const json = testFeed() as Json;
  patch(json);
  return parseFeed(json).feed!;
}

/** A session written by hand (not trimmed by parseFeed), for exact text round trips. */
function rawSession(over: Partial<Session> = {}): Session {
  return {
    id: 'raw', kind: {en: 'Side event'}, title: {en: 'Title'}, body: [], guidingQuestions: [],
    start: Date.UTC(2021, 4, 19, 10), end: Date.UTC(2021, 4, 19, 11, 30), timeZone: 'Europe/Madrid',
    links: {details: 'https://example.org/raw?a=1,2;b=3'}, status: 'scheduled', people: [], ...over,
  };
}

/** Parses with ical.js and returns the VEVENT. */
function vevent(ics: string): ICAL.Component {
  const cal = new ICAL.Component(ICAL.parse(ics));
  expect(cal.name).to.equal('vcalendar');
  const events = cal.getAllSubcomponents('vevent');
  expect(events).to.have.length(1);
  return events[0];
}
const value = (ics: string, name: string): unknown => vevent(ics).getFirstPropertyValue(name);
const instant = (ics: string, name: 'dtstart' | 'dtend' | 'dtstamp'): number => {
  const t = value(ics, name) as ICAL.Time;
  expect(t.zone?.tzid, `${name} is UTC`).to.equal('UTC');
  return t.toJSDate().getTime();
};

/** Every physical line: CRLF-terminated, at most 75 octets, valid UTF-8 on its own. */
function expectWellFolded(ics: string): void {
  expect(ics.endsWith('\r\n')).to.be.true;
  expect(ics.replace(/\r\n/g, ''), 'no bare CR or LF').not.to.match(/[\r\n]/);
  const bytes = new TextEncoder().encode(ics);
  const decoder = new TextDecoder('utf-8', {fatal: true});
  let from = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] !== 0x0d || bytes[i + 1] !== 0x0a) continue;
    const line = bytes.subarray(from, i);
    expect(line.length, decoder.decode(line)).to.be.at.most(75);
    expect(() => decoder.decode(line), 'a fold split a character').not.to.throw();
    from = i + 2;
  }
  expect(from).to.equal(bytes.length);
}

describe(`toICS (browser zone ${browserZone()})`, () => {
  it('is a VCALENDAR with one VEVENT, CRLF line endings and UTC DTSTART/DTEND', () => {
    const feed = feedWith();
    const ics = toICS(feed.sessions[0], 'en', {feed, now: NOW});
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).to.be.true;
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).to.be.true;
    expect(ics).to.include('\r\nDTSTART:20210519T100000Z\r\n');
    expect(ics).to.include('\r\nDTEND:20210519T113000Z\r\n');
    expect(ics).to.include('\r\nDTSTAMP:20210501T083015Z\r\n');
    expectWellFolded(ics);
  });

  const cases: [string, string, string, string, string][] = [
    ['an offset in summer (+02:00)', '2021-05-19T12:00:00+02:00', '2021-05-19T13:30:00+02:00', 'Europe/Madrid', '2021-05-19T10:00:00.000Z'],
    ['Z', '2021-05-21T10:00:00Z', '2021-05-21T11:00:00Z', 'UTC', '2021-05-21T10:00:00.000Z'],
    ['a negative offset (-04:00)', '2021-07-01T09:00:00-04:00', '2021-07-01T10:00:00-04:00', 'America/New_York', '2021-07-01T13:00:00.000Z'],
    ['a :45 offset (+05:45)', '2021-05-19T18:15:00+05:45', '2021-05-19T19:15:00+05:45', 'Asia/Kathmandu', '2021-05-19T12:30:00.000Z'],
    ['wall-clock time in Europe/Madrid (summer)', '2021-05-20T12:00', '2021-05-20T13:30', 'Europe/Madrid', '2021-05-20T10:00:00.000Z'],
    ['wall-clock time in Europe/Madrid (winter)', '2021-01-15T12:00', '2021-01-15T13:00', 'Europe/Madrid', '2021-01-15T11:00:00.000Z'],
    ['wall-clock time across the spring DST change in Madrid', '2021-03-28T01:30', '2021-03-28T03:30', 'Europe/Madrid', '2021-03-28T00:30:00.000Z'],
    ['wall-clock time across the autumn DST change in New York', '2021-11-07T00:30', '2021-11-07T03:00', 'America/New_York', '2021-11-07T04:30:00.000Z'],
    ['wall-clock time in Asia/Kathmandu', '2021-05-19T18:15', '2021-05-19T19:15', 'Asia/Kathmandu', '2021-05-19T12:30:00.000Z'],
  ];
  for (const [name, start, end, timeZone, utcStart] of cases) {
    it(`keeps the session's instants for ${name}`, () => {
      const feed = feedWith((j) => Object.assign(j.sessions[0], {start, end, timeZone}));
      const session = feed.sessions[0];
      expect(new Date(session.start).toISOString()).to.equal(utcStart);
      const ics = toICS(session, 'fr', {feed, now: NOW});
      expect(instant(ics, 'dtstart')).to.equal(session.start);
      expect(instant(ics, 'dtend')).to.equal(session.end);
      expect(ics).to.match(/\r\nDTSTART:\d{8}T\d{6}Z\r\n/);
      expect(ics).to.match(/\r\nDTEND:\d{8}T\d{6}Z\r\n/);
    });
  }

  it('counts real time across a DST change (1 hour from 01:30 to 03:30 on the spring-forward night)', () => {
    const feed = feedWith((j) => Object.assign(j.sessions[0], {start: '2021-03-28T01:30', end: '2021-03-28T03:30', timeZone: 'Europe/Madrid'}));
    const ics = toICS(feed.sessions[0], 'en', {feed, now: NOW});
    expect(instant(ics, 'dtend') - instant(ics, 'dtstart')).to.equal(3_600_000);
    expect(ics).to.include('DTSTART:20210328T003000Z');
    expect(ics).to.include('DTEND:20210328T013000Z');
  });

  it('uses a fixed now for DTSTAMP, as a number or a Date', () => {
    const feed = feedWith();
    expect(instant(toICS(feed.sessions[0], 'en', {feed, now: NOW}), 'dtstamp')).to.equal(NOW);
    expect(toICS(feed.sessions[0], 'en', {feed, now: new Date(NOW)})).to.equal(toICS(feed.sessions[0], 'en', {feed, now: NOW}));
  });

  it('stamps the current time when no now is given', () => {
    const before = Math.floor(Date.now() / 1000) * 1000;
    const stamp = instant(toICS(feedWith().sessions[0], 'en'), 'dtstamp');
    expect(stamp).to.be.within(before, Date.now());
  });

  it('has a stable UID from the event and session ids, whatever the language or time', () => {
    const feed = feedWith();
    const uid = (s: Session, lang: 'en' | 'fr' | 'es', now: number, f: Pick<Feed, 'event'> = feed) =>
      value(toICS(s, lang, {feed: f, now}), 'uid');
    const first = uid(feed.sessions[0], 'en', NOW);
    expect(first).to.equal('eb-2021.digital@uclg-widgets');
    expect(uid(feed.sessions[0], 'es', NOW + 86_400_000)).to.equal(first);
    expect(uid(feedWith().sessions[0], 'fr', 0)).to.equal(first);
    expect(uid(feed.sessions[1], 'en', NOW)).to.equal('eb-2021.health@uclg-widgets');
    const other = {event: {...feed.event, id: 'eb-2022'}};
    expect(uid(feed.sessions[0], 'en', NOW, other)).not.to.equal(first);
    expect(value(toICS(feed.sessions[0], 'en', {now: NOW}), 'uid')).to.equal('digital@uclg-widgets');
  });

  it('is pure: the same arguments give the same text', () => {
    const feed = feedWith();
    expect(toICS(feed.sessions[0], 'es', {feed, now: NOW})).to.equal(toICS(feed.sessions[0], 'es', {feed, now: NOW}));
  });

  it('writes SUMMARY, DESCRIPTION (summary, blank line, details link) and URL in the requested language', () => {
    const feed = feedWith((j) => (j.sessions[0].summary = {en: 'About it.', fr: 'À propos.', es: 'Acerca de.'}));
    const ics = toICS(feed.sessions[0], 'fr', {feed, now: NOW});
    expect(value(ics, 'summary')).to.equal('Numérisation inclusive');
    expect(value(ics, 'description')).to.equal('À propos.\n\nhttps://example.org/digital');
    expect(value(ics, 'url')).to.equal('https://example.org/digital');
    expect(vevent(ics).getFirstProperty('summary')!.getParameter('language')).to.equal('fr');
    const es = toICS(feed.sessions[0], 'es', {feed, now: NOW});
    expect(value(es, 'summary')).to.equal('Digitalización inclusiva');
    expect(value(es, 'description')).to.equal('Acerca de.\n\nhttps://example.org/digital');
  });

  it('uses the first body paragraph when there is no summary', () => {
    const feed = feedWith();
    expect(value(toICS(feed.sessions[0], 'es', {feed, now: NOW}), 'description')).to.equal('Primer párrafo.\n\nhttps://example.org/digital');
  });

  it("falls back to the event's default language, then English, and says which language it shows", () => {
    const fr = feedWith((j) => (j.event.defaultLanguage = 'fr'));
    const ics = toICS(fr.sessions[1], 'es', {feed: fr, now: NOW});
    expect(value(ics, 'summary')).to.equal('Des personnes et des territoires en bonne santé');
    expect(vevent(ics).getFirstProperty('summary')!.getParameter('language')).to.equal('fr');
    expect(vevent(ics).getFirstProperty('description')!.getParameter('language')).to.equal('en');
    const en = feedWith();
    expect(value(toICS(en.sessions[1], 'es', {feed: en, now: NOW}), 'summary')).to.equal('Healthy People and Territories');
  });

  it("uses the event's URL without a details link, and leaves DESCRIPTION and URL out when there is nothing", () => {
    const withUrl = feedWith((j) => (j.event.url = 'https://example.org/eb'));
    const ics = toICS(withUrl.sessions[1], 'en', {feed: withUrl, now: NOW});
    expect(value(ics, 'url')).to.equal('https://example.org/eb');
    expect(value(ics, 'description')).to.equal('Only in English.\n\nhttps://example.org/eb');
    const bare = feedWith();
    const none = toICS(bare.sessions[2], 'en', {feed: bare, now: NOW});
    expect(none).not.to.include('DESCRIPTION');
    expect(none).not.to.include('\r\nURL');
  });

  it('says STATUS:CANCELLED for a cancelled session and CONFIRMED for a scheduled one', () => {
    const feed = feedWith();
    expect(value(toICS(feed.sessions[2], 'en', {feed, now: NOW}), 'status')).to.equal('CANCELLED');
    expect(value(toICS(feed.sessions[0], 'en', {feed, now: NOW}), 'status')).to.equal('CONFIRMED');
  });

  it('round-trips long accented French and Spanish text with commas, semicolons, backslashes and newlines', () => {
    const fr = 'Numérisation inclusive : présent et avenir ; « l’après-COVID-19 », où l’on s’interroge\\ sur les élèves, les œuvres et les cœurs — déjà été ; ça, c’est sûr ! '.repeat(4).trim();
    const es = '¿Cómo garantizar que la tecnología esté al servicio de las personas, del planeta; y de la democracia local?\nSí: con acción, compañía y señales\\claras — año tras año.';
    const summary = 'Première ligne, avec virgule ; point-virgule \\ barre\nDeuxième ligne\n\nTroisième — « guillemets » ñ ü';
    const session = rawSession({title: {fr, es}, summary: {fr: summary, es}});
    for (const [lang, title, about] of [['fr', fr, summary], ['es', es, es]] as const) {
      const ics = toICS(session, lang, {now: NOW});
      expectWellFolded(ics);
      expect(value(ics, 'summary')).to.equal(title);
      expect(value(ics, 'description')).to.equal(`${about}\n\nhttps://example.org/raw?a=1,2;b=3`);
      expect(value(ics, 'url')).to.equal('https://example.org/raw?a=1,2;b=3');
    }
    expect(toICS(session, 'fr', {now: NOW}).replace(/\r\n /g, ''), 'escaped on the wire').to.include('\\, avec virgule \\; point-virgule \\\\ barre\\nDeuxi');
  });

  it('folds at 75 octets without splitting 2-, 3- or 4-byte characters, at every offset', () => {
    for (let pad = 0; pad < 4; pad++) {
      const title = `${'x'.repeat(pad)}${'é中😀'.repeat(40)}`;
      const ics = toICS(rawSession({title: {en: title}}), 'en', {now: NOW});
      expectWellFolded(ics);
      expect(value(ics, 'summary')).to.equal(title);
    }
  });

  it('normalises CRLF and CR in a text to a newline and drops other control characters', () => {
    const ics = toICS(rawSession({title: {en: 'a\r\nb\rc\u0000d\u0007e\tf'}}), 'en', {now: NOW});
    expectWellFolded(ics);
    expect(value(ics, 'summary')).to.equal('a\nb\nc' + 'de\tf');
  });

  it('round-trips any text (property test)', () => {
    const tricky = fc.constantFrom('a', 'Z', ' ', 'é', 'ñ', '’', '€', '中', '😀', ',', ';', ':', '\\', '\n', '"', '\t', 'n', '=');
    const text = fc.oneof(fc.string({unit: tricky, minLength: 1, maxLength: 300}), fc.string({unit: 'grapheme', minLength: 1, maxLength: 200}));
    fc.assert(
      fc.property(text, text, (title, summary) => {
        const ics = toICS(rawSession({title: {es: title}, summary: {es: summary}, links: {}}), 'es', {now: NOW});
        expectWellFolded(ics);
        expect(value(ics, 'summary')).to.equal(title);
        expect(value(ics, 'description')).to.equal(summary);
      }),
      {numRuns: 200},
    );
  });

  describe('who and where', () => {
    const people: Person[] = [
      {name: 'Kofi Mensah', role: 'speaker', affiliation: {en: 'Harbourtown, Ghana', fr: 'Harbourtown (Ghana)', es: 'Harbourtown; Ghana'}},
      {name: 'Ana Ruiz', role: 'moderator', affiliation: {en: 'Riverside City Council', fr: 'Conseil municipal de Riverside', es: 'Ayuntamiento de Riverside'}},
      {name: 'Lea Roth', role: 'speaker'},
      {name: 'Grace Obi', role: 'rapporteur', affiliation: {en: 'Youth Assembly'}},
    ];
    const place: SessionLocation = {
      mode: 'in-person',
      venue: {en: 'Riverside Civic Hall', fr: 'Hôtel de ville de Riverside', es: 'Casa Consistorial de Riverside'},
      address: {en: '12 Harbour Street; Gate B', fr: '12, rue du Port ; porte B', es: 'Calle del Puerto, 12; puerta B'},
      city: {en: 'Riverside'},
      country: 'ES',
    };
    const links = {details: 'https://example.org/s', stream: 'https://example.org/live?a=1,2;b=3'};
    const location = (ics: string) => value(ics, 'location');

    it('lists the moderator first, then the speakers and the rapporteur, with affiliations, in EN, FR and ES', () => {
      const session = rawSession({people, summary: {en: 'About.', fr: 'À propos.', es: 'Acerca de.'}, links: {details: 'https://example.org/s'}});
      const expected = {
        en: 'About.\n\nModerator: Ana Ruiz (Riverside City Council)\nSpeakers: Kofi Mensah (Harbourtown, Ghana) and Lea Roth\nRapporteur: Grace Obi (Youth Assembly)\n\nhttps://example.org/s',
        fr: 'À propos.\n\nModération : Ana Ruiz (Conseil municipal de Riverside)\nIntervenant·es : Kofi Mensah (Harbourtown (Ghana)) et Lea Roth\nRapporteur·e : Grace Obi (Youth Assembly)\n\nhttps://example.org/s',
        es: 'Acerca de.\n\nModeración: Ana Ruiz (Ayuntamiento de Riverside)\nPonentes: Kofi Mensah (Harbourtown; Ghana) y Lea Roth\nRelatoría: Grace Obi (Youth Assembly)\n\nhttps://example.org/s',
      };
      for (const lang of ['en', 'fr', 'es'] as const) {
        const ics = toICS(session, lang, {now: NOW});
        expectWellFolded(ics);
        expect(value(ics, 'description'), lang).to.equal(expected[lang]);
      }
      expect(toICS(session, 'es', {now: NOW}).replace(/\r\n /g, ''), 'escaped on the wire').to.include('(Harbourtown\\; Ghana) y Lea Roth\\nRelatoría');
    });

    it('says where: venue, address, city and country (named in the language), escaped and folded', () => {
      const session = rawSession({location: place, links});
      const expected = {
        en: 'Riverside Civic Hall, 12 Harbour Street; Gate B, Riverside, Spain',
        fr: 'Hôtel de ville de Riverside, 12, rue du Port ; porte B, Riverside, Espagne',
        es: 'Casa Consistorial de Riverside, Calle del Puerto, 12; puerta B, Riverside, España',
      };
      for (const lang of ['en', 'fr', 'es'] as const) {
        const ics = toICS(session, lang, {now: NOW});
        expectWellFolded(ics);
        expect(location(ics), lang).to.equal(expected[lang]);
        // In person: the stream is not where it happens, and not offered.
        expect(value(ics, 'description')).not.to.include('live');
      }
      expect(toICS(session, 'en', {now: NOW}).replace(/\r\n /g, ''), 'escaped on the wire').to.include('\r\nLOCATION:Riverside Civic Hall\\, 12 Harbour Street\\; Gate B\\, Riverside\\, Spain\r\n');
    });

    it('gives the stream as the place of an online session ("Online" without one)', () => {
      const online = rawSession({location: {mode: 'online'}, links});
      expect(location(toICS(online, 'fr', {now: NOW}))).to.equal('https://example.org/live?a=1,2;b=3');
      expect(value(toICS(online, 'fr', {now: NOW}), 'description')).to.equal('https://example.org/s');
      const noStream = rawSession({location: {mode: 'online'}, links: {}});
      expect([location(toICS(noStream, 'en', {now: NOW})), location(toICS(noStream, 'fr', {now: NOW})), location(toICS(noStream, 'es', {now: NOW}))]).to.deep.equal(['Online', 'En ligne', 'En línea']);
    });

    it('gives the venue of a hybrid session as its place and its stream in the description', () => {
      const session = rawSession({location: {...place, mode: 'hybrid'}, links});
      const expected = {
        en: 'Livestream: https://example.org/live?a=1,2;b=3',
        fr: 'Diffusion en direct : https://example.org/live?a=1,2;b=3',
        es: 'Transmisión en directo: https://example.org/live?a=1,2;b=3',
      };
      for (const lang of ['en', 'fr', 'es'] as const) {
        const ics = toICS(session, lang, {now: NOW});
        expect(location(ics)).to.match(/^(Riverside Civic Hall|Hôtel de ville|Casa Consistorial)/);
        expect(value(ics, 'description')).to.equal(`${expected[lang]}\n\nhttps://example.org/s`);
      }
    });

    it('writes no LOCATION when the feed says nothing about the place, or only the mode of an in-person session', () => {
      expect(toICS(rawSession({links}), 'en', {now: NOW})).not.to.include('LOCATION');
      expect(toICS(rawSession({location: {mode: 'in-person'}, links}), 'en', {now: NOW})).not.to.include('LOCATION');
      expect(location(toICS(rawSession({location: {mode: 'in-person', country: 'FR'}}), 'es', {now: NOW}))).to.equal('Francia');
    });

    it('round-trips any venue, address and affiliation (property test)', () => {
      const tricky = fc.constantFrom('a', ' ', 'é', '’', '中', '😀', ',', ';', ':', '\\', '\n', '"', '\t');
      const text = fc.string({unit: tricky, minLength: 1, maxLength: 120});
      fc.assert(
        fc.property(text, text, text, (venue, address, affiliation) => {
          fc.pre(venue !== address);
          const session = rawSession({location: {mode: 'hybrid', venue: {es: venue}, address: {es: address}}, people: [{name: 'Ana Ruiz', role: 'speaker', affiliation: {es: affiliation}}], links: {}});
          const ics = toICS(session, 'es', {now: NOW});
          expectWellFolded(ics);
          expect(location(ics)).to.equal(`${venue}, ${address}`);
          expect(value(ics, 'description')).to.equal(`Ponente: Ana Ruiz (${affiliation})`);
        }),
        {numRuns: 100},
      );
    });

    it('reads them from a parsed feed (the fictional forum)', () => {
      const feed = parseFeed(forumFeed()).feed!;
      const ics = toICS(feed.sessions[0], 'en', {feed, now: NOW});
      expectWellFolded(ics);
      expect(location(ics)).to.equal('Riverside Conference Hall, 1 Harbour Square, Riverside, Spain');
      const description = value(ics, 'description') as string;
      expect(description).to.include('Moderator: Amara Okafor (Riverside City Council)\nHost: Lucía Ferrán (Mayor of Riverside)');
      expect(description).to.include('Livestream: https://example.org/riverside/water/live');
    });
  });
});
