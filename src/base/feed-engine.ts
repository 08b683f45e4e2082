/**
 * What a widget needs to read a feed: the parser, the loader and the feed events, reached
 * through ./feed-engine-load.ts. In the per-element CDN files it is imported only when a widget
 * is given a feed (`feed`, `src` or inline JSON), so a countdown with only `start` and `end`
 * never loads it; npm and the one-file CDN bundles import it at once.
 */
import {parseFeed} from '../feed/parse.js';
import type {ParseResult} from '../core/types.js';

export {UclgFeedErrorEvent, UclgFeedLoadEvent} from '../events/feed.js';
export {FeedLoadError, loadFeed, readJson} from '../feed/load.js';
export {formatProblems} from '../feed/parse.js';

const parsed = new WeakMap<object, ParseResult>();

/** A `feed` property may be raw JSON or a Feed we parsed already; parse each object once. */
export function parseOnce(value: unknown): ParseResult {
  if (typeof value !== 'object' || value === null) return parseFeed(value);
  let r = parsed.get(value);
  if (!r) {
    r = parseFeed(value);
    parsed.set(value, r);
  }
  return r;
}
