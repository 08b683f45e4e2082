/**
 * What a widget needs to read a feed: the parser, the loader and the feed events, given to
 * FeedController through ./feed-engine-load.ts: at once by the elements that always show a
 * feed, on demand by the countdown (./feed-engine.chunk.ts).
 */
import {formatProblems, parseFeed} from '../feed/parse.js';
import type {ParseResult} from '../core/types.js';
import {UclgFeedErrorEvent, UclgFeedLoadEvent} from '../events/feed.js';
import {FeedLoadError, loadFeed, readJson} from '../feed/load.js';
import {provideFeedEngine} from './feed-engine-load.js';

const parsed = new WeakMap<object, ParseResult>();

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

/** One object, handed over at once (below) or imported on demand (./feed-engine.chunk.ts). */
export const feedEngine = {FeedLoadError, formatProblems, loadFeed, parseOnce, readJson, UclgFeedErrorEvent, UclgFeedLoadEvent};

/**
 * For an element that always shows a feed (session card, guiding questions, agenda): the feed
 * code comes with its module, and no widget on the page waits for an import.
 */
export function provideFeedEngineNow(): void {
  provideFeedEngine(feedEngine);
}

export type FeedEngine = typeof feedEngine;
