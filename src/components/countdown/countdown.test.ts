import {expect, fixture, html} from '@open-wc/testing';
import '../../define.js';
import type {UclgCountdown} from './countdown.js';
import type {UclgStatusChangeEvent} from '../../events/status-change.js';
import {pageClock} from '../../time/clock.js';
import {ticker} from '../../time/ticker.js';
import {FakeClock, flushMicrotasks} from '../../test-support/fake-clock.js';
import {testFeed} from '../../test-support/fixtures.js';
import {$, mount, textOf, unmountAll} from '../../test-support/dom.js';

const START = Date.UTC(2021, 4, 19, 10, 0); // 12:00 CEST
const END = START + 90 * 60_000;
const SECOND = 1000, MINUTE = 60_000, HOUR = 3_600_000, DAY = 86_400_000;

let clock: FakeClock;

async function countdown(at: number, attrs: {lang?: string; format?: string; noSeconds?: boolean; session?: string} = {}) {
  clock = new FakeClock(at).install();
  const el = await fixture<UclgCountdown>(html`<uclg-countdown lang=${attrs.lang ?? 'en'} session=${attrs.session ?? 'digital'}
    format=${attrs.format ?? 'long'} ?no-seconds=${attrs.noSeconds} .feed=${testFeed()}></uclg-countdown>`);
  await el.updateComplete;
  return el;
}
const timerLabel = (el: UclgCountdown) => $(el, '[role="timer"]')?.getAttribute('aria-label') ?? null;
const liveRegion = (el: UclgCountdown) => $(el, '[aria-live="polite"]')!.textContent!.trim();

describe('<uclg-countdown>', () => {
  afterEach(() => {
    unmountAll();
    pageClock.use();
  });

  describe('text in three languages', () => {
    const near = START - (2 * HOUR + 3 * MINUTE + 4 * SECOND);
    const cases: [string, string, string, string][] = [
      ['en', 'Starts in 2 hours, 3 minutes, 4 seconds', 'Starts in 12 days', 'Live now'],
      ['fr', 'Commence dans 2 heures, 3 minutes et 4 secondes', 'Commence dans 12 jours', 'En direct'],
      ['es', 'Empieza en 2 horas, 3 minutos y 4 segundos', 'Empieza dentro de 12 días', 'En directo'],
    ];
    for (const [lang, nearText, farText, liveText] of cases) {
      it(`counts down, then says live, in ${lang}`, async () => {
        const el = await countdown(near, {lang});
        expect(timerLabel(el)!.replace(/\s+/g, ' ')).to.equal(nearText);
        await expect(el).to.be.accessible();
        const far = await countdown(START - 12 * DAY + HOUR, {lang});
        expect(textOf(far)).to.contain(farText);
        const live = await countdown(START + MINUTE, {lang});
        expect(textOf(live)).to.contain(liveText);
        await expect(live).to.be.accessible();
      });
    }

    it('writes units short and narrow through Intl', async () => {
      const short = await countdown(START - (2 * HOUR + 3 * MINUTE), {format: 'short', noSeconds: true});
      expect(timerLabel(short)).to.equal('Starts in 2 hrs, 3 mins');
      const narrow = await countdown(START - (2 * HOUR + 3 * MINUTE), {format: 'narrow', noSeconds: true});
      expect(timerLabel(narrow)).to.equal('Starts in 2h 3m');
    });
  });

  describe('transitions', () => {
    it('changes status exactly at start and end, firing one event each', async () => {
      const el = await countdown(START - 2 * SECOND);
      const events: UclgStatusChangeEvent[] = [];
      el.addEventListener('uclg-status-change', (e) => events.push(e));
      await clock.advance(SECOND - 1);
      expect(timerLabel(el)).to.equal('Starts in 2 seconds');
      await clock.advance(1);
      expect(timerLabel(el)).to.equal('Starts in 1 second');
      await clock.advance(SECOND - 1);
      expect($(el, '.upcoming')).to.exist;
      await clock.advance(1);
      expect($(el, '.live')).to.exist;
      expect(textOf(el)).to.contain('1 hour, 30 minutes left');
      await clock.advance(END - START - 1);
      expect($(el, '.live')).to.exist;
      await clock.advance(1);
      expect($(el, '.ended')).to.exist;
      expect(events.map((e) => [e.detail.sessionId, e.detail.oldStatus, e.detail.newStatus])).to.deep.equal([
        ['digital', 'upcoming', 'live'],
        ['digital', 'live', 'ended'],
      ]);
      expect(events[0].bubbles && events[0].composed).to.be.true;
      expect(clock.active).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('shows each second once, in order, even when timers fire late', async () => {
      const el = await countdown(START - 10 * MINUTE);
      clock.lateBy = 17;
      const seen: number[] = [];
      await clock.advance(5 * MINUTE + SECOND / 2, () => {
        const label = timerLabel(el)!;
        const [, m, s] = /(\d+) minutes?, (\d+) seconds?/.exec(label) ?? /(\d+) minutes?()/.exec(label)!;
        seen.push(+m * 60 + +(s || 0));
      });
      expect(seen[0]).to.equal(599);
      for (let i = 1; i < seen.length; i++) expect(seen[i], `tick ${i}`).to.equal(seen[i - 1] - 1);
      expect(seen.at(-1)).to.equal(300);
    });

    it('does not drift over a simulated week', async () => {
      const el = await countdown(START - 7 * DAY, {noSeconds: true});
      let ticks = 0;
      await clock.advance(7 * DAY - 2 * HOUR - MINUTE / 2, () => ticks++);
      expect(timerLabel(el)).to.equal('Starts in 2 hours, 1 minute');
      expect(ticks).to.be.below(4 * 24 * 60 + 10);
      await clock.advance(2 * HOUR + MINUTE / 2);
      expect($(el, '.live')).to.exist;
    });

    it('counts real elapsed time across a DST change', async () => {
      // Madrid moved from +01:00 to +02:00 on 28 March 2021: 12:00 to 12:00 is 23 hours.
      const feed = testFeed() as any;
      feed.sessions[0].start = '2021-03-28T12:00';
      feed.sessions[0].end = '2021-03-28T13:00';
      clock = new FakeClock(Date.UTC(2021, 2, 27, 11, 0)).install();
      const el = await fixture<UclgCountdown>(html`<uclg-countdown lang="en" session="digital" no-seconds .feed=${feed}></uclg-countdown>`);
      expect(timerLabel(el)).to.equal('Starts in 23 hours');
    });

    it('is right at once when a hidden tab comes back 10 minutes later', async () => {
      const el = await countdown(START - 30 * MINUTE);
      clock.jump(10 * MINUTE);
      document.dispatchEvent(new Event('visibilitychange'));
      await flushMicrotasks();
      expect(timerLabel(el)).to.equal('Starts in 20 minutes');
      expect(textOf($(el, '.units')!)).to.match(/^20\s*minutes\s*0\s*seconds$/);
    });
  });

  describe('one status engine', () => {
    it('a card and a countdown on one page change status at the same instant', async () => {
      clock = new FakeClock(START - 2 * SECOND).install();
      const wrap = mount(html`<uclg-session-card session="digital" .feed=${testFeed()}></uclg-session-card>
        <uclg-countdown session="digital" .feed=${testFeed()}></uclg-countdown>`);
      const card = wrap.querySelector('uclg-session-card')!;
      const count = wrap.querySelector('uclg-countdown')!;
      await card.updateComplete;
      await count.updateComplete;
      const events: string[] = [];
      wrap.addEventListener('uclg-status-change', (e) => events.push(`${(e.target as Element).localName}:${e.detail.newStatus}`));
      const statuses = () => [textOf(card).includes('Live now'), !!$(count, '.live')];
      await clock.advance(2 * SECOND - 1);
      expect(statuses()).to.deep.equal([false, false]);
      await clock.advance(1);
      expect(statuses()).to.deep.equal([true, true]);
      expect(events.sort()).to.deep.equal(['uclg-countdown:live', 'uclg-session-card:live']);
      expect(clock.active).to.equal(1);
    });
  });

  describe('timers', () => {
    it('100 countdowns share one timer; removing them leaves none', async () => {
      clock = new FakeClock(START - 5 * MINUTE).install();
      const wrap = mount(html`${Array.from({length: 100}, () => html`<uclg-countdown session="digital" .feed=${testFeed()}></uclg-countdown>`)}`);
      const all = [...wrap.querySelectorAll('uclg-countdown')];
      await Promise.all(all.map((c) => c.updateComplete));
      await flushMicrotasks();
      expect(clock.active).to.equal(1);
      await clock.advance(3 * SECOND);
      expect(clock.active).to.equal(1);
      expect(new Set(all.map(timerLabel)).size).to.equal(1);
      wrap.remove();
      expect(clock.active).to.equal(0);
      expect(ticker.pending).to.equal(0);
    });

    it('needs no timer at all for a frozen, ended or cancelled countdown', async () => {
      clock = new FakeClock(START).install();
      const wrap = mount(html`
        <uclg-countdown session="digital" now="2021-05-01T00:00:00Z" .feed=${testFeed()}></uclg-countdown>
        <uclg-countdown session="cancelled" .feed=${testFeed()}></uclg-countdown>
        <uclg-countdown start="2021-05-01T10:00:00Z" end="2021-05-01T11:00:00Z"></uclg-countdown>`);
      for (const c of wrap.querySelectorAll('uclg-countdown')) await c.updateComplete;
      await flushMicrotasks();
      expect(clock.active).to.equal(0);
    });
  });

  describe('accessibility', () => {
    it('announces milestones politely, not every second', async () => {
      const el = await countdown(START - HOUR - 3 * SECOND);
      expect(liveRegion(el)).to.equal('');
      await clock.advance(2 * SECOND);
      expect(liveRegion(el)).to.equal('');
      await clock.advance(SECOND);
      expect(liveRegion(el)).to.equal('Starts in 1 hour');
      await clock.advance(5 * SECOND);
      expect(liveRegion(el)).to.equal('Starts in 1 hour');
      await clock.advance(HOUR);
      expect(liveRegion(el)).to.equal('The session has started.');
      expect(el.shadowRoot!.querySelector('[role="timer"]')).to.equal(null);
    });

    it('lets the visitor stop the per-second updates (WCAG 2.2.2)', async () => {
      const el = await countdown(START - 5 * MINUTE - 30 * SECOND);
      const button = $<HTMLButtonElement>(el, 'button')!;
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      expect(timerLabel(el)).to.equal('Starts in 6 minutes');
      let renders = 0;
      await clock.advance(50 * SECOND, () => renders++);
      expect(renders).to.equal(1);
      await expect(el).to.be.accessible();
    });

    it('says cancelled and postponed plainly, without a countdown', async () => {
      const el = await countdown(START, {session: 'cancelled', lang: 'fr'});
      expect(textOf(el)).to.equal('Cette session a été annulée.');
      await expect(el).to.be.accessible();
      const feed = testFeed() as any;
      feed.sessions[2].status = 'postponed';
      const postponed = await fixture<UclgCountdown>(html`<uclg-countdown lang="es" session="cancelled" .feed=${feed}></uclg-countdown>`);
      expect(textOf(postponed)).to.equal('Esta sesión ha sido aplazada.');
      expect($(postponed, '[role="timer"]')).to.equal(null);
      await expect(postponed).to.be.accessible();
    });

    it('is accessible far away, without seconds, and ended with a recording link', async () => {
      await expect(await countdown(START - 12 * DAY)).to.be.accessible();
      await expect(await countdown(START - 2 * DAY, {noSeconds: true, format: 'narrow'})).to.be.accessible();
      const feed = testFeed() as any;
      feed.sessions[0].links.recording = 'https://example.org/recording';
      clock = new FakeClock(END).install();
      const ended = await fixture<UclgCountdown>(html`<uclg-countdown lang="fr" session="digital" .feed=${feed}></uclg-countdown>`);
      expect(textOf(ended)).to.contain('Terminée');
      expect($(ended, 'a')!.getAttribute('href')).to.equal('https://example.org/recording');
      await expect(ended).to.be.accessible();
    });
  });

  describe('standalone', () => {
    it('counts down to start and end attributes', async () => {
      clock = new FakeClock(Date.UTC(2030, 0, 1, 11, 59, 30)).install();
      const el = await fixture<UclgCountdown>(html`<uclg-countdown lang="es" start="2030-01-01T13:00:00+01:00" end="2030-01-01T14:00:00+01:00"></uclg-countdown>`);
      expect(timerLabel(el)).to.equal('Empieza en 30 segundos');
      await clock.advance(30 * SECOND);
      expect(textOf(el)).to.contain('En directo').and.contain('Queda 1 hora');
    });

    it('agrees "left" with the amount: one hour or one minute is singular in Spanish', async () => {
      const cases = [
        ['es', ['Queda 1 hora', 'Quedan 59 minutos', 'Queda 1 minuto']],
        ['fr', ['Il reste 1 heure', 'Il reste 59 minutes', 'Il reste 1 minute']],
        ['en', ['1 hour left', '59 minutes left', '1 minute left']],
      ] as const;
      for (const [lang, [hour, minutes, minute]] of cases) {
        clock = new FakeClock(Date.UTC(2030, 0, 1, 12, 0)).install();
        const el = await fixture<UclgCountdown>(html`<uclg-countdown lang=${lang} start="2030-01-01T13:00:00+01:00" end="2030-01-01T14:00:00+01:00"></uclg-countdown>`);
        expect(textOf(el)).to.contain(hour);
        // Rounded up to the minute: 58 min 59 s left reads 59 minutes, 30 s left 1 minute.
        await clock.advance(MINUTE + SECOND);
        expect(textOf(el)).to.contain(minutes);
        await clock.advance(HOUR - MINUTE - SECOND - 30 * SECOND);
        expect(textOf(el)).to.contain(minute).and.not.contain(minutes);
      }
    });

    it('says whether the start or the end is not a date-time, in each language', async () => {
      const el = await fixture<UclgCountdown>(html`<uclg-countdown start="tomorrow"></uclg-countdown>`);
      expect(textOf(el)).to.equal('The start time is not valid.');
      const want = {en: 'The end time is not valid.', fr: 'L’heure de fin n’est pas valide.', es: 'La hora de fin no es válida.'};
      for (const [lang, text] of Object.entries(want)) {
        const end = await fixture<UclgCountdown>(html`<uclg-countdown lang=${lang} start="2030-01-01T13:00:00+01:00" end="after lunch"></uclg-countdown>`);
        expect(textOf(end)).to.equal(text);
      }
    });

    it('says in the console, once, in its language, when end is before start, and still counts to the start', async () => {
      const warnings: string[] = [];
      const realWarn = console.warn;
      console.warn = (m: string) => warnings.push(m);
      try {
        clock = new FakeClock(Date.UTC(2030, 0, 1, 11, 59, 30)).install();
        // 01:00 for 13:00: the session would end before it starts.
        const el = await fixture<UclgCountdown>(html`<uclg-countdown lang="fr" start="2030-01-01T13:00:00+01:00" end="2030-01-01T01:00:00+01:00"></uclg-countdown>`);
        const label = () => timerLabel(el)?.replace(/\s/g, ' ');
        expect(label()).to.equal('Commence dans 30 secondes');
        await clock.advance(10 * SECOND);
        expect(label()).to.equal('Commence dans 20 secondes');
        expect(warnings).to.deep.equal(['[uclg-countdown] end (2030-01-01T01:00:00+01:00) est antérieur à start (2030-01-01T13:00:00+01:00).']);
        await fixture<UclgCountdown>(html`<uclg-countdown lang="es" start="2030-01-01T13:00:00+01:00" end="2030-01-01T14:00:00+01:00"></uclg-countdown>`);
        expect(warnings).to.have.length(1);
      } finally {
        console.warn = realWarn;
      }
    });
  });
});
