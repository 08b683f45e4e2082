import {expect} from '@open-wc/testing';
import ICAL from 'ical.js';
import {toICS, toICSCalendar, sessionUid} from './ics.js';
import {parseFeed} from '../feed/parse.js';
import {forumFeed, forumSession, testFeed} from '../test-support/fixtures.js';

const NOW = Date.UTC(2026, 10, 30, 1, 0, 0);

describe('toICSCalendar', () => {
  it('writes one VEVENT per session, with the same UIDs as the single-session file', () => {
    const feed = parseFeed(testFeed()).feed!;
    const ics = toICSCalendar(feed.sessions, 'fr', {feed, now: NOW, name: 'Bureau exécutif 2021'});
    // A TEXT value, escaped like the others (ical.js leaves X- properties as written).
    expect(toICSCalendar([], 'fr', {name: 'a; b, c'})).to.contain('\r\nX-WR-CALNAME:a\\; b\\, c\r\n');
    const cal = new ICAL.Component(ICAL.parse(ics));
    const events = cal.getAllSubcomponents('vevent');
    expect(events.map((e) => e.getFirstPropertyValue('uid'))).to.deep.equal(['eb-2021.digital@uclg-widgets', 'eb-2021.health@uclg-widgets', 'eb-2021.cancelled@uclg-widgets']);
    expect(cal.getFirstPropertyValue('x-wr-calname')).to.equal('Bureau exécutif 2021');
    expect(events[0].getFirstPropertyValue('summary')).to.equal('Numérisation inclusive');
    expect(events[2].getFirstPropertyValue('status')).to.equal('CANCELLED');
    for (const s of feed.sessions) {
      const single = new ICAL.Component(ICAL.parse(toICS(s, 'fr', {feed, now: NOW}))).getFirstSubcomponent('vevent')!;
      expect(single.getFirstPropertyValue('uid')).to.equal(sessionUid(s, feed));
    }
  });

  it('is the single file when given one session, and an empty calendar when given none', () => {
    const feed = parseFeed(forumFeed(forumSession())).feed!;
    expect(toICSCalendar(feed.sessions, 'es', {feed, now: NOW})).to.equal(toICS(feed.sessions[0], 'es', {feed, now: NOW}));
    const empty = new ICAL.Component(ICAL.parse(toICSCalendar([], 'en', {now: NOW})));
    expect(empty.getAllSubcomponents('vevent')).to.have.length(0);
  });
});

describe('event.calendar', () => {
  it('keeps an http(s) URL of the published programme and drops anything else, saying so', () => {
    const feed = (calendar: unknown) => parseFeed({...forumFeed(), event: {...(forumFeed().event as object), calendar}});
    expect(feed('https://example.org/forum.ics').feed!.event.calendar).to.equal('https://example.org/forum.ics');
    const bad = feed('webcal://example.org/forum.ics');
    expect(bad.feed!.event.calendar).to.equal(undefined);
    expect(bad.problems.map((p) => p.path)).to.deep.equal(['event.calendar']);
    expect(feed(undefined).problems).to.deep.equal([]);
  });
});
