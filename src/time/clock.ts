/**
 * The page's one "now": every widget and the ticker read the same clock, so a widget can never
 * book an instant on one clock while the timer waits on another.
 *
 * The device clock is trusted unless a feed response known to be fresh shows it is wrong by
 * more than half an hour (a phone set to the wrong zone or DST, a dead battery); see
 * `serverOffset` for when a server's `Date` is believed, and the README's design notes for why.
 */

/** What time-keeping needs from the platform; tests swap in a fake one. */
export interface ClockEnv {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

/** What a response said about the server's clock, and when (on the device clock) it was asked. */
export interface ServerTime {
  /** The `Date` header, epoch ms (whole seconds). */
  readonly date: number;
  /** The `Age` header in seconds: how long caches held the response; 0 without one. */
  readonly age: number;
  /** Device clock when the request was sent and when its headers arrived. */
  readonly sentAt: number;
  readonly receivedAt: number;
}

/** Smaller differences are left to the device: a cache that sends no `Age` can make a `Date` this old. */
export const TRUST_DEVICE_WITHIN = 30 * 60_000;
/**
 * Larger ones are not believed either: a device that far off cannot open HTTPS pages, and a fake
 * clock in an app's own tests (set to a session's date) is not to be "corrected".
 */
export const MAX_CORRECTION = 48 * 3_600_000;

/**
 * How far the device clock is behind the server's (ms; negative when ahead), or 0 when the
 * device is to be trusted. The server's time at arrival is `Date` + `Age` + half the round trip
 * (+ 0.5 s: `Date` is cut to the second).
 */
export function serverOffset({date, age, sentAt, receivedAt}: ServerTime): number {
  if (!Number.isFinite(date) || !(age >= 0) || !(receivedAt >= sentAt)) return 0;
  const offset = date + age * 1000 + 500 + (receivedAt - sentAt) / 2 - receivedAt;
  const size = Math.abs(offset);
  return size > TRUST_DEVICE_WITHIN && size <= MAX_CORRECTION ? offset : 0;
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

  /** Takes what a fresh response says about the server's clock. */
  adopt(server: ServerTime): void {
    const correction = deviceOnly() ? 0 : serverOffset(server);
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
