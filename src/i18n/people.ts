/**
 * Who takes part and where, each in one line of text in one language: the agenda's names and
 * what a calendar entry says. The card's labels (roles, place, countries) are ./session-text.ts;
 * these lines are built from them. Names are never translated; affiliations, venues and
 * addresses are the feed's {en, fr, es} texts; lists come from Intl.
 */
import type {Language, Person, SessionLocation} from '../core/types.js';
import {pickText} from './language.js';
import {INTL_LOCALE, intlCached} from './locale.js';
import {addStrings, str, type Msg} from './msg.js';
import {displayName, groupPeople, roleLabel} from './session-text.js';
import {calendarStrings} from './generated/strings/calendar.js';
import {peopleStrings} from './generated/strings/people.js';

addStrings(calendarStrings);
addStrings(peopleStrings);

/** "A, B and C" / "A, B et C" / "A, B y C" (Spanish "e" before an i sound included). */
const andList = (items: readonly string[], lang: Language): string =>
  intlCached(Intl.ListFormat, INTL_LOCALE[lang], {type: 'conjunction'}).format(items);

/**
 * "Ana Ruiz, Kofi Mensah, Lea Roth and 4 more", by role (moderator first) as the card lists them.
 * Never "and 1 more": one more name takes no more room than that, so four people are all named.
 */
export function compactNames(people: readonly Person[], lang: Language, msg: Msg, max = 3): string {
  const names = groupPeople(people).flatMap((g) => g.people.map((p) => p.name));
  const more = names.length - max;
  return andList(
    more > 1 ? [...names.slice(0, max), msg(str`${more} more`, {id: 'people.more-short', desc: 'Last item of a short list of names under a session\'s title: how many other people take part (always 2 or more). The list adds "and" before it: "Ana, Kofi, Lea and 4 more".'})] : names,
    lang,
  );
}

/**
 * One line per role, moderator first: "Moderator: Ana Ruiz (Riverside City Council)",
 * "Speakers: Kofi Mensah (…) and Lea Roth". Affiliations in `lang`, else in `fallback`.
 */
export function peopleLines(people: readonly Person[], lang: Language, fallback: Language, msg: Msg): string[] {
  return groupPeople(people).map(({role: r, people: group}) => {
    const role = roleLabel(r, group.length, lang, msg);
    const names = andList(group.map((p) => (p.affiliation ? `${p.name} (${pickText(p.affiliation, lang, fallback).text})` : p.name)), lang);
    return msg(str`${role}: ${names}`, {id: 'calendar.people', desc: 'A line of a calendar entry\'s description: a role ("Speakers") and the people in it, with their organisations. French puts a space before the colon.'});
  });
}

/** "Riverside Civic Hall, 12 Harbour Street, Riverside, Spain": every part of the place the feed gives, in `lang`. */
export function postalText(location: SessionLocation, lang: Language, fallback: Language): string {
  const parts = [location.venue, location.address, location.city].map((t) => t && pickText(t, lang, fallback).text);
  parts.push(location.country && displayName(location.country, 'region', lang));
  // A text given twice (a venue called like its city) is written once.
  return [...new Set(parts.filter(Boolean))].join(', ');
}
