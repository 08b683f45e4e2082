/**
 * The page's one "now": every widget and the ticker read the same clock, so a widget can never
 * book an instant on one clock while the timer waits on another.
 *
 * The device clock is trusted unless a feed response known to be fresh shows it is wrong by
 * more than half an hour (a phone set to the wrong zone or DST, a dead battery); see
 * `serverOffset` (./server-time.ts) for when a server's `Date` is believed, and the README's
 * design notes for why.
 */

/** What time-keeping needs from the platform; tests swap in a fake one. */
export interface ClockEnv {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

const platform: ClockEnv = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (id) => clearTimeout(id as number),
};

/**
 * A page opts out of server time with `<html data-uclg-clock="device">`: apps whose own tests
 * fake the browser clock (Playwright's clock, Cypress's cy.clock, sinon) want the widgets to
 * follow the faked clock whatever their feed server says.
 */
const deviceOnly = (): boolean => typeof document !== 'undefined' && document.documentElement?.dataset.uclgClock === 'device';

export class Clock {
  private correctionMs = 0;
  /** The page's ticker, told when a correction moves `now()`. */
  private moved?: () => void;

  constructor(public env: ClockEnv = platform) {}

  /** The page's best idea of the current instant. */
  now(): number {
    return this.env.now() + (this.correctionMs && !deviceOnly() ? this.correctionMs : 0);
  }

  /**
   * Takes what a fresh response says about the server's clock: `serverOffset(…)` of it
   * (./server-time.ts, which only the feed code imports: a countdown with start and end never
   * reads a response, so it does not load that arithmetic).
   */
  adopt(offsetMs: number): void {
    const correction = deviceOnly() ? 0 : offsetMs;
    if (correction === this.correctionMs) return;
    this.correctionMs = correction;
    this.moved?.();
  }

  /** `fn` runs whenever a correction moves `now()` (one listener: the ticker of this clock). */
  onChange(fn: () => void): void {
    this.moved = fn;
  }

  /** Tests only: another platform clock and timers (undefined restores the real ones), no correction. */
  use(env: ClockEnv = platform): void {
    this.env = env;
    this.correctionMs = 0;
  }
}

/** The page's clock, shared by every widget of this copy of the library. */
export const pageClock = new Clock();
