import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {FeedLoadError} from '../feed/load.js';
import type {Msg} from '../i18n/msg.js';
import {engine, whenLoaded} from './feed-engine-load.js';
import type {FeedReader} from './feed-engine.js';
import type {Feed} from '../core/types.js';
import {pageClock} from '../time/clock.js';

/**
 * How long a widget that has been given no feed waits for one before it says so: an app may be
 * fetching it (its `feed` unset or `null` meanwhile), a framework may be hydrating server-rendered
 * HTML (React 18's wrappers set `src` and `session` as properties then). Until then it shows its
 * loading box; a snippet pasted without `src` says "No programme was given" after this.
 */
export const NO_DATA_AFTER = 10_000;

export type FeedState =
  | {readonly status: 'loading'}
  | {readonly status: 'error'; readonly reason: 'no-data' | FeedLoadError['reason'] | 'invalid'}
  | {readonly status: 'ready'; readonly feed: Feed; readonly savedAt?: number};

export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  feed?: unknown;
  /** Seconds between background re-fetches of `src`; 0 or undefined: never. */
  refresh?: number;
  /** A countdown's own start: it shows that without a feed, so it does not wait for one. */
  start?: string;
}

/**
 * Where a widget's data comes from, in order: the `feed` property, the `src` URL,
 * an inline `<script type="application/json">` child. Turns it into a FeedState. This is the
 * half every feed widget carries: whether it was given a feed, and its state; the reading
 * itself (parse, fetch, refresh, console lines, events) is FeedReader, in the feed code
 * (./feed-engine.ts), which a countdown with only `start` and `end` never loads.
 */
export class FeedController implements ReactiveController {
  state: FeedState = {status: 'loading'};
  /** @internal What was read last (the `feed` object, the `src` URL or the inline text). */
  source: unknown = undefined;
  /** @internal The feed code's reader, once this widget has been given a feed. */
  reader?: FeedReader;

  /** `strings`: the host's interface strings, in its language (console lines for the partner included). */
  constructor(
    readonly host: FeedHost,
    readonly strings: () => Msg,
  ) {
    host.addController(this);
  }

  /** While the feed code is being imported: settles when this widget has re-rendered with it. */
  pending?: Promise<unknown>;

  hostUpdate(): void {
    const {src} = this.host;
    // `null` is no feed yet, as apps hold it while they fetch one (React's useState(null), Vue's ref(null)).
    const feed = this.host.feed ?? undefined;
    const text = feed === undefined && !src ? (this.host.querySelector(':scope > script[type="application/json"]')?.textContent ?? null) : null;
    if (feed === undefined && !src && text === null) return this.use(null, () => this.awaitChildren());
    const wait = whenLoaded();
    if (wait) {
      this.state = {status: 'loading'};
      this.pending ??= wait.then(() => {
        this.pending = undefined;
        this.host.requestUpdate();
      });
      return;
    }
    const reader = (this.reader ??= new engine(this));
    if (feed !== undefined) this.use(feed, () => reader.fromFeed(feed));
    else if (src) this.use(src, () => reader.fetch(src));
    else this.use(text, () => reader.fromText(text!));
  }

  hostDisconnected(): void {
    this.reader?.stopRefresh();
  }

  hostConnected(): void {
    // Back in the page: pick up where the refresh left off.
    if (this.state.status === 'ready' && this.host.src && this.source === this.host.src) this.reader?.scheduleRefresh(this.host.src);
  }

  /** Loads again from the network (the Retry button). */
  retry(): void {
    this.source = undefined;
    this.host.requestUpdate();
  }

  private use(source: unknown, next: () => FeedState | void): void {
    if (source === this.source) return;
    this.source = source;
    const state = next();
    if (state) this.state = state;
  }

  /**
   * No feed, no `src`, no inline JSON. A script in `<head>` upgrades the element before the
   * parser has added its children: wait for the document. Then wait `NO_DATA_AFTER` for a feed
   * before saying that there is none (unless the state has moved on: another source, or a later
   * wait of its own).
   */
  awaitChildren(): FeedState {
    const state: FeedState = {status: 'loading'};
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => this.retry(), {once: true});
    else if (!this.host.start) pageClock.env.setTimeout(() => this.state === state && this.settle(null, {status: 'error', reason: 'no-data'}), NO_DATA_AFTER);
    return state;
  }

  /** @internal For FeedReader: the result for `src`, unless the widget moved on to another source. */
  settle(src: string | null, state: FeedState): void {
    if (this.source !== src) return; // the widget moved on to another source meanwhile
    this.state = state;
    this.host.requestUpdate();
  }
}
