import {expect, html} from '@open-wc/testing';
import '../define.js';
import type {LitElement} from 'lit';
import type {UclgStatusChangeEvent} from '../events/status-change.js';
import {pageClock} from '../time/clock.js';
import {serverOffset} from '../time/server-time.js';
import {FakeClock, flushMicrotasks} from '../test-support/fake-clock.js';
import {testFeed} from '../test-support/fixtures.js';
import {$, mount, unmountAll} from '../test-support/dom.js';

/**
 * A device clock wrong by hours, corrected when a feed's `Date` arrives (time/server-time.ts):
 * every widget of the page follows the corrected clock, whether or not it still had an instant
 * to wait for, and `uclg-status-change` announces only what time did, never a move back.
 * Field report: with the device 3 hours fast, widgets given their feed inline or with
 * `start`/`end` showed "Ended" for good while a card reading `src` said "Upcoming", then "Live".
 */
const START = Date.UTC(2021, 4, 19, 10, 0); // the 'digital' session: 12:00–13:30 CEST
const END = START + 90 * 60_000;
const SECOND = 1000, HOUR = 3_600_000;

/** What a fresh feed response says when the server's clock reads `truth` and the device `device`. */
const correction = (truth: number, device: number) => serverOffset({date: truth, age: 0, sentAt: device - 200, receivedAt: device});

let clock: FakeClock;

/** A card and an agenda given the feed inline, and a countdown with start and end, in `lang`. */
async function page(lang: string, deviceAt: number) {
  clock = new FakeClock(deviceAt).install();
  const wrap = mount(html`<div lang=${lang}>
    <uclg-session-card session="digital" .feed=${testFeed()}></uclg-session-card>
    <uclg-countdown start=${new Date(START).toISOString()} end=${new Date(END).toISOString()}></uclg-countdown>
    <uclg-agenda .feed=${testFeed()}></uclg-agenda>
  </div>`);
  const [card, countdown, agenda] = ['uclg-session-card', 'uclg-countdown', 'uclg-agenda'].map((t) => wrap.querySelector<LitElement>(t)!);
  await Promise.all([card, countdown, agenda].map((e) => e.updateComplete));
  await flushMicrotasks();
  const events: string[] = [];
  wrap.addEventListener('uclg-status-change', (e: UclgStatusChangeEvent) => events.push(`${(e.target as Element).localName}:${e.detail.oldStatus}→${e.detail.newStatus}`));
  /** Each widget's status of the 'digital' session, as shown (its status class). */
  const shown = () => [
    $(card, '.status')!.classList[1],
    ['upcoming', 'live', 'ended'].find((s) => $(countdown, `.${s}`)),
    agendaStatus(agenda),
  ];
  return {events, shown};
}

/** The agenda's first session is 'digital' (the feed's order is the programme's). */
const agendaStatus = (agenda: LitElement) => agenda.shadowRoot!.querySelector('.status:not(.next)')?.classList[1];

describe('a correction of the page clock', () => {
  afterEach(() => {
    unmountAll();
    pageClock.use();
  });

  for (const lang of ['en', 'fr', 'es']) {
    it(`device 3 hours fast (${lang}): widgets showing "ended" look again, say "upcoming" without an event, then announce the start once`, async () => {
      const truth = START - 30 * SECOND;
      const {events, shown} = await page(lang, truth + 3 * HOUR);
      expect(shown()).to.deep.equal(['ended', 'ended', 'ended']);
      pageClock.adopt(correction(truth, clock.now()));
      await flushMicrotasks();
      expect(shown()).to.deep.equal(['upcoming', 'upcoming', 'upcoming']);
      expect(events, 'a move back is not something time did').to.deep.equal([]);
      await clock.advance(31 * SECOND);
      expect(shown()).to.deep.equal(['live', 'live', 'live']);
      expect(events.sort()).to.deep.equal(['uclg-agenda:upcoming→live', 'uclg-countdown:upcoming→live', 'uclg-session-card:upcoming→live']);
    });

    it(`device an hour fast (${lang}): "live" moved back to "upcoming" fires nothing; the real start fires once`, async () => {
      const truth = START - 10 * SECOND;
      const {events, shown} = await page(lang, truth + HOUR);
      expect(shown()).to.deep.equal(['live', 'live', 'live']);
      pageClock.adopt(correction(truth, clock.now()));
      await flushMicrotasks();
      expect(shown()).to.deep.equal(['upcoming', 'upcoming', 'upcoming']);
      await clock.advance(11 * SECOND);
      expect(shown()).to.deep.equal(['live', 'live', 'live']);
      expect(events.sort()).to.deep.equal(['uclg-agenda:upcoming→live', 'uclg-countdown:upcoming→live', 'uclg-session-card:upcoming→live']);
    });
  }

  it('device 3 hours slow: the session already live is announced when the correction shows it (a move forward)', async () => {
    const truth = START + 10 * 60_000;
    const {events, shown} = await page('en', truth - 3 * HOUR);
    expect(shown()).to.deep.equal(['upcoming', 'upcoming', 'upcoming']);
    pageClock.adopt(correction(truth, clock.now()));
    await flushMicrotasks();
    expect(shown()).to.deep.equal(['live', 'live', 'live']);
    expect(events.sort()).to.deep.equal(['uclg-agenda:upcoming→live', 'uclg-countdown:upcoming→live', 'uclg-session-card:upcoming→live']);
  });

  it('widgets whose sessions have all ended arm no timer of their own, and removing them leaves none', async () => {
    const {shown} = await page('en', END + HOUR);
    expect(shown()).to.deep.equal(['ended', 'ended', 'ended']);
    expect(clock.active, 'the other sessions of the agenda are ahead: one timer').to.equal(1);
    unmountAll();
    expect(clock.active).to.equal(0);
  });
});
