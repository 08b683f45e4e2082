import {expect} from '@open-wc/testing';
import {parseFeed} from './parse.js';
import {testFeed} from '../test-support/fixtures.js';

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
