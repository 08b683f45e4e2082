import {parseFeed} from './parse.js';
import {pageClock} from '../time/clock.js';
import type {ServerTime} from '../time/server-time.js';
import {readStorage, writeStorage} from '../internal/storage.js';
import type {ParseResult} from '../core/types.js';

export type LoadFailure = 'network' | 'timeout' | 'http' | 'not-json';

/** A `data:` URL is the whole feed: messages name its type, not thousands of characters of it. */
export const shortUrl = (url: string): string => (/^data:/i.test(url) && url.length > 60 ? `${url.slice(0, url.indexOf(',') + 1 || 40)}…` : url);

/** Why a feed could not be fetched or read; `detail` is for the console, not the visitor. */
export class FeedLoadError extends Error {
  constructor(
    readonly reason: LoadFailure,
    readonly detail: string,
    /** Worth asking again: the network, a timeout, a 5xx, 408 or 429. */
    readonly transient = reason === 'network' || reason === 'timeout',
  ) {
    super(`${reason}: ${detail}`);
    this.name = 'FeedLoadError';
  }
}

export interface LoadedFeed extends ParseResult {
  /**
   * What the response said about the server's clock (`Date`, `Age`, the round trip), when its
   * `Date` was readable. Widgets hand it to the page clock, which decides whether to believe it.
   */
  readonly serverTime?: ServerTime;
  /** Set when the network failed and this is the last good copy, saved at this epoch ms. */
  readonly savedAt?: number;
  /** With `savedAt`: why the network could not give a fresh copy. */
  readonly failure?: string;
}

export interface LoadOptions {
  /** Per attempt; default 15 s. */
  readonly timeoutMs?: number;
  /** Further attempts after a transient failure, with exponential backoff and jitter; default 3. */
  readonly retries?: number;
  /** Ask the network again even though this page has loaded the URL (the `refresh` option). */
  readonly fresh?: boolean;
}

const inFlight = new Map<string, {at: number; promise: Promise<LoadedFeed>}>();

/** The last good feed is kept per URL, up to this many characters. */
const CACHE_LIMIT = 1_000_000;
const cacheKey = (url: string) => `uclg-widgets:feed:v1:${url}`;

/** Parses a response body, tolerating a byte-order mark. */
export function readJson(text: string): unknown {
  return JSON.parse(text.replace(/^\uFEFF/, ''));
}

const sleep = (ms: number) => new Promise<void>((resolve) => pageClock.env.setTimeout(resolve, ms));

/** Resolves at once when the page is visible, else when it becomes visible: no retries in the background. */
function visible(): Promise<void> {
  if (typeof document === 'undefined' || document.visibilityState !== 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    const check = () => {
      if (document.visibilityState === 'hidden') return;
      document.removeEventListener('visibilitychange', check);
      resolve();
    };
    document.addEventListener('visibilitychange', check);
  });
}

/** Exponential backoff with jitter: about 1 s, 2 s, 4 s … (at most 30 s), each between 50 and 100 %. */
export const backoff = (attempt: number, random = Math.random()): number => Math.min(30_000, 1000 * 2 ** attempt) * (0.5 + random / 2);

async function fetchOnce(url: string, timeoutMs: number): Promise<LoadedFeed & {text: string}> {
  const {env} = pageClock;
  const name = shortUrl(url);
  const abort = new AbortController();
  const timer = env.setTimeout(() => abort.abort(), timeoutMs);
  let response: Response;
  let text: string;
  let serverTime: ServerTime | undefined;
  try {
    const sentAt = env.now();
    // 'no-cache': the browser may keep a copy but must ask the server (or CDN) each time, so a
    // feed is never days old and its `Date` (with `Age`) is the time of this answer, not of an
    // old stored one.
    response = await fetch(url, {signal: abort.signal, credentials: 'omit', cache: 'no-cache'});
    serverTime = readServerTime(response.headers, sentAt, env.now());
    text = await response.text();
  } catch (e) {
    throw abort.signal.aborted
      ? new FeedLoadError('timeout', `${name} did not answer within ${timeoutMs} ms`)
      : new FeedLoadError('network', `${name}: ${(e as Error).message}`);
  } finally {
    env.clearTimeout(timer);
  }
  const {status} = response;
  if (!response.ok) throw new FeedLoadError('http', `${name} answered ${status} ${response.statusText}`, status >= 500 || status === 408 || status === 429);
  let json: unknown;
  try {
    json = readJson(text);
  } catch (e) {
    throw new FeedLoadError('not-json', `${name} is not JSON (${(e as Error).message}); starts with ${JSON.stringify(text.slice(0, 40))}`);
  }
  return {...parseFeed(json), text, ...(serverTime && {serverTime})};
}

/** `Date` and `Age`; a cross-origin feed exposes them only with `Access-Control-Expose-Headers: Date, Age`. */
function readServerTime(headers: Headers, sentAt: number, receivedAt: number): ServerTime | undefined {
  const date = Date.parse(headers.get('date') ?? '');
  const age = Number(headers.get('age') ?? 0);
  return Number.isFinite(date) ? {date, age: age >= 0 ? age : 0, sentAt, receivedAt} : undefined;
}

async function fetchFeed(url: string, {timeoutMs = 15_000, retries = 3}: LoadOptions): Promise<LoadedFeed> {
  for (let attempt = 0; ; attempt++) {
    try {
      const {text, ...loaded} = await fetchOnce(url, timeoutMs);
      if (loaded.feed && text.length <= CACHE_LIMIT) writeStorage(cacheKey(url), JSON.stringify({savedAt: pageClock.now(), text}));
      return loaded;
    } catch (e) {
      if (!(e instanceof FeedLoadError && e.transient && attempt < retries)) {
        const saved = lastGood(url);
        // The widgets say so, in their own language (console, note, uclg-feed-error).
        if (saved && e instanceof FeedLoadError && (e.transient || e.reason === 'http')) return {...saved, failure: e.message};
        throw e;
      }
      await sleep(backoff(attempt));
      await visible();
    }
  }
}

/** The last good copy of the feed at `url`, if this browser kept one. */
function lastGood(url: string): LoadedFeed | undefined {
  try {
    const {savedAt, text} = JSON.parse(readStorage(cacheKey(url)) ?? 'null') ?? {};
    const result = parseFeed(readJson(text));
    return result.feed && typeof savedAt === 'number' ? {...result, savedAt} : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Fetches and parses the feed at `url`: one request per URL per page, however many widgets ask.
 * Transient failures are retried with backoff (paused while the page is hidden); when all fail,
 * the last good copy is used if this browser kept one. A failed load is forgotten so that Retry
 * asks the network again.
 */
export function loadFeed(url: string, options: LoadOptions = {}): Promise<LoadedFeed> {
  const key = new URL(url, document.baseURI).href;
  const entry = inFlight.get(key);
  // Widgets refreshing the same URL together share one request.
  const now = pageClock.env.now();
  if (entry && (!options.fresh || now - entry.at < 1000)) return entry.promise;
  const promise = fetchFeed(key, options);
  inFlight.set(key, {at: now, promise});
  promise.catch(() => {
    if (inFlight.get(key)?.promise === promise) inFlight.delete(key);
  });
  return promise;
}

/** Forgets every loaded feed (tests, and a page that wants fresh data). */
export function clearFeedCache(): void {
  inFlight.clear();
}
