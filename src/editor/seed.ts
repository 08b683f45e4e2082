/**
 * The example feed the editor can start from (examples/feed.json). rollup.config.js replaces this
 * module with the file's content when it builds the editor, so the page works from file://, where
 * it could not fetch it; compiled as is (unit tests, tsc's dist/), there is no example.
 */
export const SEED: unknown = null;
