/**
 * The "loading" state, deterministic and offline: a request for PENDING_FEED_URL is held in the
 * page and never answered (and never sent). Every other request goes to the real `fetch`.
 * The widget's own 15 s timeout aborts a signal that this promise ignores, so it stays loading.
 */
import {PENDING_FEED_URL} from './feeds.js';

const realFetch = globalThis.fetch.bind(globalThis);

if (!(globalThis.fetch as {uclgPending?: boolean}).uclgPending) {
  const held: typeof fetch = (input, init) => {
    const url = typeof input === 'string' || input instanceof URL ? String(input) : input.url;
    if (new URL(url, document.baseURI).pathname.endsWith(`/${PENDING_FEED_URL}`)) return new Promise<Response>(() => {});
    return realFetch(input, init);
  };
  (held as {uclgPending?: boolean}).uclgPending = true;
  globalThis.fetch = held;
}
