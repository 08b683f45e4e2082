import type {FeedEngine} from './feed-engine.js';

/**
 * The feed code as FeedController reads it: FeedReader (./feed-engine.ts), with the parser, the
 * loader, the feed events and the console lines. Each element says where it comes from:
 * - an element that always shows a feed (session card, guiding questions, agenda) gives it at
 *   once, `provideFeedEngineNow()` (./feed-engine.ts): it is in that element's module;
 * - the countdown, which can do without (`start` and `end`), gives a function that imports it
 *   (`importFeedEngineWith`, ./feed-engine.chunk.ts), called only when a countdown is first
 *   given a feed. So
 *   `@uclg/widgets/countdown/define.js` alone (npm, and the per-element CDN files) loads no feed
 *   code for a countdown with start and end, and the others never wait for an import.
 *
 * Why not an import on demand for every element: in a Vite app the split cost every page with a
 * feed about 1.4 KB gzip more (Vite's preload helper and the chunk boundary), measured with
 * test/pack/size.test.mjs; only the countdown has pages without a feed.
 */

// Page-wide on purpose: the feed code is one module for every widget on the page. Set once, by
// provideFeedEngine or when the import below arrives; FeedController reads it only
// once whenLoaded() says it is here.
export let engine: FeedEngine;
// How to import the feed code, from an element that does not bring it (the countdown).
let importer: (() => Promise<FeedEngine>) | undefined;
// The page's one import of the feed code, shared by every widget that waits for it.
let loading: Promise<void> | undefined;

/** The feed code, here at once. */
export function provideFeedEngine(e: FeedEngine): void {
  engine ||= e;
}

/** How to import the feed code when a widget first needs it (unless some element provided it). */
export function importFeedEngineWith(load: () => Promise<FeedEngine>): void {
  importer ??= load;
}

/** The import of the feed code, started on first need; undefined once it is here. */
export const whenLoaded = (): Promise<void> | undefined =>
  engine
    ? undefined
    : (loading ??= importer!().then((e) => {
        engine ||= e;
      }));
