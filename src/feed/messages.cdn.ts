/**
 * parseFeed's messages in the CDN files (see ./messages.ts, which rollup.config.js swaps for
 * this module): the value and what is wrong with it, in a few words. The console report says
 * where the full explanation is: `npx uclg-widgets validate <feed>` (see controller.ts).
 */
import type * as Full from './messages.js';

type Messages = {readonly [K in keyof typeof Full]: (typeof Full)[K]};

const is = (what: string) => (v: string) => `${v} is not ${what}`;

export const plainString: Messages['plainString'] = is('a map of languages');
export const notText: Messages['notText'] = plainString;
export const notString: Messages['notString'] = is('a string');
export const noLanguage: Messages['noLanguage'] = () => 'has no en, fr or es text';
export const notList: Messages['notList'] = is('a list');
export const notId: Messages['notId'] = is('an id');
export const notUrl: Messages['notUrl'] = is('an http(s) or mailto URL');
export const notEvent: Messages['notEvent'] = is('an object');
export const notLanguage: Messages['notLanguage'] = is('en, fr or es');
export const notSession: Messages['notSession'] = notEvent;
export const notZone: Messages['notZone'] = is('an IANA time zone');
export const notDateTime: Messages['notDateTime'] = is('an ISO 8601 date-time');
export const notWallTime: Messages['notWallTime'] = notDateTime;
export const notAfterStart: Messages['notAfterStart'] = (v, start) => `${v} is not after start ${start}`;
export const notStatus: Messages['notStatus'] = is('a status');
export const notLinks: Messages['notLinks'] = notEvent;
export const notFeed: Messages['notFeed'] = notEvent;
export const notVersion: Messages['notVersion'] = is('version 1');
export const notSessions: Messages['notSessions'] = notList;
export const duplicateId: Messages['duplicateId'] = (v) => `${v} is a duplicate id`;
export const notPeople: Messages['notPeople'] = notList;
export const notPerson: Messages['notPerson'] = is('a person');
export const notName: Messages['notName'] = is('a name');
export const notRole: Messages['notRole'] = is('a role');
export const notPhoto: Messages['notPhoto'] = is('an https URL');
export const notLanguages: Messages['notLanguages'] = notEvent;
export const notTags: Messages['notTags'] = notList;
export const notTag: Messages['notTag'] = is('a BCP 47 tag');
export const unknownTag: Messages['unknownTag'] = is('a known language');
export const notLocation: Messages['notLocation'] = notEvent;
export const notMode: Messages['notMode'] = is('a mode');
export const notCountry: Messages['notCountry'] = is('a country code');
export const unknownCountry: Messages['unknownCountry'] = is('a known country');
export const notWebUrl: Messages['notWebUrl'] = is('an http(s) URL');
export const notRegistration: Messages['notRegistration'] = notEvent;
export const notBoolean: Messages['notBoolean'] = is('true or false');
export const closesAfterStart: Messages['closesAfterStart'] = (v, start) => `${v} is after start ${start}`;
export const skippedTime: Messages['skippedTime'] = (zone, g) => `${g.time} does not exist in ${zone}`;
