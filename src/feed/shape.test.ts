import {expect} from '@open-wc/testing';
import {serializeFeed} from '../editor/serialize.js';
import {programmeFeed} from '../test-support/programme.js';
import {unreadKeys, unreadNote} from './shape.js';

const feedWith = (session: Record<string, unknown>, event: Record<string, unknown> = {}) => ({
  version: 1,
  event: {id: 'e', name: {en: 'E'}, defaultLanguage: 'en', ...event},
  sessions: [{id: 'a', kind: {en: 'K'}, title: {en: 'T'}, body: [], start: '2021-05-19T12:00', end: '2021-05-19T13:30', timeZone: 'Europe/Madrid', ...session}],
});
const meant = (json: unknown) => Object.fromEntries(unreadKeys(json).map((u) => [u.path, u.meant]));

describe('keys the widgets do not read (validator and feed editor)', () => {
  it('a feed with every field the format has: nothing listed', () => {
    expect(unreadKeys(programmeFeed(20))).to.deep.equal([]);
    expect(unreadKeys({$schema: 'x', ...feedWith({})})).to.deep.equal([]);
  });

  it('a key with a typo, another case, "_", or another word for it: the key meant', () => {
    expect(meant(feedWith({guidingQuestion: [{en: 'Q?'}], time_zone: 'Europe/Madrid', Title: {en: 'T'}, speakers: [], description: 'x'}, {defaultlanguage: 'en'}))).to.deep.equal({
      'event.defaultlanguage': 'defaultLanguage',
      'sessions[0].guidingQuestion': 'guidingQuestions',
      'sessions[0].time_zone': 'timeZone',
      'sessions[0].Title': 'title',
      'sessions[0].speakers': 'people',
      'sessions[0].description': 'summary',
    });
  });

  it('inside people, location and links, at their own paths; a key of a partner\'s own is listed without a guess', () => {
    const json = feedWith({people: [{name: 'Ana'}, {name: 'Luis', organisation: {en: 'City'}}], location: {mode: 'online', Venue: {en: 'Hall'}}, links: {detail: 'https://example.org'}, 'x-crm-id': 42});
    expect(unreadKeys(json)).to.deep.equal([
      {path: 'sessions[0].people[1].organisation', parent: ['sessions', 0, 'people', 1], key: 'organisation', meant: 'affiliation', language: false},
      {path: 'sessions[0].location.Venue', parent: ['sessions', 0, 'location'], key: 'Venue', meant: 'venue', language: false},
      {path: 'sessions[0].links.detail', parent: ['sessions', 0, 'links'], key: 'detail', meant: 'details', language: false},
      {path: 'sessions[0].x-crm-id', parent: ['sessions', 0], key: 'x-crm-id', meant: undefined, language: false},
    ]);
  });

  it('a text\'s language keys: a region, another case, ISO 639-2 or a language\'s name is one of en, fr, es; another language is not guessed', () => {
    const title = {en: 'Water', sp: 'Agua', 'EN-gb': 'Water', fre: 'Eau', Español: 'Agua', anglais: 'Water', ca: 'Aigua', pt: 'Água'};
    expect(meant(feedWith({title, body: [{es_MX: 'Agua'}]}))).to.deep.equal({
      'sessions[0].title.sp': 'es',
      'sessions[0].title.EN-gb': 'en',
      'sessions[0].title.fre': 'fr',
      'sessions[0].title.Español': 'es',
      'sessions[0].title.anglais': 'en',
      'sessions[0].title.ca': undefined,
      'sessions[0].title.pt': undefined,
      'sessions[0].body[0].es_MX': 'es',
    });
  });

  it('what is said of each', () => {
    const [language, typo, own] = unreadKeys(feedWith({guidingQuestion: [], title: {en: 'T', sp: 'A'}, 'x-crm-id': 1}));
    expect(unreadNote(typo)).to.equal('did you mean "guidingQuestions"?');
    expect(unreadNote(language)).to.equal('not a language the widgets show (en, fr, es); did you mean "es"?');
    expect(unreadNote(own)).to.equal('not a key the widgets read');
  });

  it('the feed editor still keeps every such key when it writes the feed', () => {
    const json = feedWith({guidingQuestion: [{en: 'Q?'}], title: {en: 'T', sp: 'A'}, 'x-crm-id': 1});
    expect(JSON.parse(serializeFeed(json))).to.deep.equal(json);
  });
});
