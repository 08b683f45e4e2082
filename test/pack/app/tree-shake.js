// A consumer that needs only the feed parser: with `sideEffects` right, the bundle keeps
// parseFeed and its helpers, and drops Lit and every element.
import {parseFeed} from '@uclg/widgets';

const {feed, problems} = parseFeed(globalThis.feedJson);
console.log(feed?.sessions.length, problems.length);
