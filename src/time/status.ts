import type {Session, SessionStatus} from '../core/types.js';

type Timed = Pick<Session, 'start' | 'end' | 'status'>;

/** Upcoming until `start`, live from `start` (inclusive) until `end` (exclusive), then ended. */
export function statusAt(session: Timed, now: number): SessionStatus {
  if (session.status !== 'scheduled') return session.status;
  if (now < session.start) return 'upcoming';
  return now < session.end ? 'live' : 'ended';
}

/** The next instant at which `statusAt` changes, or undefined when it never will again. */
export function nextStatusChange(session: Timed, now: number): number | undefined {
  if (session.status !== 'scheduled') return undefined;
  if (now < session.start) return session.start;
  return now < session.end ? session.end : undefined;
}
