/**
 * What a card says about a session's people, place and languages, shared by the widget and its
 * pre-rendered copy (`uclg-widgets render`) so that both read the same: role labels, initials,
 * the place's parts, the languages line. Names of countries and languages come from
 * Intl.DisplayNames in the widget's language; feed text is left to the caller to render.
 */
import {PERSON_ROLES, type Language, type LocalizedText, type Person, type PersonRole, type SessionLanguages, type SessionLocation} from '../core/types.js';
import {INTL_LOCALE, intlCached, listFormat, pluralRules} from './locale.js';
import {addStrings, str, type Msg} from './msg.js';
import {languagesStrings} from './generated/strings/languages.js';
import {peopleStrings} from './generated/strings/people.js';
import {placeStrings} from './generated/strings/place.js';

addStrings(languagesStrings);
addStrings(peopleStrings);
addStrings(placeStrings);

/** People shown before "and N more". */
export const PEOPLE_SHOWN = 6;

export interface PeopleGroup {
  readonly role: PersonRole;
  /** In speaking order. */
  readonly people: readonly Person[];
}

/** People by role, in PERSON_ROLES order (moderator first), speaking order within a role. */
export const groupPeople = (people: readonly Person[]): PeopleGroup[] =>
  PERSON_ROLES.map((role) => ({role, people: people.filter((p) => p.role === role)})).filter((g) => g.people.length);

/** "Speaker" for one, "Speakers" for more, by the language's plural rules. */
export function roleLabel(role: PersonRole, count: number, lang: Language, msg: Msg): string {
  const one = pluralRules(lang).select(count) === 'one';
  switch (role) {
    case 'moderator':
      return one ? msg('Moderator', {id: 'people.moderator', desc: 'Label above the one person who moderates the session.'}) : msg('Moderators', {id: 'people.moderators', desc: 'Label above the people who moderate the session.'});
    case 'host':
      return one ? msg('Host', {id: 'people.host', desc: 'Label above the one person who hosts (welcomes) the session, e.g. the mayor of the host city.'}) : msg('Hosts', {id: 'people.hosts', desc: 'Label above the people who host (welcome) the session.'});
    case 'keynote':
      return one ? msg('Keynote speaker', {id: 'people.keynote', desc: 'Label above the one person who gives the keynote address.'}) : msg('Keynote speakers', {id: 'people.keynotes', desc: 'Label above the people who give keynote addresses.'});
    case 'speaker':
      return one ? msg('Speaker', {id: 'people.speaker', desc: 'Label above the one person who speaks in the session.'}) : msg('Speakers', {id: 'people.speakers', desc: 'Label above the people who speak in the session.'});
    case 'rapporteur':
      return one ? msg('Rapporteur', {id: 'people.rapporteur', desc: 'Label above the one person who reports on the session\'s conclusions.'}) : msg('Rapporteurs', {id: 'people.rapporteurs', desc: 'Label above the people who report on the session\'s conclusions.'});
  }
}

/** The button (or summary) that shows the people beyond the first six. */
export const morePeople = (n: number, msg: Msg): string =>
  msg(str`and ${n} more`, {id: 'people.more', desc: 'Button after the first six people of a session: shows the N others. Starts in lower case, as it continues the list.'});

/** "AM" for "Ana María Ruiz": the first letters of the first and last words, for a missing photo. */
export function initials(name: string): string {
  const words = name.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+/u, '')).filter(Boolean);
  const first = (w: string | undefined) => (w ? String.fromCodePoint(w.codePointAt(0)!) : '');
  return (first(words[0]) + (words.length > 1 ? first(words.at(-1)) : '')).toLocaleUpperCase();
}

/** The name of a region ("ES" → "España") or language ("ar" → "árabe"); the code itself when Intl has none. */
export function displayName(code: string, type: 'region' | 'language', lang: Language): string {
  try {
    return intlCached(Intl.DisplayNames, INTL_LOCALE[lang], {type}).of(code) ?? code;
  } catch {
    return code; // not a well-formed code: shown as the feed gives it
  }
}

export interface PlaceText {
  /** "Online", "In person and online", or "In person" when nothing says where. */
  readonly mode?: string;
  /** Venue and city (feed text, for the caller to render), then the country's name. */
  readonly where: readonly (LocalizedText | string)[];
}

/** The place line's parts: "Online"; "Venue, City, Country"; "In person and online · Venue, City, Country". */
export function placeText(location: SessionLocation, lang: Language, msg: Msg): PlaceText {
  const {mode, venue, city, country} = location;
  const where = [venue, city, country && displayName(country, 'region', lang)].filter((p): p is LocalizedText | string => !!p);
  const label =
    mode === 'online'
      ? msg('Online', {id: 'place.online', desc: 'Where the session takes place: on the internet only.'})
      : mode === 'hybrid'
        ? msg('In person and online', {id: 'place.hybrid', desc: 'Where the session takes place: at a venue (named after this) and on the internet.'})
        : where.length
          ? undefined
          : msg('In person', {id: 'place.in-person', desc: 'Where the session takes place: at a venue, when the feed does not name it.'});
  return {mode: label, where: mode === 'online' ? [] : where};
}

/** The link to the venue's map. */
export const mapLabel = (msg: Msg): string => msg('Map', {id: 'place.map', desc: 'Link to a map of the session\'s venue.'});

const names = (tags: readonly string[], lang: Language): string[] => tags.map((t) => displayName(t, 'language', lang));

/**
 * "In English and Spanish · Interpretation: Arabic, French": the spoken languages in the feed's
 * order, then interpretation into the others (not those already spoken), by name.
 */
export function languagesText(languages: SessionLanguages, lang: Language, msg: Msg): string | undefined {
  const locale = INTL_LOCALE[lang];
  const spoken = names(languages.spoken, lang);
  const into = names(languages.interpretation.filter((t) => !languages.spoken.includes(t)), lang).sort((a, b) => a.localeCompare(b, locale));
  const list = intlCached(Intl.ListFormat, locale, {type: 'conjunction'}).format(spoken);
  const others = listFormat(lang, 'short').format(into);
  const parts = [
    spoken.length && msg(str`In ${list}`, {id: 'languages.spoken', desc: 'The languages the session is held in, e.g. "In English and Spanish" (the list comes from the browser, in this language).'}),
    into.length && msg(str`Interpretation: ${others}`, {id: 'languages.interpretation', desc: 'The languages the session is interpreted into, e.g. "Interpretation: Arabic, French".'}),
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : undefined;
}
