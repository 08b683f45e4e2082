/**
 * When a feed server's `Date` is believed over the device's clock (see ./clock.ts). A module of
 * its own, imported by the feed code only: the page clock (in every element's first chunk) takes
 * the offset this computes, so a countdown with start and end does not carry it (issue 16).
 */

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
