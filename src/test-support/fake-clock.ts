import {pageClock, type ClockEnv} from '../time/clock.js';

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
    pageClock.use(this);
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

/**
 * Runs fake time forward in `step`s until `done()`, letting real work (fetches) happen in between.
 * Small steps: fake time must not outrun a real request into its (fake) 15 s timeout.
 */
export async function advanceUntil(clock: FakeClock, done: () => unknown, step = 1000, tries = 220): Promise<void> {
  for (let i = 0; i < tries && !done(); i++) {
    await new Promise((r) => setTimeout(r, 40));
    await clock.advance(step);
  }
  if (!done()) throw new Error(`not settled after ${tries} steps of ${step} ms`);
}

/**
 * Test pages may run in a background tab, where widgets rightly wait before retrying or
 * refreshing. Pretends the page is `state` until the returned function is called.
 */
export function pretendVisibility(state: DocumentVisibilityState): () => void {
  Object.defineProperty(document, 'visibilityState', {configurable: true, get: () => state});
  return () => delete (document as {visibilityState?: unknown}).visibilityState;
}
