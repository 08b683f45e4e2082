/** Pure countdown maths: what to show and when it next changes. */

export type Unit = 'day' | 'hour' | 'minute' | 'second';
export const UNIT_MS: Record<Unit, number> = {day: 86_400_000, hour: 3_600_000, minute: 60_000, second: 1000};
const UNITS: readonly Unit[] = ['day', 'hour', 'minute', 'second'];

/** Beyond this, "in 12 days" says enough. */
export const FAR = 3 * UNIT_MS.day;
/** Seconds are shown (and ticked) only this close to the start. */
export const NEAR = UNIT_MS.day;

export interface UnitValue {
  readonly unit: Unit;
  readonly value: number;
}

/**
 * Splits `ms` into whole units down to `smallest`, rounded *up* at that unit so that the
 * display never reads zero before the instant has come. Leading zero units are dropped.
 */
export function splitDuration(ms: number, smallest: Unit): UnitValue[] {
  const step = UNIT_MS[smallest];
  let rest = Math.ceil(ms / step) * step;
  const out: UnitValue[] = [];
  for (const unit of UNITS.slice(0, UNITS.indexOf(smallest) + 1)) {
    const value = Math.floor(rest / UNIT_MS[unit]);
    rest -= value * UNIT_MS[unit];
    if (value || out.length || unit === smallest) out.push({unit, value});
  }
  return out;
}

/** The next instant before `target` at which a display rounded up to `step` changes. */
export function nextStep(target: number, now: number, step: number): number {
  return target - (Math.ceil((target - now) / step) - 1) * step;
}

/** Announced politely when crossed on the way to the start. */
export const MILESTONES: readonly UnitValue[] = [
  {unit: 'day', value: 1},
  {unit: 'hour', value: 1},
  {unit: 'minute', value: 10},
];

/** The milestone crossed between two remaining durations, if any. */
export function crossedMilestone(before: number, after: number): UnitValue | undefined {
  return MILESTONES.find((m) => {
    const at = m.value * UNIT_MS[m.unit];
    return before > at && after <= at;
  });
}
