import {expect} from '@open-wc/testing';
import {Ticker} from './ticker.js';
import {Clock, pageClock} from './clock.js';
import {MAX_CORRECTION, serverOffset, TRUST_DEVICE_WITHIN, type ServerTime} from './server-time.js';
import {FakeClock} from '../test-support/fake-clock.js';
import {crossedMilestone, nextStep, splitDuration} from './countdown.js';

const T0 = Date.UTC(2021, 4, 19, 10, 0);

describe('time/ticker', () => {
  let clock: FakeClock;
  beforeEach(() => (clock = new FakeClock(T0).install()));
  afterEach(() => pageClock.use());

  it('uses one timer for many owners, armed for the earliest instant', async () => {
    const ticker = new Ticker();
    const fired: number[] = [];
    const owners = Array.from({length: 100}, () => ({}));
    owners.forEach((o, i) => ticker.schedule(o, T0 + 1000 * (i + 1), () => fired.push(clock.now())));
    expect(clock.active).to.equal(1);
    await clock.advance(2500);
    expect(fired).to.deep.equal([T0 + 1000, T0 + 2000]);
    expect(clock.active).to.equal(1);
    owners.forEach((o) => ticker.cancel(o));
    expect(clock.active).to.equal(0);
    expect(ticker.pending).to.equal(0);
  });

  it('fires at the exact instant, and re-arms instead of firing early', async () => {
    const ticker = new Ticker();
    const fired: number[] = [];
    ticker.schedule({}, T0 + 1234, () => fired.push(clock.now()));
    await clock.advance(1233);
    expect(fired).to.deep.equal([]);
    await clock.advance(1);
    expect(fired).to.deep.equal([T0 + 1234]);
    expect(clock.active).to.equal(0);
  });

  it('wakes a far instant exactly although setTimeout cannot wait 30 days', async () => {
    const ticker = new Ticker();
    const fired: number[] = [];
    ticker.schedule({}, T0 + 30 * 86_400_000, () => fired.push(clock.now()));
    await clock.advance(30 * 86_400_000);
    expect(fired).to.deep.equal([T0 + 30 * 86_400_000]);
  });

  it('follows the earliest booking when it moves later or is cancelled', async () => {
    const ticker = new Ticker();
    const fired: string[] = [];
    const a = {}, b = {}, c = {};
    ticker.schedule(a, T0 + 1000, () => fired.push(`a@${clock.now() - T0}`));
    ticker.schedule(b, T0 + 5000, () => fired.push(`b@${clock.now() - T0}`));
    ticker.schedule(c, T0 + 3000, () => fired.push(`c@${clock.now() - T0}`));
    ticker.schedule(a, T0 + 9000, () => fired.push(`a@${clock.now() - T0}`));
    ticker.cancel(c);
    expect(clock.active).to.equal(1);
    await clock.advance(10_000);
    expect(fired).to.deep.equal(['b@5000', 'a@9000']);
    expect(clock.active).to.equal(0);
  });

  it('wakes every owner at once when the page becomes visible again', async () => {
    const ticker = new Ticker();
    let woken = 0;
    ticker.schedule({}, T0 + 60_000, () => woken++);
    ticker.schedule({}, T0 + 120_000, () => woken++);
    clock.jump(10 * 60_000);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(woken).to.equal(2);
    expect(clock.active).to.equal(0);
  });
});

describe('time/countdown maths', () => {
  it('rounds up at the smallest unit and drops leading zeros', () => {
    expect(splitDuration(1, 'second')).to.deep.equal([{unit: 'second', value: 1}]);
    expect(splitDuration(86_400_000 + 3_600_000 + 1, 'minute')).to.deep.equal([
      {unit: 'day', value: 1},
      {unit: 'hour', value: 1},
      {unit: 'minute', value: 1},
    ]);
    expect(splitDuration(3_600_000, 'second')).to.deep.equal([
      {unit: 'hour', value: 1},
      {unit: 'minute', value: 0},
      {unit: 'second', value: 0},
    ]);
  });

  it('finds the next instant the display changes', () => {
    expect(nextStep(10_000, 7_500, 1000)).to.equal(8_000);
    expect(nextStep(10_000, 8_000, 1000)).to.equal(9_000);
    expect(nextStep(10_000, 9_999, 1000)).to.equal(10_000);
  });

  it('finds the milestone crossed', () => {
    expect(crossedMilestone(3_600_001, 3_600_000)).to.deep.equal({unit: 'hour', value: 1});
    expect(crossedMilestone(3_599_000, 3_598_000)).to.equal(undefined);
    expect(crossedMilestone(601_000, 599_000)).to.deep.equal({unit: 'minute', value: 10});
  });
});

describe('time/clock', () => {
  afterEach(() => {
    pageClock.use();
    delete document.documentElement.dataset.uclgClock;
  });

  const HOUR = 3_600_000;
  /** A response whose headers arrived at device time `at`, 200 ms after it was asked. */
  const answer = (date: number, at: number, age = 0): ServerTime => ({date, age, sentAt: at - 200, receivedAt: at});

  it('believes a fresh Date only when the device is off by more than half an hour, at most two days', () => {
    // Date is cut to the second (+0.5 s) and the answer left the server half a round trip ago (+0.1 s).
    expect(serverOffset(answer(T0 + HOUR, T0))).to.equal(HOUR + 600);
    expect(serverOffset(answer(T0 - 2 * HOUR, T0))).to.equal(-2 * HOUR + 600);
    expect(serverOffset(answer(T0 + 10 * 60_000, T0))).to.equal(0);
    expect(serverOffset(answer(T0 - 10 * 60_000, T0))).to.equal(0);
    expect(serverOffset(answer(T0 + TRUST_DEVICE_WITHIN - 1000, T0))).to.equal(0);
    // A fake clock in an app's tests, set years away, is not "corrected" to the server's year.
    expect(serverOffset(answer(T0 + MAX_CORRECTION + HOUR, T0))).to.equal(0);
    expect(serverOffset(answer(NaN, T0))).to.equal(0);
  });

  it('adds Age: a copy that waited in a CDN for an hour is not a clock an hour behind', () => {
    expect(serverOffset(answer(T0 - HOUR, T0, 3600))).to.equal(0);
    expect(serverOffset(answer(T0 - HOUR, T0, 0))).to.equal(-HOUR + 600);
    expect(serverOffset(answer(T0 - 3 * HOUR, T0, 3600))).to.equal(-2 * HOUR + 600);
  });

  it('is one clock: now() moves with a correction, listeners hear of each change once', () => {
    const device = new FakeClock(T0);
    const clock = new Clock(device);
    let changes = 0;
    clock.onChange(() => changes++);
    clock.adopt(serverOffset(answer(T0 + 2 * HOUR, T0)));
    expect(clock.now()).to.equal(T0 + 2 * HOUR + 600);
    clock.adopt(serverOffset(answer(T0 + 2 * HOUR, T0)));
    expect(changes).to.equal(1);
    clock.adopt(serverOffset(answer(T0 + 60_000, T0)));
    expect(clock.now()).to.equal(T0);
    expect(changes).to.equal(2);
  });

  it('<html data-uclg-clock="device"> keeps the device clock whatever the server says', () => {
    const clock = new Clock(new FakeClock(T0));
    clock.adopt(serverOffset(answer(T0 + 2 * HOUR, T0)));
    document.documentElement.dataset.uclgClock = 'device';
    expect(clock.now()).to.equal(T0);
    clock.adopt(serverOffset(answer(T0 - 5 * HOUR, T0)));
    expect(clock.now()).to.equal(T0);
  });

  for (const [name, serverAhead] of [['device an hour behind', HOUR], ['device an hour ahead', -HOUR]] as const) {
    it(`${name}: the ticker waits on the corrected clock, wakes once at the instant, and never loops`, async () => {
      const device = new FakeClock(T0).install();
      const clock = new Clock(device);
      const ticker = new Ticker(clock);
      clock.adopt(serverOffset(answer(T0 + serverAhead, T0)));
      const due = clock.now() + 5000;
      const woken: number[] = [];
      let timersArmed = 0;
      const setTimeout = device.setTimeout;
      device.setTimeout = (fn, ms) => (timersArmed++, setTimeout(fn, ms));
      ticker.schedule({}, due, () => woken.push(clock.now()));
      await device.advance(4999);
      expect(woken).to.deep.equal([]);
      await device.advance(1);
      expect(woken).to.deep.equal([due]);
      expect(timersArmed).to.equal(1);
      expect(ticker.pending).to.equal(0);
    });
  }

  it('a correction wakes every owner at once, to look again', async () => {
    const device = new FakeClock(T0).install();
    const clock = new Clock(device);
    const ticker = new Ticker(clock);
    const woken: string[] = [];
    ticker.schedule({}, T0 + HOUR * 3, () => woken.push('a'));
    ticker.schedule({}, T0 + HOUR * 5, () => woken.push('b'));
    clock.adopt(serverOffset(answer(T0 + 2 * HOUR, T0)));
    expect(woken).to.deep.equal(['a', 'b']);
  });
});
