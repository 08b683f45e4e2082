import {parseFeed} from './parse.js';
import {adoptServerTime, env} from '../time/clock.js';
import type {ParseResult} from './types.js';

export type LoadFailure = 'network' | 'timeout' | 'http' | 'not-json';

/** Why a feed could not be fetched or read; `detail` is for the console, not the visitor. */
export class FeedLoadError extends Error {
  constructor(readonly reason: LoadFailure, readonly detail: string) {
    super(`${reason}: ${detail}`);
    this.name = 'FeedLoadError';
  }
}

export interface LoadedFeed extends ParseResult {
  /** The server's clock at response time (from the `Date` header), when readable. */
  readonly serverDate?: number;
}

const inFlight = new Map<string, Promise<LoadedFeed>>();

/** Parses a response body, tolerating a byte-order mark. */
export function readJson(text: string): unknown {
  return JSON.parse(text.replace(/^\uFEFF/, ''));
}

async function fetchFeed(url: string, timeoutMs: number): Promise<LoadedFeed> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, {signal: abort.signal, credentials: 'omit'});
    text = await response.text();
  } catch (e) {
    throw abort.signal.aborted
      ? new FeedLoadError('timeout', `${url} did not answer within ${timeoutMs} ms`)
      : new FeedLoadError('network', `${url}: ${(e as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok) throw new FeedLoadError('http', `${url} answered ${response.status} ${response.statusText}`);
  let json: unknown;
  try {
    json = readJson(text);
  } catch (e) {
    throw new FeedLoadError('not-json', `${url} is not JSON (${(e as Error).message}); starts with ${JSON.stringify(text.slice(0, 40))}`);
  }
  const date = Date.parse(response.headers.get('date') ?? '');
  if (Number.isFinite(date)) adoptServerTime(date, env.now());
  return {...parseFeed(json), ...(Number.isFinite(date) && {serverDate: date})};
}

/**
 * Fetches and parses the feed at `url`: one request per URL per page, however many widgets ask.
 * A failed load is forgotten so that Retry asks the network again.
 */
export function loadFeed(url: string, {timeoutMs = 15_000} = {}): Promise<LoadedFeed> {
  const key = new URL(url, document.baseURI).href;
  let p = inFlight.get(key);
  if (!p) {
    p = fetchFeed(key, timeoutMs);
    inFlight.set(key, p);
    p.catch(() => inFlight.delete(key));
  }
  return p;
}

/** Forgets every loaded feed (tests, and a page that wants fresh data). */
export function clearFeedCache(): void {
  inFlight.clear();
}
