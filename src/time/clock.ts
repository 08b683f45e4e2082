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

export let env: ClockEnv = platform;
let skew = 0;

/** Tests only: replaces the platform clock and timers (undefined restores them). */
export function useClockEnv(fake?: ClockEnv): void {
  env = fake ?? platform;
  skew = 0;
}

/**
 * Trusts the server's `Date` header over a device clock that is off by more than a minute:
 * a phone set to the wrong time must not show a wrong countdown.
 */
export function adoptServerTime(serverDate: number, receivedAt: number): void {
  const difference = serverDate - receivedAt;
  skew = Math.abs(difference) > 60_000 ? difference : 0;
}

/** The page's best idea of the current instant. */
export const clockNow = (): number => env.now() + skew;
