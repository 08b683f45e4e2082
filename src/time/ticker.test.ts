import {expect} from '@open-wc/testing';
import {Ticker} from './ticker.js';
import {adoptServerTime, clockNow, useClockEnv} from './clock.js';
import {FakeClock} from '../test-support/fake-clock.js';
import {crossedMilestone, nextStep, splitDuration} from './countdown.js';

const T0 = Date.UTC(2021, 4, 19, 10, 0);

describe('time/ticker', () => {
  let clock: FakeClock;
  beforeEach(() => (clock = new FakeClock(T0).install()));
  afterEach(() => useClockEnv());

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
  afterEach(() => useClockEnv());

  it('trusts the server Date header only when the device is off by more than a minute', () => {
    const clock = new FakeClock(T0).install();
    adoptServerTime(T0 + 30_000, clock.now());
    expect(clockNow()).to.equal(T0);
    adoptServerTime(T0 + 5 * 60_000, clock.now());
    expect(clockNow()).to.equal(T0 + 5 * 60_000);
    adoptServerTime(T0 - 2 * 3_600_000, clock.now());
    expect(clockNow()).to.equal(T0 - 2 * 3_600_000);
  });
});
