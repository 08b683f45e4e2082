import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Session, SessionStatus} from '../core/types.js';
import {UclgStatusChangeEvent} from '../events/status-change.js';
import {nextStatusChange, statusAt} from '../time/status.js';
import {ticker} from '../time/ticker.js';

export type TimedSession = Pick<Session, 'id' | 'start' | 'end' | 'status'>;

/** Where a widget reads the instant it renders. */
export interface TimeSource {
  /** A frozen `now`, or the page clock. */
  now(): number;
  /** True when `now` freezes the clock: nothing to schedule. */
  frozen(): boolean;
}

/** Time moves a session this way only: upcoming, live, ended. */
const ORDER: Partial<Record<SessionStatus, number>> = {upcoming: 0, live: 1, ended: 2};
const backward = (from: SessionStatus, to: SessionStatus): boolean => (ORDER[to] ?? -1) >= 0 && ORDER[to]! < (ORDER[from] ?? -1);

/**
 * Keeps a widget in time with the shared ticker: re-renders it at each status change (and at
 * whatever finer instants it asks for, like a countdown's next second), and fires
 * `uclg-status-change` once per change that the passage of time caused.
 *
 * A correction of the page's clock (a feed's `Date` showing the device wrong by hours) wakes it
 * too. A move forward is announced, as the session did start or end; a move back (shown "Live"
 * on a device an hour fast, "Upcoming" in truth) is not, as no time ran backwards: the status is
 * shown as it is, and the start is announced once, when it comes.
 */
export class ClockController implements ReactiveController {
  private readonly seen = new Map<string, SessionStatus>();
  private woken = false;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly source: TimeSource,
    private readonly sessions: () => readonly TimedSession[],
    private readonly finer: (now: number) => number | undefined = () => undefined,
  ) {
    host.addController(this);
  }

  /** The status of `session` at the instant being rendered. */
  status(session: TimedSession): SessionStatus {
    return statusAt(session, this.source.now());
  }

  hostUpdated(): void {
    const now = this.source.now();
    const frozen = this.source.frozen();
    let next = frozen ? undefined : this.finer(now);
    for (const s of this.sessions()) {
      const status = statusAt(s, now);
      const old = this.seen.get(s.id);
      if (this.woken && old && old !== status && !backward(old, status)) {
        this.host.dispatchEvent(new UclgStatusChangeEvent({sessionId: s.id, oldStatus: old, newStatus: status}));
      }
      this.seen.set(s.id, status);
      const change = nextStatusChange(s, now);
      if (!frozen && change !== undefined) next = Math.min(next ?? Infinity, change);
    }
    this.woken = false;
    // Nothing left to wait for (every session ended): still woken by a correction of the clock.
    ticker.schedule(this, frozen ? undefined : (next ?? Infinity), this.wake);
  }

  hostDisconnected(): void {
    ticker.cancel(this);
    this.seen.clear();
  }

  hostConnected(): void {
    this.host.requestUpdate();
  }

  private readonly wake = (): void => {
    this.woken = true;
    this.host.requestUpdate();
  };
}
