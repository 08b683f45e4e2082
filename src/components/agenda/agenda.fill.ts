/**
 * How much of a long programme is in the DOM yet (issue 18). Rendering 1,000 sessions in one
 * update costs more than the first screen needs: from `PROGRESSIVE_FROM` sessions the first update
 * renders the first screen of sessions (of those the filters show), and the rest follow, a chunk
 * per task, while the list says `aria-busy="true"`. Everything ends up in the DOM (find-in-page,
 * screen readers, print): this only orders the work. Filters, search, the count, the URL, stars
 * and "My programme" work on the data, so they are right at every step.
 *
 * The list is always a prefix of the sessions in time order, and it never shrinks: a new feed, a
 * language or a filter during the filling renders the same prefix of the new list (Lit's parts
 * are positional, so no session is duplicated or lost), and once the list is complete every later
 * list is rendered whole in one update, as a short programme always is.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** From this many sessions the list is filled in steps; a shorter one renders in one update, as before. */
export const PROGRESSIVE_FROM = 100;
/** Sessions shown by the first update: more than the tallest screen holds. */
export const FIRST = 40;
/**
 * Script time a later step aims at: each step adds as many sessions as the last one's pace allows
 * (at least 20, at most 300), so that a fast device fills its list in a few steps (each step walks
 * the items already there again, and the browser lays out and paints between steps) and a slow
 * one in short tasks that never keep a keystroke waiting long.
 */
const STEP_MS = 30;

/**
 * A task of its own, soon. Not requestAnimationFrame (a background tab never gets one) and not
 * setTimeout (clamped to once a second there): a message is never throttled.
 */
const soon = (fn: () => void): void => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => fn();
  channel.port2.postMessage(0);
};

export class ListFill implements ReactiveController {
  /** Set while this controller's own update runs: it adds sessions, nothing else needs redoing. */
  only = false;
  /** How many sessions, from the first, are rendered (or about to be); Infinity once the list was complete. */
  private limit?: number;
  private total = 0;
  private taken = false;
  private scheduled = false;
  /** Sessions the next step adds, and when the current step began and from how many. */
  private chunk = 60;
  private step?: [start: number, from: number];
  private waiters: (() => void)[] = [];
  private print?: MediaQueryList;

  /** `flush` updates the host now (its protected performUpdate), before printing or a jump. */
  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly flush: () => void) {
    host.addController(this);
  }

  /** Every session of the current list is in the DOM (or there is no list). */
  get complete(): boolean {
    return !this.taken || (this.limit ?? 0) >= this.total;
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.handlePrint);
    this.print = matchMedia('print');
    this.print.addEventListener?.('change', this.handlePrint);
    if (!this.complete) this.schedule();
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.handlePrint);
    this.print?.removeEventListener?.('change', this.handlePrint);
  }

  hostUpdate(): void {
    this.taken = false;
  }

  hostUpdated(): void {
    if (this.step) {
      const added = Math.min(this.limit ?? 0, this.total) - this.step[1];
      const ms = Math.max(1, performance.now() - this.step[0]);
      if (added > 0) this.chunk = Math.min(300, Math.max(20, Math.round((added * STEP_MS) / ms)));
      this.step = undefined;
    }
    this.only = false;
    if (!this.complete) return this.schedule();
    for (const resolve of this.waiters.splice(0)) resolve();
  }

  /**
   * How many of the list's `total` sessions to render in this update. `first` says how many cover
   * the first screen of the sessions the filters show (asked only while the list is filling).
   */
  take(total: number, first: () => number): number {
    this.taken = true;
    this.total = total;
    this.limit ??= total < PROGRESSIVE_FROM ? Infinity : 0;
    // Being printed (or opened to print): all of it now.
    if (this.limit < total) this.limit = this.print?.matches ? Infinity : Math.max(this.limit, first());
    if (this.limit >= total) this.limit = Infinity;
    return Math.min(this.limit, total);
  }

  /** At least the first `n` sessions in the DOM now (the target of "Jump to now"). */
  reach(n: number): void {
    if (this.complete || (this.limit ?? 0) >= n) return;
    this.limit = n;
    this.host.requestUpdate();
    this.flush();
  }

  /** Resolves once every session of the list is in the DOM. */
  async whenComplete(): Promise<void> {
    await this.host.updateComplete;
    while (!this.complete) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
      await this.host.updateComplete;
    }
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    soon(() => {
      this.scheduled = false;
      // Gone from the page: carried on when it comes back (hostConnected).
      if (!this.host.isConnected || this.complete) return;
      this.step = [performance.now(), this.limit ?? 0];
      this.limit = (this.limit ?? 0) + this.chunk;
      this.only = true;
      this.host.requestUpdate();
    });
  }

  /** Printing: the whole programme, before the browser lays the page out for paper. */
  private readonly handlePrint = (e: Event): void => {
    // `matches` is false when print media ends (beforeprint has none).
    if (this.complete || (e as MediaQueryListEvent).matches === false) return;
    this.limit = Infinity;
    this.host.requestUpdate();
    this.flush();
  };
}
