import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {UclgStatusChangeEvent} from '../events/status-change.js';
import type {Session} from '../feed/types.js';
import {nextStatusChange, statusAt, type SessionStatus} from './status.js';
import {ticker} from './ticker.js';

export type TimedSession = Pick<Session, 'id' | 'start' | 'end' | 'status'>;

export interface ClockHost extends ReactiveControllerHost, EventTarget {
  /** The instant to render: a frozen `now`, or the clock. */
  clock(): number;
  /** True when `now` freezes the clock: nothing to schedule. */
  readonly frozen: boolean;
}

/**
 * Keeps a widget in time with the shared ticker: re-renders it at each status change (and at
 * whatever finer instants it asks for, like a countdown's next second), and fires
 * `uclg-status-change` once per change that the passage of time caused.
 */
export class ClockController implements ReactiveController {
  private readonly seen = new Map<string, SessionStatus>();
  private woken = false;

  constructor(
    private readonly host: ClockHost,
    private readonly sessions: () => readonly TimedSession[],
    private readonly finer: (now: number) => number | undefined = () => undefined,
  ) {
    host.addController(this);
  }

  /** The status of `session` at the instant being rendered. */
  status(session: TimedSession): SessionStatus {
    return statusAt(session, this.host.clock());
  }

  hostUpdated(): void {
    const now = this.host.clock();
    let next = this.host.frozen ? undefined : this.finer(now);
    for (const s of this.sessions()) {
      const status = statusAt(s, now);
      const old = this.seen.get(s.id);
      if (this.woken && old && old !== status) {
        this.host.dispatchEvent(new UclgStatusChangeEvent({sessionId: s.id, oldStatus: old, newStatus: status}));
      }
      this.seen.set(s.id, status);
      const change = nextStatusChange(s, now);
      if (!this.host.frozen && change !== undefined) next = Math.min(next ?? Infinity, change);
    }
    this.woken = false;
    ticker.schedule(this, next, this.wake);
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
