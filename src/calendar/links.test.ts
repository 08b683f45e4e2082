import {expect} from '@open-wc/testing';
import ICAL from 'ical.js';
import {googleCalendarUrl, outlookCalendarUrl} from './links.js';
import {toICS} from './ics.js';
import {parseFeed} from '../feed/parse.js';
import type {Feed, Language, Session} from '../core/types.js';
import {browserZone, forumFeed, testFeed} from '../test-support/fixtures.js';

type Json = Record<string, any>;

function feedWith(patch: (json: Json) => void = () => {}): Feed {
  const json = testFeed() as Json;
  patch(json);
  return parseFeed(json).feed!;
}

/** `20210519T100000Z` → epoch ms, read independently of the code under test. */
function fromBasic(s: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(s);
  expect(m, `${s} is a basic UTC date-time`).to.not.equal(null);
  const [, y, mo, d, h, mi, se] = m!.map(Number);
  return Date.UTC(y, mo - 1, d, h, mi, se);
}

/** `2021-05-19T10:00:00Z` → epoch ms; insists on the UTC `Z` form without milliseconds. */
function fromIso(s: string | null): number {
  expect(s).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  return Date.parse(s!);
}

function google(session: Session, feed: Feed, lang: 'en' | 'fr' | 'es' = 'en') {
  const url = new URL(googleCalendarUrl(session, lang, {feed}));
  const [start, end] = (url.searchParams.get('dates') ?? '').split('/');
  return {url, params: url.searchParams, start: fromBasic(start), end: fromBasic(end)};
}

const cases: [string, string, string, string][] = [
  ['an offset (+02:00)', '2021-05-19T12:00:00+02:00', '2021-05-19T13:30:00+02:00', 'Europe/Madrid'],
  ['a negative offset (-04:00)', '2021-07-01T09:00:00-04:00', '2021-07-01T10:00:00-04:00', 'America/New_York'],
  ['a :45 offset (+05:45)', '2021-05-19T18:15:00+05:45', '2021-05-19T19:15:00+05:45', 'Asia/Kathmandu'],
  ['wall-clock time in Europe/Madrid', '2021-05-20T12:00', '2021-05-20T13:30', 'Europe/Madrid'],
  ['wall-clock time across the spring DST change in Madrid', '2021-03-28T01:30', '2021-03-28T03:30', 'Europe/Madrid'],
  ['wall-clock time across the autumn DST change in New York', '2021-11-07T00:30', '2021-11-07T03:00', 'America/New_York'],
];

describe(`googleCalendarUrl (browser zone ${browserZone()})`, () => {
  it('is a Google Calendar TEMPLATE link with title, UTC dates and details', () => {
    const feed = feedWith();
    const {url, params, start, end} = google(feed.sessions[0], feed, 'fr');
    expect(url.origin + url.pathname).to.equal('https://calendar.google.com/calendar/render');
    expect(params.get('action')).to.equal('TEMPLATE');
    expect(params.get('text')).to.equal('Numérisation inclusive');
    expect(params.get('dates')).to.equal('20210519T100000Z/20210519T113000Z');
    expect(params.get('details')).to.equal('Premier paragraphe.\n\nhttps://example.org/digital');
    expect([start, end]).to.deep.equal([feed.sessions[0].start, feed.sessions[0].end]);
  });

  for (const [name, start, end, timeZone] of cases) {
    it(`carries the session's epoch instants for ${name}`, () => {
      const feed = feedWith((j) => Object.assign(j.sessions[0], {start, end, timeZone}));
      const s = feed.sessions[0];
      const g = google(s, feed);
      expect(g.start).to.equal(s.start);
      expect(g.end).to.equal(s.end);
    });
  }

  it('agrees with the .ics on the instants', () => {
    const feed = feedWith((j) => Object.assign(j.sessions[0], {start: '2021-03-28T01:30', end: '2021-03-28T03:30'}));
    const s = feed.sessions[0];
    const event = new ICAL.Component(ICAL.parse(toICS(s, 'en', {feed, now: 0}))).getFirstSubcomponent('vevent')!;
    const ics = (name: string) => (event.getFirstPropertyValue(name) as ICAL.Time).toJSDate().getTime();
    const g = google(s, feed);
    expect([g.start, g.end]).to.deep.equal([ics('dtstart'), ics('dtend')]);
    expect(g.end - g.start).to.equal(3_600_000);
  });

  it('encodes &, =, +, #, % and accents so they come back exactly', () => {
    const title = 'Q&A = 1+1 #ciudades 100% — ¿Cómo? « oui », ça; \\ fin';
    const feed = feedWith((j) => (j.sessions[0].title.es = title));
    const {params} = google(feed.sessions[0], feed, 'es');
    expect(params.get('text')).to.equal(title);
    expect([...params.keys()].sort()).to.deep.equal(['action', 'dates', 'details', 'text']);
  });

  it('leaves details out when there is neither text nor link', () => {
    const feed = feedWith();
    const {params} = google(feed.sessions[2], feed);
    expect(params.has('details')).to.be.false;
    expect(params.get('text')).to.equal('Cancelled session');
  });
});

describe(`outlookCalendarUrl (browser zone ${browserZone()})`, () => {
  it('is an Office 365 compose deep link by default, with UTC ISO instants ending in Z', () => {
    const feed = feedWith((j) => (j.sessions[0].summary = {es: 'Resumen, breve; y claro.'}));
    const url = new URL(outlookCalendarUrl(feed.sessions[0], 'es', {feed}));
    expect(url.origin + url.pathname).to.equal('https://outlook.office.com/calendar/deeplink/compose');
    const p = url.searchParams;
    expect(p.get('path')).to.equal('/calendar/action/compose');
    expect(p.get('rru')).to.equal('addevent');
    expect(p.get('startdt')).to.equal('2021-05-19T10:00:00Z');
    expect(p.get('enddt')).to.equal('2021-05-19T11:30:00Z');
    expect(p.get('subject')).to.equal('Digitalización inclusiva');
    expect(p.get('body')).to.equal('Resumen, breve; y claro.\n\nhttps://example.org/digital');
  });

  it('has an outlook.com (outlook.live.com) variant with the same parameters', () => {
    const feed = feedWith();
    const office = new URL(outlookCalendarUrl(feed.sessions[0], 'en', {feed}));
    const live = new URL(outlookCalendarUrl(feed.sessions[0], 'en', {feed, service: 'outlook.com'}));
    expect(live.origin + live.pathname).to.equal('https://outlook.live.com/calendar/deeplink/compose');
    expect(live.search).to.equal(office.search);
    expect(outlookCalendarUrl(feed.sessions[0], 'en', {feed, service: 'office365'})).to.equal(office.href);
  });

  for (const [name, start, end, timeZone] of cases) {
    it(`carries the session's epoch instants for ${name}`, () => {
      const feed = feedWith((j) => Object.assign(j.sessions[0], {start, end, timeZone}));
      const s = feed.sessions[0];
      const p = new URL(outlookCalendarUrl(s, 'fr', {feed})).searchParams;
      expect(fromIso(p.get('startdt'))).to.equal(s.start);
      expect(fromIso(p.get('enddt'))).to.equal(s.end);
    });
  }

  it('falls back to the event default language', () => {
    const feed = feedWith((j) => (j.event.defaultLanguage = 'fr'));
    const p = new URL(outlookCalendarUrl(feed.sessions[1], 'es', {feed})).searchParams;
    expect(p.get('subject')).to.equal('Des personnes et des territoires en bonne santé');
    expect(p.get('body')).to.equal('Only in English.');
  });
});

describe('who and where in the Google and Outlook links', () => {
  const session = (over: Partial<Session> = {}): Session => ({
    id: 's', kind: {en: 'Plenary'}, title: {en: 'Water', fr: 'Eau', es: 'Agua'}, body: [], guidingQuestions: [],
    start: Date.UTC(2027, 5, 15, 8), end: Date.UTC(2027, 5, 15, 9, 30), timeZone: 'Europe/Madrid', status: 'scheduled',
    links: {details: 'https://example.org/s', stream: 'https://example.org/live?a=1&b=2'},
    people: [
      {name: 'Kofi Mensah', role: 'speaker'},
      {name: 'Ana Ruiz', role: 'moderator', affiliation: {en: 'Riverside City Council', fr: 'Conseil municipal de Riverside', es: 'Ayuntamiento de Riverside'}},
      {name: 'Lea Roth', role: 'speaker', affiliation: {en: 'Q&A = 100% #cities'}},
    ],
    location: {mode: 'hybrid', venue: {en: 'Civic Hall', fr: 'Hôtel de ville', es: 'Casa Consistorial'}, address: {en: '12 Harbour St'}, country: 'ES'},
    ...over,
  });
  const links = (s: Session, lang: Language) => ({
    google: new URL(googleCalendarUrl(s, lang)).searchParams,
    outlook: new URL(outlookCalendarUrl(s, lang)).searchParams,
    ics: new ICAL.Component(ICAL.parse(toICS(s, lang, {now: 0}))).getFirstSubcomponent('vevent')!,
  });

  const expected = {
    en: ['Civic Hall, 12 Harbour St, Spain', 'Moderator: Ana Ruiz (Riverside City Council)\nSpeakers: Kofi Mensah and Lea Roth (Q&A = 100% #cities)\n\nLivestream: https://example.org/live?a=1&b=2\n\nhttps://example.org/s'],
    fr: ['Hôtel de ville, 12 Harbour St, Espagne', 'Modération : Ana Ruiz (Conseil municipal de Riverside)\nIntervenant·es : Kofi Mensah et Lea Roth (Q&A = 100% #cities)\n\nDiffusion en direct : https://example.org/live?a=1&b=2\n\nhttps://example.org/s'],
    es: ['Casa Consistorial, 12 Harbour St, España', 'Moderación: Ana Ruiz (Ayuntamiento de Riverside)\nPonentes: Kofi Mensah y Lea Roth (Q&A = 100% #cities)\n\nTransmisión en directo: https://example.org/live?a=1&b=2\n\nhttps://example.org/s'],
  };
  for (const lang of ['en', 'fr', 'es'] as const) {
    it(`carries the place and the people, as the .ics does (${lang})`, () => {
      const {google, outlook, ics} = links(session(), lang);
      const [where, about] = expected[lang];
      expect(google.get('location')).to.equal(where);
      expect(google.get('details')).to.equal(about);
      expect(outlook.get('location')).to.equal(where);
      expect(outlook.get('body')).to.equal(about);
      expect(ics.getFirstPropertyValue('location')).to.equal(where);
      expect(ics.getFirstPropertyValue('description')).to.equal(about);
    });
  }

  it('gives an online session\'s stream as its place, and no location without one', () => {
    const online = links(session({location: {mode: 'online'}, people: []}), 'en');
    expect(online.google.get('location')).to.equal('https://example.org/live?a=1&b=2');
    expect(online.outlook.get('location')).to.equal('https://example.org/live?a=1&b=2');
    expect(online.google.get('details')).to.equal('https://example.org/s');
    const unknown = links(session({location: undefined, people: []}), 'en');
    expect(unknown.google.has('location')).to.be.false;
    expect(unknown.outlook.has('location')).to.be.false;
  });

  it('reads them from a parsed feed (the fictional forum)', () => {
    const feed = parseFeed(forumFeed()).feed!;
    const p = new URL(googleCalendarUrl(feed.sessions[0], 'es', {feed})).searchParams;
    expect(p.get('location')).to.equal('Palacio de Congresos de Riverside, Plaza del Puerto, 1, Riverside, España');
    expect(p.get('details')).to.include('Moderación: Amara Okafor (Ayuntamiento de Riverside)');
    expect(p.get('details')).to.include('Ponentes: Élise Marchand (Alcaldesa de Vallon-sur-Lac), Tomás Ibarra (Gobernador de Sierra Alta), Nadia Haddad (Teniente de alcalde de Qasr Nour) y Piet de Vries (Red de Regiones de Pólder)');
  });
});
