import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {FeedLoadError, loadFeed, readJson} from './load.js';
import {formatProblems, parseFeed} from './parse.js';
import type {Feed, ParseResult} from './types.js';

export type FeedState =
  | {readonly status: 'loading'}
  | {readonly status: 'error'; readonly reason: 'no-data' | FeedLoadError['reason'] | 'invalid'}
  | {readonly status: 'ready'; readonly feed: Feed; readonly serverDate?: number};

export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  feed?: unknown;
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

/** Editors find the precise problem in the console; visitors see a short, localized state. */
function report(tag: string, result: ParseResult): void {
  if (!result.problems.length || reported.has(result.problems)) return;
  reported.add(result.problems);
  const log = result.feed ? console.warn : console.error;
  log(`[${tag}] feed problems:\n${formatProblems(result.problems)}`);
}

/**
 * Where a widget's data comes from, in order: the `feed` property, the `src` URL,
 * an inline `<script type="application/json">` child. Turns it into a FeedState.
 */
export class FeedController implements ReactiveController {
  state: FeedState = {status: 'loading'};
  private source: unknown = undefined;

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
      console.error(`[${this.host.localName}] inline feed is not JSON: ${(e as Error).message}`);
      return {status: 'error', reason: 'not-json'};
    }
  }

  private fromResult(result: ParseResult, serverDate?: number): FeedState {
    report(this.host.localName, result);
    if (!result.feed) return {status: 'error', reason: 'invalid'};
    return {status: 'ready', feed: result.feed, ...(serverDate !== undefined && {serverDate})};
  }

  private fetch(src: string): void {
    this.state = {status: 'loading'};
    loadFeed(src).then(
      (loaded) => this.settle(src, this.fromResult(loaded, loaded.serverDate)),
      (e: unknown) => {
        console.error(`[${this.host.localName}] feed ${src} could not be loaded: ${(e as Error).message}`);
        this.settle(src, {status: 'error', reason: e instanceof FeedLoadError ? e.reason : 'network'});
      },
    );
  }

  private settle(src: string, state: FeedState): void {
    if (this.source !== src) return; // the widget moved on to another source meanwhile
    this.state = state;
    this.host.requestUpdate();
  }
}
