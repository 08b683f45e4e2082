import {useClockEnv, type ClockEnv} from '../time/clock.js';

/** Lets pending Lit updates (microtasks) run. */
export async function flushMicrotasks(): Promise<void> {
  for (let i = 0; i < 6; i++) await Promise.resolve();
}

/**
 * A clock whose time moves only when told, with timers that fire in order. `lateBy` makes every
 * timer fire that many ms late, like a busy real browser.
 */
export class FakeClock implements ClockEnv {
  private readonly timers = new Map<number, {at: number; fn: () => void}>();
  private nextId = 1;
  lateBy = 0;

  constructor(public t: number) {}

  /** Installs this clock as the page's clock and timers. */
  install(): this {
    useClockEnv(this);
    return this;
  }

  now = (): number => this.t;

  setTimeout = (fn: () => void, ms: number): number => {
    const id = this.nextId++;
    this.timers.set(id, {at: this.t + Math.max(0, ms) + this.lateBy, fn});
    return id;
  };

  clearTimeout = (id: unknown): void => {
    this.timers.delete(id as number);
  };

  /** Timers waiting now. */
  get active(): number {
    return this.timers.size;
  }

  /** Moves time forward, firing due timers in order and letting widgets re-render after each. */
  async advance(ms: number, onTick?: () => void): Promise<void> {
    const target = this.t + ms;
    for (;;) {
      let next: [number, {at: number; fn: () => void}] | undefined;
      for (const entry of this.timers) if (entry[1].at <= target && (!next || entry[1].at < next[1].at)) next = entry;
      if (!next) break;
      this.timers.delete(next[0]);
      this.t = next[1].at;
      next[1].fn();
      await flushMicrotasks();
      onTick?.();
    }
    this.t = target;
    await flushMicrotasks();
  }

  /** Time passes without any timer firing (a throttled background tab, a sleeping laptop). */
  jump(ms: number): void {
    this.t += ms;
  }
}
