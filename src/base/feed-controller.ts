import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {pageClock} from '../time/clock.js';
import type {FeedLoadError, LoadedFeed} from '../feed/load.js';
import {addStrings, str, type Msg} from '../i18n/msg.js';
import {engine, whenLoaded} from './feed-engine-load.js';
import type {Feed, ParseResult} from '../core/types.js';
import {consoleStrings} from '../i18n/generated/strings/console.js';

addStrings(consoleStrings);

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


const reported = new WeakSet<object>();

/**
 * Where a widget's data comes from, in order: the `feed` property, the `src` URL,
 * an inline `<script type="application/json">` child. Turns it into a FeedState.
 */
export class FeedController implements ReactiveController {
  state: FeedState = {status: 'loading'};
  private source: unknown = undefined;
  private refreshTimer: unknown;

  /** `strings`: the host's interface strings, in its language (console lines for the partner included). */
  constructor(
    private readonly host: FeedHost,
    private readonly strings: () => Msg,
  ) {
    host.addController(this);
  }

  /** A line for the partner's console, in the widget's language, with the tag that wrote it. */
  private log(level: 'warn' | 'error', line: string): void {
    console[level](`[${this.host.localName}] ${line}`);
  }

  /**
   * Editors find the precise problem in the console, and the command that explains it (the CDN
   * files say each problem in a few words, see messages.cdn.ts); visitors see a short state.
   * The problems themselves are the validator's, in English, like its output.
   */
  private report(result: ParseResult, src = '<feed.json>'): void {
    if (!result.problems.length || reported.has(result.problems)) return;
    reported.add(result.problems);
    const command = `npx uclg-widgets validate ${src}`;
    const msg = this.strings();
    this.log(result.feed ? 'warn' : 'error', `${msg(str`Problems in the feed (${command} explains them):`, {id: 'console.feed-problems', desc: 'Console line for the web editor, followed by the list of problems (in English). The value is a command to run; keep it as it is.'})}\n${engine.formatProblems(result.problems)}`);
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
    if (feed !== undefined) this.use(feed, () => this.fromResult(engine.parseOnce(feed)));
    else if (src) this.use(src, () => this.fetch(src));
    else this.use(text, () => this.fromText(text!));
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
      return this.fromResult(engine.parseOnce(engine.readJson(text)));
    } catch (e) {
      // An async script can upgrade us while the parser is still inside our inline JSON (a slow
      // network): a prefix of a JSON object never parses, so wait for the whole document.
      if (document.readyState === 'loading') return this.awaitChildren();
      const reason = (e as Error).message;
      const msg = this.strings();
      this.log('error', msg(str`The inline feed is not JSON: ${reason}`, {id: 'console.inline-not-json', desc: 'Console line for the web editor: the inline <script type="application/json"> could not be read. The value is the browser\'s own error (in English).'}));
      return {status: 'error', reason: 'not-json'};
    }
  }

  private fromResult(result: ParseResult, src?: string): FeedState {
    this.report(result, src);
    if (!result.feed) return {status: 'error', reason: 'invalid'};
    return {status: 'ready', feed: result.feed};
  }

  private fetch(src: string, fresh = false): void {
    if (!fresh) this.state = {status: 'loading'};
    this.stopRefresh();
    engine.loadFeed(src, {fresh}).then(
      (loaded) => this.loaded(src, loaded),
      (e: unknown) => {
        const error = e instanceof engine.FeedLoadError ? e : new engine.FeedLoadError('network', String(e));
        this.logLoadFailure(src, error.message);
        this.announce(new engine.UclgFeedErrorEvent({src, reason: error.reason, message: error.message}));
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
      this.logLoadFailure(src, loaded.failure ?? 'network');
      this.settle(src, {...state, savedAt: loaded.savedAt});
      this.announce(new engine.UclgFeedErrorEvent({src, reason: 'network', message: `showing the copy saved at ${new Date(loaded.savedAt).toISOString()}`}));
    } else this.settle(src, state);
    if (state.status === 'ready') {
      this.announce(new engine.UclgFeedLoadEvent({src, sessions: state.feed.sessions.length, ...(loaded.savedAt !== undefined && {savedAt: loaded.savedAt})}));
      this.scheduleRefresh(src);
    } else this.announce(new engine.UclgFeedErrorEvent({src, reason: 'invalid', message: engine.formatProblems(loaded.problems)}));
  }

  private logLoadFailure(src: string, reason: string): void {
    const msg = this.strings();
    this.log('error', msg(str`Could not load ${src}: ${reason}`, {id: 'console.load-failed', desc: 'Console line for the web editor: a URL, then the technical reason (in English).'}));
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
