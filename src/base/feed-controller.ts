import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {UclgFeedErrorEvent, UclgFeedLoadEvent} from '../events/feed.js';
import {pageClock} from '../time/clock.js';
import {FeedLoadError, loadFeed, readJson, type LoadedFeed} from '../feed/load.js';
import {formatProblems, parseFeed} from '../feed/parse.js';
import type {Feed, ParseResult} from '../core/types.js';

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

const parsed = new WeakMap<object, ParseResult>();
const reported = new WeakSet<object>();

/** A `feed` property may be raw JSON or a Feed we parsed already; parse each object once. */
function parseOnce(value: unknown): ParseResult {
  if (typeof value !== 'object' || value === null) return parseFeed(value);
  let r = parsed.get(value);
  if (!r) {
    r = parseFeed(value);
    parsed.set(value, r);
  }
  return r;
}

/**
 * Editors find the precise problem in the console, and where to have it explained (the CDN
 * files say it in a few words, see messages.cdn.ts); visitors see a short, localized state.
 */
function report(tag: string, result: ParseResult, src = '<feed.json>'): void {
  if (!result.problems.length || reported.has(result.problems)) return;
  reported.add(result.problems);
  const log = result.feed ? console.warn : console.error;
  log(`[${tag}] feed problems (explained by: npx uclg-widgets validate ${src}):\n${formatProblems(result.problems)}`);
}

/**
 * Where a widget's data comes from, in order: the `feed` property, the `src` URL,
 * an inline `<script type="application/json">` child. Turns it into a FeedState.
 */
export class FeedController implements ReactiveController {
  state: FeedState = {status: 'loading'};
  private source: unknown = undefined;
  private refreshTimer: unknown;

  constructor(private readonly host: FeedHost) {
    host.addController(this);
  }

  hostUpdate(): void {
    const {feed, src} = this.host;
    if (feed !== undefined) this.use(feed, () => this.fromResult(parseOnce(feed)));
    else if (src) this.use(src, () => this.fetch(src));
    else {
      const script = this.host.querySelector(':scope > script[type="application/json"]');
      const text = script?.textContent ?? null;
      this.use(text, () => (text === null ? this.awaitChildren() : this.fromText(text)));
    }
  }

  hostDisconnected(): void {
    this.stopRefresh();
  }

  hostConnected(): void {
    // Back in the page: pick up where the refresh left off.
    if (this.state.status === 'ready' && this.host.src && this.source === this.host.src) this.scheduleRefresh(this.host.src);
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
  private awaitChildren(): FeedState {
    if (document.readyState !== 'loading') return {status: 'error', reason: 'no-data'};
    document.addEventListener('DOMContentLoaded', () => this.retry(), {once: true});
    return {status: 'loading'};
  }

  private fromText(text: string): FeedState {
    try {
      return this.fromResult(parseOnce(readJson(text)));
    } catch (e) {
      // An async script can upgrade us while the parser is still inside our inline JSON (a slow
      // network): a prefix of a JSON object never parses, so wait for the whole document.
      if (document.readyState === 'loading') return this.awaitChildren();
      console.error(`[${this.host.localName}] inline feed is not JSON: ${(e as Error).message}`);
      return {status: 'error', reason: 'not-json'};
    }
  }

  private fromResult(result: ParseResult, src?: string): FeedState {
    report(this.host.localName, result, src);
    if (!result.feed) return {status: 'error', reason: 'invalid'};
    return {status: 'ready', feed: result.feed};
  }

  private fetch(src: string, fresh = false): void {
    if (!fresh) this.state = {status: 'loading'};
    this.stopRefresh();
    loadFeed(src, {fresh}).then(
      (loaded) => this.loaded(src, loaded),
      (e: unknown) => {
        const error = e instanceof FeedLoadError ? e : new FeedLoadError('network', String(e));
        console.error(`[${this.host.localName}] feed ${src} could not be loaded: ${error.message}`);
        this.announce(new UclgFeedErrorEvent({src, reason: error.reason, message: error.message}));
        // A background refresh that fails keeps what is shown; the next one tries again.
        if (fresh && this.state.status === 'ready') this.scheduleRefresh(src);
        else this.settle(src, {status: 'error', reason: error.reason});
      },
    );
  }

  private loaded(src: string, loaded: LoadedFeed): void {
    // Before the first render of this feed, so that it already shows the corrected time.
    if (loaded.serverTime) pageClock.adopt(loaded.serverTime);
    const state = this.fromResult(loaded, src);
    if (state.status === 'ready' && loaded.savedAt !== undefined) {
      this.settle(src, {...state, savedAt: loaded.savedAt});
      this.announce(new UclgFeedErrorEvent({src, reason: 'network', message: `showing the copy saved at ${new Date(loaded.savedAt).toISOString()}`}));
    } else this.settle(src, state);
    if (state.status === 'ready') {
      this.announce(new UclgFeedLoadEvent({src, sessions: state.feed.sessions.length, ...(loaded.savedAt !== undefined && {savedAt: loaded.savedAt})}));
      this.scheduleRefresh(src);
    } else this.announce(new UclgFeedErrorEvent({src, reason: 'invalid', message: formatProblems(loaded.problems)}));
  }

  private scheduleRefresh(src: string): void {
    this.stopRefresh();
    const seconds = Number(this.host.refresh);
    if (!(seconds > 0) || !this.host.isConnected) return;
    this.refreshTimer = pageClock.env.setTimeout(() => {
      this.refreshTimer = undefined;
      if (this.source !== src) return;
      if (document.visibilityState === 'hidden') {
        // Nobody is looking: refresh when somebody is.
        document.addEventListener('visibilitychange', () => this.source === src && this.fetch(src, true), {once: true});
      } else this.fetch(src, true);
    }, Math.max(10, seconds) * 1000);
  }

  private stopRefresh(): void {
    if (this.refreshTimer !== undefined) pageClock.env.clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
  }

  /** Events for the partner's own monitoring. */
  private announce(event: Event): void {
    this.host.dispatchEvent(event);
  }

  private settle(src: string, state: FeedState): void {
    if (this.source !== src) return; // the widget moved on to another source meanwhile
    this.state = state;
    this.host.requestUpdate();
  }
}
