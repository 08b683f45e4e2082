import {pageClock, type Clock} from './clock.js';

/** Called when its instant has come; returns nothing (the owner books its next wake itself). */
export type Wake = () => void;

/** setTimeout overflows past 2^31 ms; wake at least hourly and re-check instead. */
const MAX_DELAY = 3_600_000;

/**
 * One timer for every widget on the page. Each owner books the next instant it needs
 * (a second boundary, a status change); the ticker arms a single timeout for the earliest,
 * and none at all when nobody needs one. It never counts ticks: every wake reads the clock,
 * so a late or throttled timer cannot make a countdown drift. Bookings and timer delays are on
 * the same clock as the widgets' (`clock.now()`), and when a correction moves that clock every
 * owner is woken to look again.
 */
export class Ticker {
  private readonly due = new Map<object, {at: number; wake: Wake}>();
  private timer: unknown;
  private armedAt = Infinity;
  private listening = false;

  constructor(private readonly clock: Clock = pageClock) {
    clock.onChange(this.resync);
  }

  /**
   * Books `wake` for `at` (replacing any earlier booking of `owner`); undefined cancels.
   * `Infinity` books no instant but still wakes `owner` when the clock is corrected or the page
   * comes back (`resync`): a widget whose sessions have all ended has nothing left to wait for,
   * yet a correction can move them back before their end.
   */
  schedule(owner: object, at: number | undefined, wake: Wake): void {
    const before = this.due.get(owner)?.at;
    const booked = at !== undefined && !Number.isNaN(at);
    if (booked) this.due.set(owner, {at, wake});
    else this.due.delete(owner);
    // Only the earliest booking decides the timer. A page of 1000 countdowns rebooks 1000 times a
    // second: look at all bookings only when the earliest may have moved later.
    if (booked && at < this.armedAt) this.arm(at);
    else if (before === this.armedAt) this.arm();
    else this.listen(this.due.size > 0);
  }

  cancel(owner: object): void {
    this.schedule(owner, undefined, () => {});
  }

  /** Timers waiting now: 0 or 1. */
  get pending(): number {
    return this.timer === undefined ? 0 : 1;
  }

  /**
   * Wakes every owner at once: the page came back from the background or the bfcache, where
   * timers were throttled or frozen. (Waking on the way into the background is harmless.)
   */
  readonly resync = (): void => this.fire(Infinity);

  private arm(next = this.earliest()): void {
    this.listen(this.due.size > 0);
    if (next === this.armedAt && this.timer !== undefined) return;
    const {env} = this.clock;
    if (this.timer !== undefined) env.clearTimeout(this.timer);
    this.timer = undefined;
    this.armedAt = next;
    if (next === Infinity) return;
    const delay = Math.min(Math.max(0, next - this.clock.now()), MAX_DELAY);
    this.timer = env.setTimeout(() => {
      this.timer = undefined;
      this.fire(this.clock.now());
    }, delay);
  }

  private earliest(): number {
    let next = Infinity;
    for (const {at} of this.due.values()) next = Math.min(next, at);
    return next;
  }

  private fire(now: number): void {
    const woken: Wake[] = [];
    for (const [owner, {at, wake}] of this.due) {
      if (at <= now) {
        this.due.delete(owner);
        woken.push(wake);
      }
    }
    this.arm();
    for (const wake of woken) wake();
  }

  private listen(on: boolean): void {
    if (on === this.listening || typeof document === 'undefined') return;
    this.listening = on;
    const method = on ? 'addEventListener' : 'removeEventListener';
    document[method]('visibilitychange', this.resync);
    window[method]('pageshow', this.resync);
  }
}

/** The page's ticker, shared by every widget of this copy of the library. */
export const ticker = new Ticker();
