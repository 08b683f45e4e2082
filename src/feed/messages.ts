/**
 * What parseFeed says about each kind of problem, in full: for the npm package and the CLI
 * validator (`npx uclg-widgets validate`), which adds a hint to each. `v` is the offending value
 * as parse.ts shows it (JSON, cut at 60 characters, or `missing`).
 *
 * The CDN files use ./messages.cdn.ts instead, the same problems in a few words (rollup.config.js
 * swaps the module): a page's console is a poor place for a tutorial, and every byte there is
 * downloaded by every visitor. Both modules export the same functions (checked by
 * test/cdn-build.test.mjs).
 */
export const plainString = (v: string) => `${v} is a plain string; expected a map of languages such as {"en": ${v}}`;
export const notText = (v: string) => `${v} is not a text; expected {"en": "…", "fr": "…", "es": "…"}`;
export const notString = (v: string) => `${v} is not a string; ignored`;
export const noLanguage = () => 'has no text in en, fr or es; at least one is required';
export const notList = (v: string) => `${v} is not a list; expected [{"en": "…"}, …]`;
export const notId = (v: string) => `${v} is not an id; expected a slug of letters, digits, "-" or "_"`;
export const notUrl = (v: string) => `${v} is not an absolute http, https or mailto URL; the link is dropped`;
export const notEvent = (v: string) => `${v} is not an object; expected {"id", "name", "defaultLanguage"}`;
export const notLanguage = (v: string) => `${v} is not one of "en", "fr", "es"`;
export const notSession = (v: string) => `${v} is not an object; expected a session`;
export const notZone = (v: string) => `${v} is not an IANA time zone such as "Europe/Madrid"`;
export const notDateTime = (v: string) => `${v} is not a date-time; expected ISO 8601 such as "2021-05-19T12:00:00+02:00"`;
export const notWallTime = (v: string) => `${notDateTime(v)} or "2021-05-19T12:00" (time in timeZone)`;
export const notAfterStart = (v: string, start: string) => `${v} is not after start ${start}`;
export const notStatus = (v: string) => `${v} is not one of "scheduled", "cancelled", "postponed"`;
export const notLinks = (v: string) => `${v} is not an object; links are dropped`;
export const notFeed = (v: string) => `${v} is not a feed; expected an object {"version": 1, "event", "sessions"}`;
export const notVersion = (v: string) => `${v} is not a supported version; this widget reads version 1`;
export const notSessions = (v: string) => `${v} is not a list of sessions`;
export const duplicateId = (v: string) => `${v} is used by an earlier session; ids must be unique`;
