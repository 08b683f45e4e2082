/**
 * How much of a long programme is in the DOM yet (issue 18). Rendering 1,000 sessions in one
 * update costs more than the first screen needs: from `PROGRESSIVE_FROM` sessions the first update
 * renders the first screen of sessions (of those the filters show), and the rest follow, a chunk
 * after each painted frame, while the list says `aria-busy="true"`. Everything ends up in the DOM (find-in-page,
 * screen readers, print): this only orders the work. Filters, search, the count, the URL, stars
 * and "My programme" work on the data, so they are right at every step.
 *
 * The list is always a prefix of the sessions in time order, and it never shrinks: a new feed, a
 * language or a filter during the filling renders the same prefix of the new list (Lit's parts
 * are positional, so no session is duplicated or lost), and once the list is complete every later
 * list is rendered whole in one update, as a short programme always is.
 *
 * A filter or a search word that shows or hides many items at once is applied the same way
 * (`shows`): to the first screen in the update the input causes, to the items after it in the next
 * steps. Bringing 1,000 hidden items back costs their style and layout, about ten frames; hiding
 * hundreds, two. Until a step reaches them, the items further down keep what they showed before,
 * and the list says `aria-busy="true"`; the count and everything else read the data.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {soon} from '../../internal/soon.js';

/** From this many sessions the list is filled in steps; a shorter one renders in one update, as before. */
export const PROGRESSIVE_FROM = 100;
/**
 * Sessions the first update shows, and the update of a change that shows or hides many: as many
 * as the window holds at the smallest an item is drawn, at least 12, at most 40. The smallest
 * item (compact, a session that ended, no people, a one-line title) is 109 px high at the
 * default size and 79 px at `--uclg-font-size: 10px`; this counts 64. Each item more is style
 * and layout in the frame the visitor waits for: a window of 720 px takes 12 instead of 40.
 */
export const screenful = (): number => Math.min(40, Math.max(12, Math.ceil(innerHeight / 64)));
/**
 * Time a later step aims at, its script and the style, layout and paint of the frame after it:
 * each step adds as many sessions as the last one's pace allows (at least 20, at most 300), so
 * that a fast device fills its list in a few steps (each step walks the items already there
 * again) and a slow one in short steps that never keep a keystroke waiting long.
 */
const STEP_MS = 30;

/**
 * `fn` after the next frame has painted, with how long that frame's rendering took (ms), so that
 * the frame an input asked for shows its first screen of results before any later step runs,
 * and each step's pace counts the style and layout it caused. A hidden page renders no frames:
 * there `fn` runs soon, with 0; so it does if no frame comes within 100 ms.
 */
export const afterFrame = (fn: (renderMs: number) => void): void => {
  if (document.hidden) return soon(() => fn(0));
  let frameAt = 0;
  const go = (): void => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    soon(() => fn(frameAt && performance.now() - frameAt));
  };
  // The message `go` posts from the frame's callbacks runs once the frame's rendering is done.
  const frame = requestAnimationFrame(() => {
    frameAt = performance.now();
    go();
  });
  const timer = setTimeout(go, 100);
};

/** Two sets with the same members (a render makes a new one each time). */
function same(a: ReadonlySet<unknown>, b: ReadonlySet<unknown>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

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
  private step?: [start: number, from: number, revealing: boolean];
  /** The last step's work, for the next one's pace once its frame has rendered: sessions, script ms. */
  private done?: [added: number, scriptMs: number, revealing: boolean];
  private waiters: (() => void)[] = [];
  private print?: MediaQueryList;
  /**
   * What the items show: `target`, what the filters let through, except from the index `revealTo`
   * to `staleTo` (the items rendered before the change that steps have not reached yet), which
   * still show `before`.
   */
  private target?: ReadonlySet<unknown>;
  private before: ReadonlySet<unknown> = new Set();
  private revealTo = Infinity;
  private staleTo = 0;
  /** Sessions a later step applies the change to (cheaper than adding them). */
  private revealChunk = 150;
  private list: readonly unknown[] = [];

  /** `flush` updates the host now (its protected performUpdate), before printing or a jump. */
  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly flush: () => void) {
    host.addController(this);
  }

  /** Every session of the current list is in the DOM (or there is no list), showing what the filters say. */
  get complete(): boolean {
    return this.filled && this.revealTo === Infinity;
  }

  private get filled(): boolean {
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
      const [start, from, revealing] = this.step;
      const added = (revealing ? Math.min(this.revealTo, this.staleTo) : Math.min(this.limit ?? 0, this.total)) - from;
      this.done = added > 0 ? [added, performance.now() - start, revealing] : undefined;
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

  /**
   * The sessions to show in this update, of the `sessions` listed (in order): `visible`, what the
   * filters let through, or while a big change is being applied, `visible` up to a point and what
   * was shown before after it. `first` says how many sessions cover the first screen of `visible`.
   */
  shows<T>(sessions: readonly T[], visible: ReadonlySet<T>, first: () => number): ReadonlySet<T> {
    const target = this.target as ReadonlySet<T> | undefined;
    this.list = sessions;
    if (target && !same(target, visible)) {
      // What the items show now, then how many of those in the DOM the change would touch.
      const before = this.showing(target);
      const rendered = Math.min(this.limit ?? 0, sessions.length);
      // A change that touches more items than two screenfuls is applied in steps.
      const atOnce = 2 * screenful();
      let changed = 0;
      for (let i = 0; i < rendered && changed <= atOnce; i++) if (before.has(sessions[i]) !== visible.has(sessions[i])) changed++;
      this.before = before;
      this.staleTo = rendered;
      this.revealTo = changed > atOnce && sessions.length >= PROGRESSIVE_FROM && !this.print?.matches ? first() : Infinity;
    }
    this.target = visible;
    if (this.revealTo >= this.staleTo) this.revealTo = Infinity;
    return this.showing(visible);
  }

  /** What the items show while `target` is applied to all but the items from `revealTo` to `staleTo` (rendered before the change). */
  private showing<T>(target: ReadonlySet<T>): ReadonlySet<T> {
    if (this.revealTo === Infinity) return target;
    const list = this.list as readonly T[];
    const before = this.before as ReadonlySet<T>;
    return new Set(list.filter((s, i) => (i >= this.revealTo && i < this.staleTo ? before : target).has(s)));
  }

  /** At least the first `n` sessions in the DOM and showing what the filters say, now (the target of "Jump to now"). */
  reach(n: number): void {
    if (this.complete || ((this.limit ?? 0) >= n && this.revealTo >= n)) return;
    this.limit = Math.max(this.limit ?? 0, n);
    this.revealTo = Math.max(this.revealTo, n);
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
    afterFrame((renderMs) => {
      this.scheduled = false;
      if (this.done) {
        const [added, scriptMs, revealing] = this.done;
        const pace = Math.round((added * STEP_MS) / Math.max(1, scriptMs + renderMs));
        if (revealing) this.revealChunk = Math.min(1000, Math.max(40, pace));
        else this.chunk = Math.min(300, Math.max(20, pace));
        this.done = undefined;
      }
      // Gone from the page: carried on when it comes back (hostConnected).
      if (!this.host.isConnected || this.complete) return;
      // First a change of what is shown to every item, then the rest of the sessions into the DOM.
      const revealing = this.revealTo !== Infinity;
      this.step = [performance.now(), revealing ? this.revealTo : (this.limit ?? 0), revealing];
      if (revealing) this.revealTo += this.revealChunk;
      else this.limit = (this.limit ?? 0) + this.chunk;
      this.only = true;
      this.host.requestUpdate();
    });
  }

  /** Printing: the whole programme, before the browser lays the page out for paper. */
  private readonly handlePrint = (e: Event): void => {
    // `matches` is false when print media ends (beforeprint has none).
    if (this.complete || (e as MediaQueryListEvent).matches === false) return;
    this.limit = this.revealTo = Infinity;
    this.host.requestUpdate();
    this.flush();
  };
}
