import {expect} from '@open-wc/testing';
import {parseFeed} from './parse.js';
import {forumFeed, forumSession, testFeed} from '../test-support/fixtures.js';

type Json = Record<string, any>;
const paths = (json: unknown) => parseFeed(json).problems.map((p) => p.path);
const messageAt = (json: unknown, path: string) => parseFeed(json).problems.find((p) => p.path === path)?.message;
function withSession(patch: (s: Json) => void): Json {
  const feed = testFeed() as Json;
  patch(feed.sessions[0]);
  return feed;
}

describe('parseFeed: good input', () => {
  it('reads every session into instants, with no problems', () => {
    const {feed, problems} = parseFeed(testFeed());
    expect(problems.filter((p) => !p.path.includes('links'))).to.deep.equal([]);
    expect(feed!.sessions.map((s) => s.id)).to.deep.equal(['digital', 'health', 'cancelled']);
    expect(new Date(feed!.sessions[0].start).toISOString()).to.equal('2021-05-19T10:00:00.000Z');
    expect(new Date(feed!.sessions[0].end).toISOString()).to.equal('2021-05-19T11:30:00.000Z');
  });

  it('reads a wall-clock time without offset in the session zone, whatever the browser zone', () => {
    const health = parseFeed(testFeed()).feed!.sessions[1];
    expect(new Date(health.start).toISOString()).to.equal('2021-05-20T10:00:00.000Z');
    expect(new Date(health.end).toISOString()).to.equal('2021-05-20T11:30:00.000Z');
  });

  it('applies the offset in winter and summer correctly for a zone without offset', () => {
    const feed = withSession((s) => Object.assign(s, {start: '2021-01-15T12:00', end: '2021-01-15T13:00'}));
    expect(new Date(parseFeed(feed).feed!.sessions[0].start).toISOString()).to.equal('2021-01-15T11:00:00.000Z');
  });

  it('returns a feed it parsed before as it is', () => {
    const {feed} = parseFeed(testFeed());
    expect(parseFeed(feed)).to.deep.equal({feed, problems: []});
    expect(parseFeed(feed).feed).to.equal(feed);
  });

  it('freezes the feed and everything in it', () => {
    const {feed} = parseFeed(testFeed());
    expect(Object.isFrozen(feed)).to.be.true;
    expect(Object.isFrozen(feed!.sessions)).to.be.true;
    expect(Object.isFrozen(feed!.sessions[0].title)).to.be.true;
    expect(Object.isFrozen(feed!.sessions[0].links)).to.be.true;
  });

  it('ignores unknown fields so a richer feed still works', () => {
    const feed = withSession((s) => Object.assign(s, {speakers: ['A'], venue: {city: 'Madrid'}}));
    (feed as Json).extra = true;
    const result = parseFeed(feed);
    expect(result.feed!.sessions).to.have.length(3);
    expect(paths(feed)).to.deep.equal(['sessions[0].links.register']);
  });

  it('keeps http, https and mailto links and drops any other scheme with a problem', () => {
    const links = withSession((s) => (s.links = {details: 'mailto:a@b.org', stream: 'JaVaScRiPt:alert(1)', recording: 'data:text/html,x', register: ' https://x.org'}));
    const s = parseFeed(links).feed!.sessions[0];
    expect(s.links).to.deep.equal({details: 'mailto:a@b.org'});
    expect(paths(links)).to.include.members(['sessions[0].links.stream', 'sessions[0].links.recording', 'sessions[0].links.register']);
  });

  it('defaults status to scheduled and reads cancelled', () => {
    const {feed} = parseFeed(testFeed());
    expect(feed!.sessions[0].status).to.equal('scheduled');
    expect(feed!.sessions[2].status).to.equal('cancelled');
  });
});

describe('parseFeed: bad input', () => {
  for (const [name, value] of [['null', null], ['an array', []], ['a string', 'feed'], ['a number', 1]] as const) {
    it(`rejects ${name} as a whole feed`, () => {
      const r = parseFeed(value);
      expect(r.feed).to.equal(null);
      expect(r.problems[0].path).to.equal('$');
    });
  }

  it('rejects {} and an unsupported version, naming version', () => {
    expect(paths({})).to.deep.equal(['version']);
    const v2 = {...testFeed(), version: 2};
    expect(parseFeed(v2).feed).to.equal(null);
    expect(messageAt(v2, 'version')).to.contain('2 is not a supported version');
  });

  it('rejects an event without id, name or a known default language', () => {
    const feed = {...testFeed(), event: {name: 'UCLG', defaultLanguage: 'de'}};
    expect(parseFeed(feed).feed).to.equal(null);
    expect(paths(feed)).to.deep.equal(['event.id', 'event.name', 'event.defaultLanguage']);
    expect(messageAt(feed, 'event.name')).to.contain('plain string');
  });

  it('says which date-time is wrong, with its path and value', () => {
    const feed = withSession((s) => (s.start = '2021-05-19 12h'));
    expect(messageAt(feed, 'sessions[0].start')).to.equal(
      '"2021-05-19 12h" is not a date-time; expected ISO 8601 such as "2021-05-19T12:00:00+02:00" or "2021-05-19T12:00" (time in timeZone)',
    );
  });

  for (const bad of ['2021-02-30T12:00', '2021-13-01T12:00', '2021-05-19T24:00', '2021-05-19T12:00+15:00', '2021-05-19', 'tomorrow']) {
    it(`rejects the impossible date-time ${bad}`, () => {
      expect(paths(withSession((s) => (s.start = bad)))).to.include('sessions[0].start');
    });
  }

  it('drops a bad session and keeps the others', () => {
    const feed = withSession((s) => {
      s.end = s.start;
      delete s.title;
    });
    const r = parseFeed(feed);
    expect(r.feed!.sessions.map((s) => s.id)).to.deep.equal(['health', 'cancelled']);
    expect(paths(feed)).to.include.members(['sessions[0].title', 'sessions[0].end']);
    expect(messageAt(feed, 'sessions[0].end')).to.contain('is not after start');
  });

  it('rejects an unknown time zone, a bad status, and a duplicate id', () => {
    const feed = testFeed() as Json;
    feed.sessions[0].timeZone = 'Mars/Olympus';
    feed.sessions[1].status = 'maybe';
    feed.sessions.push({...feed.sessions[2]});
    const r = parseFeed(feed);
    expect(r.feed!.sessions.map((s) => s.id)).to.deep.equal(['cancelled']);
    expect(paths(feed)).to.include.members(['sessions[0].timeZone', 'sessions[1].status', 'sessions[3].id']);
  });

  it('requires at least one language in every text and ignores non-string translations', () => {
    const feed = withSession((s) => {
      s.kind = {de: 'Dialog'};
      s.title = {en: 'Title', fr: 42};
    });
    expect(paths(feed)).to.include.members(['sessions[0].kind', 'sessions[0].title.fr']);
  });

  it('drops an empty question but keeps the rest', () => {
    const feed = withSession((s) => s.guidingQuestions.splice(1, 0, {}));
    const r = parseFeed(feed);
    expect(r.feed!.sessions[0].guidingQuestions).to.have.length(6);
    expect(paths(feed)).to.include('sessions[0].guidingQuestions[1]');
  });

  it('reports sessions that is not a list, and keeps the event', () => {
    const feed = {...testFeed(), sessions: {}};
    const r = parseFeed(feed);
    expect(r.feed!.sessions).to.deep.equal([]);
    expect(paths(feed)).to.deep.equal(['sessions']);
  });
});

describe('parseFeed: wall-clock times around daylight-saving changes', () => {
  // The fixture's first session has a javascript: link (reported); this block is about times only.
  const madrid = (start: string, end: string) => withSession((s) => Object.assign(s, {start, end, timeZone: 'Europe/Madrid', links: {}}));

  it('drops a session that starts in the spring-forward gap and says that the time does not exist', () => {
    const feed = madrid('2021-03-28T02:30', '2021-03-28T03:30');
    const {feed: parsed, problems} = parseFeed(feed);
    expect(parsed!.sessions.map((s) => s.id)).to.deep.equal(['health', 'cancelled']);
    const mine = problems.filter((p) => p.path.startsWith('sessions[0]'));
    expect(mine).to.deep.equal([
      {path: 'sessions[0].start', message: '02:30 does not exist in Europe/Madrid on 28 March 2021: clocks jump from 02:00 to 03:00'},
    ]);
  });

  it('says the same of an end in the gap, and of a registration closing in it (dropped, session kept)', () => {
    expect(messageAt(madrid('2021-03-28T01:30', '2021-03-28T02:15'), 'sessions[0].end'))
      .to.equal('02:15 does not exist in Europe/Madrid on 28 March 2021: clocks jump from 02:00 to 03:00');
    const closing = withSession((s) => Object.assign(s, {links: {}, start: '2021-03-28T10:00', end: '2021-03-28T11:00', timeZone: 'Europe/Madrid', registration: {closes: '2021-03-28T02:59:30'}}));
    const {feed, problems} = parseFeed(closing);
    expect(feed!.sessions[0].registration).to.deep.equal({full: false});
    expect(problems.find((p) => p.path === 'sessions[0].registration.closes')?.message)
      .to.equal('02:59:30 does not exist in Europe/Madrid on 28 March 2021: clocks jump from 02:00 to 03:00');
  });

  it('names the jump in other zones: New York at 02:00, Lord Howe by half an hour', () => {
    const ny = withSession((s) => Object.assign(s, {start: '2021-03-14T02:00', end: '2021-03-14T04:00', timeZone: 'America/New_York'}));
    expect(messageAt(ny, 'sessions[0].start')).to.equal('02:00 does not exist in America/New_York on 14 March 2021: clocks jump from 02:00 to 03:00');
    const lh = withSession((s) => Object.assign(s, {start: '2021-10-03T02:10', end: '2021-10-03T04:00', timeZone: 'Australia/Lord_Howe'}));
    expect(messageAt(lh, 'sessions[0].start')).to.equal('02:10 does not exist in Australia/Lord_Howe on 3 October 2021: clocks jump from 02:00 to 02:30');
  });

  it('keeps the times on either side of the gap, and a gap time written with its offset', () => {
    for (const [start, end] of [['2021-03-28T01:00', '2021-03-28T01:59'], ['2021-03-28T03:00', '2021-03-28T04:00'], ['2021-03-28T02:30:00+01:00', '2021-03-28T04:00']]) {
      const {feed, problems} = parseFeed(madrid(start, end));
      expect(problems.filter((p) => p.path.startsWith('sessions[0]')), start).to.deep.equal([]);
      expect(feed!.sessions[0].id).to.equal('digital');
    }
  });

  it('reads a fall-back time that happens twice as the earlier one (summer time), as before, with no problem', () => {
    const {feed, problems} = parseFeed(madrid('2021-10-31T02:30', '2021-10-31T03:30'));
    expect(problems.filter((p) => p.path.startsWith('sessions[0]'))).to.deep.equal([]);
    const s = feed!.sessions[0];
    expect(new Date(s.start).toISOString()).to.equal('2021-10-31T00:30:00.000Z'); // 02:30 CEST (+02:00)
    expect(new Date(s.end).toISOString()).to.equal('2021-10-31T02:30:00.000Z'); // 03:30 CET (+01:00), after the second 02:00–03:00
  });
});

describe('parseFeed: people, languages, location, registration (issue 17)', () => {
  /** The forum session with `patch` applied to its JSON; the parsed session and the problems. */
  function forum(patch: (s: Json) => void = () => {}) {
    const json = forumSession() as Json;
    patch(json);
    const {feed, problems} = parseFeed(forumFeed(json));
    return {session: feed!.sessions[0], problems, paths: problems.map((p) => p.path), at: (path: string) => problems.find((p) => p.path === `sessions[0].${path}`)?.message};
  }
  const person = (name: string, more: Json = {}) => ({name, role: 'speaker', ...more});

  it('reads every new field of the forum session, with no problems', () => {
    const {session, problems} = forum();
    expect(problems).to.deep.equal([]);
    expect(session.people.map((p) => [p.name, p.role])).to.deep.equal([
      ['Amara Okafor', 'moderator'], ['Lucía Ferrán', 'host'], ['Kenji Watanabe', 'keynote'], ['Élise Marchand', 'speaker'],
      ['Tomás Ibarra', 'speaker'], ['Nadia Haddad', 'speaker'], ['Piet de Vries', 'speaker'], ['Grace Mensah', 'rapporteur'],
    ]);
    expect(session.people[0]).to.deep.equal({
      name: 'Amara Okafor', role: 'moderator', photo: 'https://example.org/photos/amara-okafor.jpg',
      affiliation: {en: 'Riverside City Council', fr: 'Conseil municipal de Riverside', es: 'Ayuntamiento de Riverside'},
    });
    expect(session.people[3]).not.to.have.property('photo');
    expect(session.languages).to.deep.equal({spoken: ['en', 'es'], interpretation: ['en', 'fr', 'es', 'ar']});
    expect(session.location).to.deep.equal({
      mode: 'hybrid',
      venue: {en: 'Riverside Conference Hall', fr: 'Palais des congrès de Riverside', es: 'Palacio de Congresos de Riverside'},
      address: {en: '1 Harbour Square', fr: '1, place du Port', es: 'Plaza del Puerto, 1'},
      city: {en: 'Riverside', fr: 'Riverside', es: 'Riverside'},
      country: 'ES',
      map: 'https://example.org/riverside/map',
    });
    expect(session.registration).to.deep.equal({closes: Date.parse('2027-06-14T16:00:00Z'), full: false});
  });

  it('freezes people, languages, location and registration', () => {
    const {session} = forum();
    for (const part of [session.people, session.people[0], session.people[0].affiliation, session.languages, session.languages!.spoken,
      session.languages!.interpretation, session.location, session.location!.venue, session.registration]) {
      expect(Object.isFrozen(part), JSON.stringify(part)).to.be.true;
    }
  });

  it('keeps existing feeds as they were: nobody, and no languages, location or registration', () => {
    const {feed, problems} = parseFeed(testFeed());
    expect(problems.map((p) => p.path)).to.deep.equal(['sessions[0].links.register']);
    for (const s of feed!.sessions) {
      expect(s.people).to.deep.equal([]);
      expect(Object.isFrozen(s.people)).to.be.true;
      expect(s).not.to.have.any.keys('languages', 'location', 'registration');
    }
  });

  it('reads a person with only a name as a speaker, and trims the name', () => {
    const {session, problems} = forum((s) => (s.people = [{name: '  Ana Ruiz '}]));
    expect(problems).to.deep.equal([]);
    expect(session.people).to.deep.equal([{name: 'Ana Ruiz', role: 'speaker'}]);
  });

  it('keeps a person\'s http, https or mailto page', () => {
    const {session, problems} = forum((s) => (s.people = [person('A', {url: 'mailto:a@example.org'}), person('B', {url: 'http://example.org/b'})]));
    expect(problems).to.deep.equal([]);
    expect(session.people.map((p) => p.url)).to.deep.equal(['mailto:a@example.org', 'http://example.org/b']);
  });

  for (const photo of ['http://example.org/a.jpg', 'javascript:alert(1)', 'data:image/png;base64,AAAA', '/photos/a.jpg', '//example.org/a.jpg', 'mailto:a@b.org', 5, '']) {
    it(`drops the photo ${JSON.stringify(photo)} with a warning and keeps the person and the session`, () => {
      const {session, paths, at} = forum((s) => (s.people[0].photo = photo));
      expect(paths).to.deep.equal(['sessions[0].people[0].photo']);
      expect(at('people[0].photo')).to.equal(`${JSON.stringify(photo)} is not an absolute https URL; the photo is dropped (initials are shown)`);
      expect(session.people).to.have.length(8);
      expect(session.people[0]).not.to.have.property('photo');
      expect(session.people[0].name).to.equal('Amara Okafor');
    });
  }

  it('accepts https in any case for a photo', () => {
    const {session, problems} = forum((s) => (s.people[0].photo = 'HTTPS://EXAMPLE.ORG/A.JPG'));
    expect(problems).to.deep.equal([]);
    expect(session.people[0].photo).to.equal('HTTPS://EXAMPLE.ORG/A.JPG');
  });

  for (const role of ['panelist', 'Moderator', '', 5, null]) {
    it(`shows the unknown role ${JSON.stringify(role)} as speaker and reports it`, () => {
      const {session, paths, at} = forum((s) => (s.people[0].role = role));
      expect(paths).to.deep.equal(['sessions[0].people[0].role']);
      expect(at('people[0].role')).to.contain('shown as "speaker"');
      expect(session.people[0].role).to.equal('speaker');
    });
  }

  for (const name of [undefined, '', '   ', 5, {en: 'Ana'}]) {
    it(`drops a person whose name is ${JSON.stringify(name) ?? 'missing'}, reports it, and keeps the others`, () => {
      const {session, paths, at} = forum((s) => (s.people[1].name = name));
      expect(paths).to.deep.equal(['sessions[0].people[1].name']);
      expect(at('people[1].name')).to.contain('the person is dropped');
      expect(session.people.map((p) => p.name)).not.to.include('Lucía Ferrán');
      expect(session.people).to.have.length(7);
    });
  }

  it('reports every problem of a person it drops', () => {
    const {session, paths} = forum((s) => (s.people = [{role: 'chair', photo: 'http://x.org/a.jpg', url: 'javascript:x', affiliation: 'Mayor'}]));
    expect(session.people).to.deep.equal([]);
    expect(paths).to.have.members(['name', 'role', 'photo', 'url', 'affiliation'].map((k) => `sessions[0].people[0].${k}`));
  });

  it('drops a bad affiliation or page, not the person', () => {
    const {session, paths, at} = forum((s) => {
      s.people[0].affiliation = 'Riverside City Council';
      s.people[1].affiliation = {de: 'Stadt'};
      s.people[2].url = 'javascript:alert(1)';
    });
    expect(paths).to.deep.equal(['sessions[0].people[0].affiliation', 'sessions[0].people[1].affiliation', 'sessions[0].people[2].url']);
    expect(at('people[0].affiliation')).to.contain('plain string');
    expect(session.people.slice(0, 3).map((p) => Object.keys(p).sort())).to.deep.equal([['name', 'photo', 'role'], ['name', 'photo', 'role'], ['affiliation', 'name', 'photo', 'role']]);
  });

  for (const people of [{name: 'Ana'}, 'Ana, Luis', 5, null]) {
    it(`reports people that is ${JSON.stringify(people)} and shows nobody`, () => {
      const {session, paths} = forum((s) => (s.people = people));
      expect(paths).to.deep.equal(['sessions[0].people']);
      expect(session.people).to.deep.equal([]);
    });
  }

  it('ignores an entry of people that is not an object, with a problem', () => {
    const {session, paths} = forum((s) => (s.people = ['Ana', null, person('Luis')]));
    expect(paths).to.deep.equal(['sessions[0].people[0]', 'sessions[0].people[1]']);
    expect(session.people.map((p) => p.name)).to.deep.equal(['Luis']);
  });

  it('canonicalizes language tags and lists each language once', () => {
    const {session, problems} = forum((s) => (s.languages = {spoken: ['EN', 'en', 'es-419', 'zh-hant-tw'], interpretation: ['iw', 'he', 'pt-br']}));
    expect(problems).to.deep.equal([]);
    expect(session.languages).to.deep.equal({spoken: ['en', 'es-419', 'zh-Hant-TW'], interpretation: ['he', 'pt-BR']});
  });

  it('reads languages with only spoken or only interpretation', () => {
    expect(forum((s) => (s.languages = {spoken: ['fr']})).session.languages).to.deep.equal({spoken: ['fr'], interpretation: []});
    expect(forum((s) => (s.languages = {interpretation: ['ar']})).session.languages).to.deep.equal({spoken: [], interpretation: ['ar']});
    expect(forum((s) => (s.languages = {})).session).not.to.have.property('languages');
  });

  for (const tag of ['en_US', '', 'x-private', 'abcd', 'e', 'en--us', 'root', 5, null, ['en']]) {
    it(`drops the malformed language tag ${JSON.stringify(tag)} with a warning and keeps the others`, () => {
      const {session, paths, at} = forum((s) => (s.languages.interpretation = ['fr', tag, 'ar']));
      expect(paths).to.deep.equal(['sessions[0].languages.interpretation[1]']);
      expect(at('languages.interpretation[1]')).to.contain('is not a BCP 47 language tag');
      expect(session.languages!.interpretation).to.deep.equal(['fr', 'ar']);
    });
  }

  it('keeps a well-formed tag that Intl cannot name and reports it (the widgets show the tag)', () => {
    const {session, paths, at} = forum((s) => (s.languages.spoken = ['xx', 'en']));
    expect(paths).to.deep.equal(['sessions[0].languages.spoken[0]']);
    expect(at('languages.spoken[0]')).to.equal('"xx" is not a language this runtime can name; shown as the tag');
    expect(session.languages!.spoken).to.deep.equal(['xx', 'en']);
  });

  it('drops languages that are not an object, and a list that is not a list', () => {
    const bad = forum((s) => (s.languages = ['en', 'es']));
    expect(bad.paths).to.deep.equal(['sessions[0].languages']);
    expect(bad.session).not.to.have.property('languages');
    const halfBad = forum((s) => (s.languages.spoken = 'en'));
    expect(halfBad.paths).to.deep.equal(['sessions[0].languages.spoken']);
    expect(halfBad.session.languages).to.deep.equal({spoken: [], interpretation: ['en', 'fr', 'es', 'ar']});
    const allBad = forum((s) => (s.languages = {spoken: ['en_GB']}));
    expect(allBad.paths).to.deep.equal(['sessions[0].languages.spoken[0]']);
    expect(allBad.session).not.to.have.property('languages');
  });

  it('reads an online place with nothing but its mode, and a country in lower case', () => {
    expect(forum((s) => (s.location = {mode: 'online'})).session.location).to.deep.equal({mode: 'online'});
    const lower = forum((s) => (s.location = {mode: 'in-person', country: 'es'}));
    expect(lower.problems).to.deep.equal([]);
    expect(lower.session.location).to.deep.equal({mode: 'in-person', country: 'ES'});
  });

  for (const country of ['ESP', 'E', 'E1', 'É1', ' ES', 724, null]) {
    it(`drops the country ${JSON.stringify(country)} with a warning and keeps the place`, () => {
      const {session, paths, at} = forum((s) => (s.location.country = country));
      expect(paths).to.deep.equal(['sessions[0].location.country']);
      expect(at('location.country')).to.contain('is not an ISO 3166-1 alpha-2 country code');
      expect(session.location).not.to.have.property('country');
      expect(session.location!.mode).to.equal('hybrid');
    });
  }

  it('keeps a two-letter country that Intl cannot name and reports it', () => {
    const {session, paths, at} = forum((s) => (s.location.country = 'XX'));
    expect(paths).to.deep.equal(['sessions[0].location.country']);
    expect(at('location.country')).to.contain('not a country this runtime can name');
    expect(session.location!.country).to.equal('XX');
  });

  for (const mode of ['virtual', 'In-person', '', undefined, 1]) {
    it(`drops the place whose mode is ${JSON.stringify(mode) ?? 'missing'}, reports it, and keeps the session`, () => {
      const {session, paths, at} = forum((s) => (s.location.mode = mode));
      expect(paths).to.deep.equal(['sessions[0].location.mode']);
      expect(at('location.mode')).to.contain('is not one of "online", "in-person", "hybrid"');
      expect(session).not.to.have.property('location');
      expect(session.people).to.have.length(8);
    });
  }

  it('reports every problem of a place it drops', () => {
    const {paths} = forum((s) => (s.location = {mode: 'virtual', venue: 'Hall', country: 'ESP', map: 'ftp://x.org'}));
    expect(paths).to.have.members(['mode', 'venue', 'country', 'map'].map((k) => `sessions[0].location.${k}`));
  });

  it('drops a bad venue, address, city or map, not the place; a map is http or https', () => {
    const {session, paths} = forum((s) => {
      Object.assign(s.location, {venue: 'Riverside Hall', address: {}, city: 5, map: 'mailto:map@example.org'});
    });
    expect(paths).to.deep.equal(['venue', 'address', 'city', 'map'].map((k) => `sessions[0].location.${k}`));
    expect(session.location).to.deep.equal({mode: 'hybrid', country: 'ES'});
    expect(forum((s) => (s.location.map = 'http://example.org/map')).session.location!.map).to.equal('http://example.org/map');
  });

  it('drops a location that is not an object', () => {
    const {session, paths} = forum((s) => (s.location = 'Riverside'));
    expect(paths).to.deep.equal(['sessions[0].location']);
    expect(session).not.to.have.property('location');
  });

  it('reads closes as wall-clock time in the session zone, or with its own offset', () => {
    const ny = forum((s) => Object.assign(s, {timeZone: 'America/New_York', start: '2027-01-15T10:00', end: '2027-01-15T11:00', registration: {closes: '2027-01-14T09:00'}}));
    expect(ny.problems).to.deep.equal([]);
    expect(new Date(ny.session.registration!.closes!).toISOString()).to.equal('2027-01-14T14:00:00.000Z');
    const offset = forum((s) => (s.registration.closes = '2027-06-15T07:00:00Z'));
    expect(new Date(offset.session.registration!.closes!).toISOString()).to.equal('2027-06-15T07:00:00.000Z');
  });

  it('reads registration without closes as open, full as false by default, and full: true', () => {
    expect(forum((s) => (s.registration = {})).session.registration).to.deep.equal({full: false});
    const full = forum((s) => (s.registration = {full: true}));
    expect(full.problems).to.deep.equal([]);
    expect(full.session.registration).to.deep.equal({full: true});
  });

  it('reports closes after the session starts, and keeps it; closing at the start is fine', () => {
    const late = forum((s) => (s.registration.closes = '2027-06-15T10:30'));
    expect(late.paths).to.deep.equal(['sessions[0].registration.closes']);
    expect(late.at('registration.closes')).to.equal('"2027-06-15T10:30" is after the session\'s start "2027-06-15T10:00"; registration usually closes before it starts');
    expect(late.session.registration!.closes).to.equal(Date.parse('2027-06-15T08:30:00Z'));
    expect(forum((s) => (s.registration.closes = '2027-06-15T08:00:00Z')).problems).to.deep.equal([]);
  });

  for (const closes of ['2027-06-14', '2027-02-30T10:00', 'tomorrow', 1815000000000, null]) {
    it(`drops the closing time ${JSON.stringify(closes)} with a warning and keeps the registration`, () => {
      const {session, paths, at} = forum((s) => (s.registration.closes = closes));
      expect(paths).to.deep.equal(['sessions[0].registration.closes']);
      expect(at('registration.closes')).to.contain('is not a date-time');
      expect(session.registration).to.deep.equal({full: false});
    });
  }

  for (const full of ['yes', 'true', 1, null]) {
    it(`reads full ${JSON.stringify(full)} as false and reports it`, () => {
      const {session, paths} = forum((s) => (s.registration.full = full));
      expect(paths).to.deep.equal(['sessions[0].registration.full']);
      expect(session.registration!.full).to.equal(false);
    });
  }

  it('drops a registration that is not an object', () => {
    const {session, paths} = forum((s) => (s.registration = true));
    expect(paths).to.deep.equal(['sessions[0].registration']);
    expect(session).not.to.have.property('registration');
  });

  it('never drops the session for a problem in these parts', () => {
    const feed = forumFeed(
      forumSession({id: 'a', people: 5, languages: 5, location: 5, registration: 5}),
      forumSession({id: 'b', people: [{}], languages: {spoken: [5]}, location: {}, registration: {closes: 5, full: 5}}),
    );
    const {feed: parsed, problems} = parseFeed(feed);
    expect(parsed!.sessions.map((s) => s.id)).to.deep.equal(['a', 'b']);
    expect(problems).to.have.length(9);
  });
});

describe('examples/feed.json', () => {
  it('is a valid feed with both seed sessions, complete in en, fr and es', async () => {
    const json = await (await fetch('/examples/feed.json')).json();
    const {feed, problems} = parseFeed(json);
    expect(problems).to.deep.equal([]);
    expect(feed!.sessions.map((s) => s.id)).to.deep.equal(['inclusive-digitalization', 'healthy-territories']);
    expect(feed!.sessions.map((s) => [s.body.length, s.guidingQuestions.length])).to.deep.equal([[6, 6], [5, 6]]);
    expect(new Date(feed!.sessions[0].start).toISOString()).to.equal('2021-05-19T10:00:00.000Z');
    expect(new Date(feed!.sessions[1].end).toISOString()).to.equal('2021-05-20T11:30:00.000Z');
    for (const s of feed!.sessions) {
      for (const text of [s.kind, s.title, ...s.body, ...s.guidingQuestions, feed!.event.theme!]) {
        expect(Object.keys(text).sort(), JSON.stringify(text).slice(0, 80)).to.deep.equal(['en', 'es', 'fr']);
      }
    }
    // The PDF footer split a paragraph: it must be joined, and never appear in the body.
    const health = feed!.sessions[1].body.map((p) => p.en!);
    expect(health.some((p) => p.includes('shapes the future of health systems in our territories'))).to.be.true;
    expect(health.join(' ')).not.to.contain('Care at the heart');
  });
});

describe('examples/forum-feed.json', () => {
  it('is a valid, clearly fictional feed that uses every new field, complete in en, fr and es', async () => {
    const json = await (await fetch('/examples/forum-feed.json')).json();
    const {feed, problems} = parseFeed(json);
    expect(problems).to.deep.equal([]);
    const {event, sessions} = feed!;
    for (const lang of ['en', 'fr', 'es'] as const) expect(event.name[lang]).to.match(/fictional|fictif|ficticio/);
    expect(sessions).to.have.length(5);
    const people = sessions.flatMap((s) => s.people);
    expect([...new Set(people.map((p) => p.role))].sort()).to.deep.equal(['host', 'keynote', 'moderator', 'rapporteur', 'speaker']);
    expect(Math.max(...sessions.map((s) => s.people.length))).to.be.above(6);
    expect(people.some((p) => !p.photo) && people.some((p) => p.photo) && people.some((p) => p.url)).to.be.true;
    // Placeholders only: nothing in the example may be fetched from a real site.
    for (const p of people) if (p.photo) expect(p.photo).to.match(/^https:\/\/example\.org\//);
    expect(sessions.map((s) => s.location?.mode).sort()).to.deep.equal(['hybrid', 'hybrid', 'in-person', 'in-person', 'online']);
    expect(sessions.some((s) => s.location?.venue && s.location.address && s.location.city && s.location.country && s.location.map)).to.be.true;
    expect(sessions.some((s) => s.languages?.interpretation.includes('ar') && s.languages.spoken.length)).to.be.true;
    expect(sessions.some((s) => s.registration?.closes !== undefined && s.registration.closes < s.start)).to.be.true;
    expect(sessions.some((s) => s.registration?.full)).to.be.true;
    expect(sessions.some((s) => !s.registration && s.links.stream)).to.be.true;
    expect(sessions.some((s) => s.links.register && s.links.stream && s.links.recording)).to.be.true;
    expect(sessions.some((s) => s.links.stream && !s.links.recording), 'one that ends without a recording yet').to.be.true;
    // The agenda's programme stories: several days, and a session that ends after midnight in event time.
    expect(new Set(sessions.map((s) => new Date(s.start + 2 * 3_600_000).toISOString().slice(0, 10))).size).to.equal(3);
    expect(sessions.some((s) => new Date(s.end + 2 * 3_600_000).getUTCDate() !== new Date(s.start + 2 * 3_600_000).getUTCDate())).to.be.true;
    const texts = [event.name, event.theme!, ...sessions.flatMap((s) => [
      s.kind, s.title, s.summary!, ...s.body, ...s.guidingQuestions,
      ...s.people.map((p) => p.affiliation!), ...[s.location?.venue, s.location?.address, s.location?.city].filter((t) => t !== undefined),
    ])];
    for (const text of texts) expect(Object.keys(text).sort(), JSON.stringify(text).slice(0, 80)).to.deep.equal(['en', 'es', 'fr']);
  });
});
