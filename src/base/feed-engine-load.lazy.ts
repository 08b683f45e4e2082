import type * as Engine from './feed-engine.js';

// Set once the feed code has been imported (see feed-engine-load.ts): the same names, so that
// FeedController reads them the same way in every build. Page-wide on purpose: the feed code is
// one module for every widget on the page, imported once (`loading`).
export let FeedLoadError: typeof Engine.FeedLoadError;
export let formatProblems: typeof Engine.formatProblems;
export let loadFeed: typeof Engine.loadFeed;
export let parseOnce: typeof Engine.parseOnce | undefined;
export let readJson: typeof Engine.readJson;
export let UclgFeedErrorEvent: typeof Engine.UclgFeedErrorEvent;
export let UclgFeedLoadEvent: typeof Engine.UclgFeedLoadEvent;
// The page's one import of the feed code, shared by every widget that waits for it.
let loading: Promise<void> | undefined;

/** The import of the feed code, started on first need; undefined once it is here. */
export const whenLoaded = (): Promise<void> | undefined =>
  parseOnce
    ? undefined
    : (loading ??= import('./feed-engine.js').then((m) => {
        ({FeedLoadError, formatProblems, loadFeed, parseOnce, readJson, UclgFeedErrorEvent, UclgFeedLoadEvent} = m);
      }));
