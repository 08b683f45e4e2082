/**
 * The feed code, as FeedController sees it: the parser, the loader and the feed events. Here
 * (npm, the one-file CDN bundles) it is simply imported; the per-element CDN build swaps in
 * feed-engine-load.lazy.ts, which imports it only when a widget is given a feed, so that a page
 * with one countdown (start and end) never loads it. `whenLoaded()` says what to wait for.
 *
 * Why not lazy for npm too: in a Vite app the split cost every page with a feed about 1.5 KB
 * gzip more (Vite's preload helper and the chunk boundary) to save 2 KB on a countdown without
 * one (measured with test/pack/size.test.mjs).
 */
export {FeedLoadError, formatProblems, loadFeed, parseOnce, readJson, UclgFeedErrorEvent, UclgFeedLoadEvent} from './feed-engine.js';

/** Nothing to wait for: the feed code is here. */
export const whenLoaded = (): Promise<void> | undefined => undefined;
