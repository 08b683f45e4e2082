import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {FeedLoadError} from '../feed/load.js';
import type {Msg} from '../i18n/msg.js';
import {engine, whenLoaded} from './feed-engine-load.js';
import type {FeedReader} from './feed-engine.js';
import type {Feed} from '../core/types.js';

export type FeedState =
  | {readonly status: 'loading'}
  | {readonly status: 'error'; readonly reason: 'no-data' | FeedLoadError['reason'] | 'invalid'}
  | {readonly status: 'ready'; readonly feed: Feed; readonly savedAt?: number};

export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  feed?: unknown;
  /** Seconds between background re-fetches of `src`; 0 or undefined: never. */
  refresh?: number;
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
    const {feed, src} = this.host;
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
   * A script in `<head>` upgrades the element before the parser has added its children:
   * wait for the document before saying that there is no data.
   */
  awaitChildren(): FeedState {
    if (document.readyState !== 'loading') return {status: 'error', reason: 'no-data'};
    document.addEventListener('DOMContentLoaded', () => this.retry(), {once: true});
    return {status: 'loading'};
  }

  /** @internal For FeedReader: the result for `src`, unless the widget moved on to another source. */
  settle(src: string, state: FeedState): void {
    if (this.source !== src) return; // the widget moved on to another source meanwhile
    this.state = state;
    this.host.requestUpdate();
  }
}
