import {expect} from '@open-wc/testing';
import {parseFeed} from '../../feed/parse.js';
import type {Feed, Language, Session} from '../../core/types.js';
import {programmeFeed} from '../../test-support/programme.js';
import {applicable, dayOf, filterChoices, kindOf, matcher, NO_FILTER, readUrl, searchIndex, writeUrl, type AgendaFilter} from './agenda.query.js';
import {fold} from '../../internal/text.js';

const feed: Feed = parseFeed(programmeFeed(20)).feed!;
const ZONE = 'Europe/Madrid';
const find = (f: Partial<AgendaFilter>, lang: Language = 'en', starred: ReadonlySet<string> = new Set(), status = (_: Session) => 'upcoming') =>
  feed.sessions.filter(matcher({...NO_FILTER, ...f}, {index: searchIndex(feed, lang), zone: ZONE, fallback: 'en', status, starred})).map((s) => s.id);

describe('agenda filters and search', () => {
  it('folds case and accents', () => {
    expect(fold('Énergie  TRANSITION')).to.equal('energie transition');
    expect(fold('Financiación')).to.equal(fold('financiacion'));
  });

  it('searches the widget language, ignoring case and accents, in EN, FR and ES', () => {
    const energy = ['s0', 's7', 's14'];
    expect(find({query: 'ENERGY'})).to.deep.equal(energy);
    expect(find({query: 'energetique'}, 'fr')).to.deep.equal(energy);
    expect(find({query: 'énergétique'}, 'fr')).to.deep.equal(energy);
    expect(find({query: 'energetica'}, 'es')).to.deep.equal(energy);
    expect(find({query: 'transición ENERGÉTICA'}, 'es')).to.deep.equal(energy);
    expect(find({query: 'energetica'}, 'en'), 'English widget: the English text').to.deep.equal([]);
    // Words in any order, every one must match.
    expect(find({query: 'transition energy'})).to.deep.equal(energy);
    expect(find({query: 'energy housing'})).to.deep.equal([]);
  });

  it('searches people\'s names and affiliations, questions and background', () => {
    expect(find({query: 'lucia ferran'})).to.deep.equal(find({query: 'Lucía'}));
    expect(find({query: 'lucia'}).length).to.be.greaterThan(0);
    expect(find({query: 'ayuntamiento'}, 'es')).to.deep.equal(find({query: 'city council'}, 'en'));
    expect(find({query: 'fictional session for tests'})).to.have.length(20);
    expect(find({query: 'sesion ficticia'}, 'es')).to.have.length(20);
  });

  it('filters by day, kind, language spoken or interpreted, format, status and starred', () => {
    expect(find({day: '2027-06-15'})).to.deep.equal(['s0', 's1', 's2', 's3']);
    expect(find({kind: 'workshop'})).to.deep.equal(['s1', 's6', 's11', 's16']);
    expect(find({language: 'ar'})).to.deep.equal(['s2', 's6', 's10', 's14', 's18']);
    expect(find({format: 'online'})).to.deep.equal(['s2', 's5', 's8', 's11', 's14', 's17']);
    expect(find({status: 'live'}, 'en', new Set(), (s) => (s.id === 's4' ? 'live' : 'upcoming'))).to.deep.equal(['s4']);
    expect(find({view: 'mine'}, 'en', new Set(['s3', 's9']))).to.deep.equal(['s3', 's9']);
    expect(find({kind: 'workshop', format: 'online'})).to.deep.equal(['s11']);
  });

  it('gives each session\'s day in the zone asked and its kind in the language asked, asked again and again', () => {
    // The first session starts at 09:00 in Madrid: still the day before in Honolulu.
    const s = feed.sessions[0];
    for (let i = 0; i < 2; i++) {
      expect(dayOf(s, ZONE)).to.equal('2027-06-15');
      expect(dayOf(s, 'Pacific/Honolulu')).to.equal('2027-06-14');
      expect(kindOf(s, 'en')).to.equal('plenary');
      expect(kindOf(s, 'fr')).to.equal('pleniere');
    }
  });

  it('offers only the choices the feed has', () => {
    const c = filterChoices(feed.sessions as Session[], ZONE, 'en');
    expect(c.days).to.deep.equal(['2027-06-15', '2027-06-16', '2027-06-17', '2027-06-18', '2027-06-19']);
    expect([...c.kinds.keys()]).to.deep.equal(['plenary', 'workshop', 'lab', 'side event', 'round table']);
    expect(c.languages).to.deep.equal(['ar', 'en', 'es', 'fr']);
    expect(c.formats).to.deep.equal(['in-person', 'hybrid', 'online']);
    const plain = parseFeed({...programmeFeed(2), sessions: (programmeFeed(2).sessions as Record<string, unknown>[]).map(({languages, location, ...s}) => s)}).feed!;
    const none = filterChoices(plain.sessions as Session[], ZONE, 'en');
    expect(none.languages).to.deep.equal([]);
    expect(none.formats).to.deep.equal([]);
  });

  it('applies only what the sessions have: an unknown day, kind, language or format is "any"', () => {
    const c = filterChoices(feed.sessions as Session[], ZONE, 'en');
    const set = {...NO_FILTER, query: 'energy', status: 'upcoming', view: 'mine'} as const;
    // Known values stay (a kind as the select writes it: folded), and the same object comes back.
    const known = {...set, day: '2027-06-16', kind: 'side event', language: 'ar', format: 'hybrid'} as const;
    expect(applicable(known, c)).to.equal(known);
    expect(applicable({...known, kind: 'Side  Event'}, c)).to.deep.equal(known);
    // A day of another zone or year, a kind or language the programme has not, a format it has not.
    const unknown = {...set, day: '2030-01-01', kind: 'nonsense', language: 'de', format: 'online'} as const;
    const inPerson = filterChoices((feed.sessions as Session[]).filter((s) => s.location?.mode === 'in-person'), ZONE, 'en');
    expect(applicable(unknown, inPerson)).to.deep.equal(set);
    expect(applicable({...unknown, format: 'in-person'}, inPerson), 'one format: no select, no filter').to.deep.equal(set);
    // One day only: the day select is not shown, so its value is not applied either.
    const oneDay = filterChoices((feed.sessions as Session[]).filter((s) => dayOf(s, ZONE) === '2027-06-15'), ZONE, 'en');
    expect(applicable({...set, day: '2027-06-15'}, oneDay).day).to.equal('');
  });
});

describe('agenda state in the URL', () => {
  const state: AgendaFilter = {...NO_FILTER, query: 'énergie & co', day: '2027-06-16', kind: 'workshop', language: 'fr', format: 'hybrid', status: 'upcoming', view: 'mine'};

  it('round-trips through the query string and keeps the page\'s own parameters', () => {
    const page = new URL('https://partner.example/programme?page=2&q=mine&agenda-junk=1#top');
    const url = writeUrl(page, 'query', 'agenda-', state);
    expect(url.searchParams.get('page')).to.equal('2');
    expect(url.searchParams.get('q'), 'the page\'s own q').to.equal('mine');
    expect(url.searchParams.get('agenda-q')).to.equal('énergie & co');
    expect(url.hash).to.equal('#top');
    expect(readUrl(url, 'query', 'agenda-')).to.deep.equal(state);
    const cleared = writeUrl(url, 'query', 'agenda-', NO_FILTER);
    expect(cleared.search).to.equal('?page=2&q=mine&agenda-junk=1');
  });

  it('round-trips through the fragment, and leaves an anchor alone while nothing is set', () => {
    const page = new URL('https://partner.example/programme?page=2#top');
    const url = writeUrl(page, 'hash', 'p1-', state);
    expect(url.search).to.equal('?page=2');
    expect(readUrl(url, 'hash', 'p1-')).to.deep.equal(state);
    expect(readUrl(url, 'hash', 'agenda-'), 'another prefix').to.deep.equal(NO_FILTER);
    expect(writeUrl(page, 'hash', 'p1-', NO_FILTER).href).to.equal(page.href);
  });

  it('reads nothing it does not understand, and nothing with url-state none', () => {
    const url = new URL('https://partner.example/?agenda-format=teleport&agenda-status=soon&agenda-day=tomorrow&agenda-view=x&agenda-q=ok');
    expect(readUrl(url, 'query', 'agenda-')).to.deep.equal({...NO_FILTER, query: 'ok'});
    expect(readUrl(url, 'none', 'agenda-')).to.deep.equal(NO_FILTER);
    expect(writeUrl(url, 'none', 'agenda-', state).href).to.equal(url.href);
  });
});
