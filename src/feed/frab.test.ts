import {expect} from '@open-wc/testing';
import {feedToFrab, frabToFeed, frabXmlToFeed, frabXmlToJson, isoInZone} from './frab.js';
import {parseFeed} from './parse.js';

type Json = Record<string, any>;
const load = async (name: string) => (await fetch(`/test/fixtures/frab/${name}`)).text();

/** A small frab schedule; `event` is merged into its one event. */
const schedule = (event: Json = {}, conference: Json = {}): Json => ({
  schedule: {
    version: '1.0',
    base_url: 'https://example.org/conf/',
    conference: {
      acronym: 'conf2027', title: 'Conf 2027', start: '2027-06-15', end: '2027-06-15', daysCount: 1, timeslot_duration: '00:05',
      time_zone_name: 'Europe/Madrid',
      days: [{index: 1, date: '2027-06-15', day_start: '2027-06-15T08:00:00+02:00', day_end: '2027-06-15T20:00:00+02:00', rooms: {
        'Sala 1': [{
          guid: '36b973e6-6203-4506-9317-4959d04ce0d0', id: 1, date: '2027-06-15T10:00:00+02:00', start: '10:00', duration: '01:30',
          room: 'Sala 1', slug: 'water', url: 'talk/water/', title: 'Water', subtitle: '', track: 'Cities', type: 'Panel', language: 'es',
          abstract: 'Short.', description: 'One.\r\n\r\nTwo.', persons: [{id: 1, public_name: 'Ana Ruiz'}], links: [], attachments: [],
          ...event,
        }],
      }}],
      ...conference,
    },
  },
});

describe('feed/frab: import schedule.json', () => {
  it('maps an event to a session: texts in its language, start as given, end from the duration, people, details link', () => {
    const {feed, problems} = frabToFeed(schedule());
    expect(problems.map((p) => p.path)).to.deep.equal(['schedule.conference.days[0].rooms["Sala 1"]']);
    expect(feed).to.deep.equal({
      version: 1,
      event: {id: 'conf2027', name: {en: 'Conf 2027'}, url: 'https://example.org/conf/', defaultLanguage: 'en'},
      sessions: [{
        id: 'water', kind: {es: 'Panel'}, title: {es: 'Water'}, summary: {es: 'Short.'}, body: [{es: 'One.'}, {es: 'Two.'}], theme: {es: 'Cities'},
        start: '2027-06-15T10:00:00+02:00', end: '2027-06-15T11:30:00+02:00', timeZone: 'Europe/Madrid',
        links: {details: 'https://example.org/conf/talk/water/'}, people: [{name: 'Ana Ruiz'}],
      }],
    });
    expect(parseFeed(feed).problems).to.deep.equal([]);
  });

  it('reports the room, a person without a name, links, a biography and a language outside en, fr, es, by path', () => {
    const {feed, problems} = frabToFeed(schedule({language: 'de', persons: [{id: 1, public_name: ''}, {id: 2, public_name: 'Kai', biography: 'Bio'}], links: [{url: 'https://x.org', title: 'Slides'}]}));
    const at = 'schedule.conference.days[0].rooms["Sala 1"][0]';
    expect(problems.map((p) => p.path)).to.deep.equal([
      'schedule.conference.days[0].rooms["Sala 1"]', `${at}.language`, `${at}.persons[0]`, `${at}.persons[1].biography`, `${at}.links`,
    ]);
    expect(problems[2].message).to.match(/has no name; the person is left out/);
    expect((feed as Json).sessions[0].people).to.deep.equal([{name: 'Kai'}]);
    expect((feed as Json).sessions[0].title).to.deep.equal({en: 'Water'});
  });

  it('reads the day and wall-clock start when there is no date, and an end when there is one', () => {
    const {feed} = frabToFeed(schedule({date: undefined, start: '9:30', duration: undefined, end: '2027-06-15T11:00:00+02:00'}));
    expect((feed as Json).sessions[0]).to.include({start: '2027-06-15T09:30', end: '2027-06-15T11:00:00+02:00'});
  });

  it('leaves out an event without title or duration, with why, and keeps ids unique', () => {
    const doc = schedule();
    const events = doc.schedule.conference.days[0].rooms['Sala 1'];
    events.push({...events[0], title: ''}, {...events[0], duration: 'soon'}, {...events[0]}, {...events[0], slug: 'not a slug!', code: 'ABC123'});
    const {feed, problems} = frabToFeed(doc);
    expect((feed as Json).sessions.map((s: Json) => s.id)).to.deep.equal(['water', 'water-2', 'ABC123']);
    expect(problems.map((p) => p.message).filter((m) => /left out|not an id/.test(m))).to.have.length(3);
    expect(parseFeed(feed).problems).to.deep.equal([]);
  });

  it('unwraps HTML descriptions into paragraphs of text', () => {
    const {feed} = frabToFeed(schedule({description: '<p>First &amp; <b>bold</b>.</p><p>Second<br>line</p>'}));
    expect((feed as Json).sessions[0].body).to.deep.equal([{es: 'First & bold.'}, {es: 'Second\nline'}]);
  });

  it('uses the zone it is given when the schedule names none, or UTC with a problem', () => {
    expect((frabToFeed(schedule({}, {time_zone_name: undefined}), {timeZone: 'Europe/Berlin'}).feed as Json).sessions[0].timeZone).to.equal('Europe/Berlin');
    const {feed, problems} = frabToFeed(schedule({}, {time_zone_name: undefined}));
    expect((feed as Json).sessions[0].timeZone).to.equal('UTC');
    expect(problems[0].path).to.equal('schedule.conference.time_zone_name');
  });

  it('gives no feed for JSON that is not a frab schedule', () => {
    expect(frabToFeed({version: 1}).feed).to.equal(null);
    expect(frabToFeed({schedule: {}}).problems).to.deep.equal([{path: 'schedule.conference', message: 'is missing: this is not a frab schedule ({"schedule": {"conference": {…}}})'}]);
  });

  it('imports a real frab export (Chaos Communication Camp 2019) into a valid feed, reporting rooms and German', async () => {
    const {feed, problems} = frabToFeed(JSON.parse(await load('camp2019.schedule.json')));
    expect(parseFeed(feed).problems).to.deep.equal([]);
    expect((feed as Json).sessions).to.have.length(8);
    expect((feed as Json).event).to.deep.equal({id: 'camp2019', name: {en: 'Chaos Communication Camp 2019'}, url: 'https://fahrplan.events.ccc.de/camp/2019/Fahrplan/', defaultLanguage: 'en'});
    expect(problems.filter((p) => /room "(Curie|Meitner)" is not mapped/.test(p.message))).to.have.length(4);
    expect(problems.filter((p) => /"de" is not en, fr or es/.test(p.message))).to.have.length(4);
  });
});

describe('feed/frab: import schedule.xml', () => {
  it('reads a real pentabarf export (FOSDEM 2018) like its JSON: persons as text, HTML unwrapped', async () => {
    const {feed, problems} = frabXmlToFeed(await load('fosdem2018.schedule.xml'), {timeZone: 'Europe/Brussels'});
    const sessions = (feed as Json).sessions;
    expect(sessions.map((s: Json) => [s.id, s.start, s.end])).to.deep.equal([
      ['osi', '2018-02-03T10:00', '2018-02-03T10:50:00+01:00'],
      ['unix_evolution', '2018-02-03T12:00', '2018-02-03T12:50:00+01:00'],
    ]);
    expect(sessions[0].people).to.deep.equal([{name: 'Simon Phipps'}, {name: 'Italo Vignoli'}]);
    expect(sessions[0].body).to.deep.equal([{en: 'Open source software is now ubiquitous, recognized across industries as a fundamental component to infrastructure, as well as a critical factor for driving innovation.'}]);
    expect(problems.map((p) => p.path)).to.include.members(['schedule.conference.venue', 'schedule.conference.days[0].rooms.Janson', 'schedule.conference.days[0].rooms.Janson[0].links']);
    expect(parseFeed(feed).problems).to.deep.equal([]);
  });

  it('says where a schedule.xml stops being XML, or that it is not a schedule', () => {
    expect(frabXmlToFeed('<schedule><conference></schedule>').problems[0].message).to.match(/^not well-formed XML at line 1: <\/schedule> closes <conference>/);
    expect(frabXmlToFeed('<rss/>').problems[0].message).to.equal('the root element is <rss>, not <schedule>');
    expect(frabXmlToJson('<schedule><conference><title>A &amp; B</title><days>2</days></conference></schedule>')).to.deep.equal({schedule: {conference: {title: 'A & B', daysCount: 2, days: []}}});
  });
});

describe('feed/frab: export', () => {
  it('writes one language, days and rooms, durations and offsets; leaves out cancelled sessions and says what frab cannot hold', async () => {
    const json = await (await fetch('/examples/forum-feed.json')).json();
    const {feed} = parseFeed(json);
    const {schedule: out, problems} = feedToFrab(feed!, {lang: 'fr'});
    const c = out.schedule as Json;
    expect(c.conference.time_zone_name).to.equal(feed!.sessions[0].timeZone);
    const events = c.conference.days.flatMap((d: Json) => Object.values(d.rooms).flat());
    expect(events).to.have.length(feed!.sessions.filter((s) => s.status === 'scheduled').length);
    expect(events[0].title).to.equal(feed!.sessions.find((s) => s.id === events[0].slug)!.title.fr);
    expect(events.every((e: Json) => /^\d\d:\d\d$/.test(e.duration) && /[+-]\d\d:\d\d$/.test(e.date))).to.be.true;
    expect(problems.length).to.be.greaterThan(0);
  });

  it('comes back through import with the same titles, times, people and links (in that language)', async () => {
    const json = await (await fetch('/examples/feed.json')).json();
    const {feed} = parseFeed(json);
    const back = parseFeed(frabToFeed(feedToFrab(feed!, {lang: 'es'}).schedule, {lang: 'es'}).feed).feed!;
    expect(back.sessions.map((s) => [s.id, s.title.es, s.start, s.end, s.timeZone, s.links.details]))
      .to.deep.equal(feed!.sessions.map((s) => [s.id, s.title.es, s.start, s.end, s.timeZone, s.links.details]));
    expect(back.sessions[0].body.map((p) => p.es)).to.deep.equal(feed!.sessions[0].body.map((p) => p.es));
  });

  it('writes instants with the offset of their zone at that moment', () => {
    expect(isoInZone(Date.UTC(2021, 2, 28, 0, 30), 'Europe/Madrid')).to.equal('2021-03-28T01:30:00+01:00');
    expect(isoInZone(Date.UTC(2021, 2, 28, 1, 30), 'Europe/Madrid')).to.equal('2021-03-28T03:30:00+02:00');
    expect(isoInZone(Date.UTC(2021, 4, 19, 10), 'Asia/Kathmandu')).to.equal('2021-05-19T15:45:00+05:45');
    expect(isoInZone(Date.UTC(2021, 4, 19, 10), 'America/New_York')).to.equal('2021-05-19T06:00:00-04:00');
  });
});
