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
import {clockJump, type SkippedWallTime} from '../time/wall-clock.js';
import {intlCached} from '../i18n/locale.js';

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
export const notPeople = (v: string) => `${v} is not a list; expected [{"name": "…", "role": "speaker"}, …]; nobody is shown`;
export const notPerson = (v: string) => `${v} is not a person; expected {"name": "…", "role": "speaker"}; ignored`;
export const notName = (v: string) => `${v} is not a name; the person is dropped`;
export const notRole = (v: string) => `${v} is not one of "moderator", "host", "keynote", "speaker", "rapporteur"; shown as "speaker"`;
export const notPhoto = (v: string) => `${v} is not an absolute https URL; the photo is dropped (initials are shown)`;
export const notLanguages = (v: string) => `${v} is not an object; expected {"spoken": ["en"], "interpretation": ["fr", "es"]}; languages are dropped`;
export const notTags = (v: string) => `${v} is not a list of language tags such as ["en", "es"]; ignored`;
export const notTag = (v: string) => `${v} is not a BCP 47 language tag such as "en", "ar" or "pt-BR"; dropped`;
export const unknownTag = (v: string) => `${v} is not a language this runtime can name; shown as the tag`;
export const notLocation = (v: string) => `${v} is not an object; expected {"mode": "in-person", "venue": {"en": "…"}, …}; the location is dropped`;
export const notMode = (v: string) => `${v} is not one of "online", "in-person", "hybrid"; the location is dropped`;
export const notCountry = (v: string) => `${v} is not an ISO 3166-1 alpha-2 country code such as "ES"; dropped`;
export const unknownCountry = (v: string) => `${v} is not a country this runtime can name; shown as the code`;
export const notWebUrl = (v: string) => `${v} is not an absolute http or https URL; the link is dropped`;
export const notRegistration = (v: string) => `${v} is not an object; expected {"closes": "…", "full": false}; registration is dropped`;
export const notBoolean = (v: string) => `${v} is not true or false; read as false`;
export const closesAfterStart = (v: string, start: string) => `${v} is after the session's start ${start}; registration usually closes before it starts`;
export const skippedTime = (zone: string, g: SkippedWallTime) => {
  const {from, to} = clockJump(g.wall, zone);
  // "28 March 2021": Intl's English month names, not a table of our own. `wall` is the wall-clock
  // time as if it were UTC, so its UTC day is the day written.
  const day = intlCached(Intl.DateTimeFormat, 'en-GB', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'}).format(g.wall);
  return `${g.time} does not exist in ${zone} on ${day}: clocks jump from ${from} to ${to}`;
};
