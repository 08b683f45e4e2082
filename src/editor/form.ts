/**
 * Which fields the form has for a draft, as paths in form order: the one list that the form
 * renders from and that problems are mapped onto (paths.ts, fieldForProblem). Pure.
 */
import {LANGUAGES} from '../core/types.js';

export const LINK_KEYS = ['details', 'register', 'stream', 'recording'] as const;



const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const text = (at: string) => LANGUAGES.map((l) => `${at}.${l}`);

export function eventFields(): string[] {
  return ['event.id', ...text('event.name'), ...text('event.theme'), 'event.url', 'event.calendar', 'event.defaultLanguage'];
}

/** A session's fields: the texts in the order the card shows them, then time, links, people, place. */
export function sessionFields(session: unknown, i: number): string[] {
  const s = isObj(session) ? session : {};
  const at = `sessions[${i}]`;
  return [
    `${at}.id`,
    ...['kind', 'title', 'subtitle', 'summary'].flatMap((k) => text(`${at}.${k}`)),
    ...list(s.body).flatMap((_, j) => text(`${at}.body[${j}]`)),
    ...text(`${at}.theme`),
    `${at}.start`, `${at}.end`, `${at}.timeZone`,
    ...list(s.guidingQuestions).flatMap((_, j) => text(`${at}.guidingQuestions[${j}]`)),
    ...LINK_KEYS.map((k) => `${at}.links.${k}`),
    `${at}.status`,
    ...list(s.people).flatMap((_, j) => [`${at}.people[${j}].name`, `${at}.people[${j}].role`, ...text(`${at}.people[${j}].affiliation`), `${at}.people[${j}].photo`, `${at}.people[${j}].url`]),
    `${at}.languages.spoken`, `${at}.languages.interpretation`,
    `${at}.location.mode`, ...['venue', 'address', 'city'].flatMap((k) => text(`${at}.location.${k}`)), `${at}.location.country`, `${at}.location.map`,
    `${at}.registration.closes`, `${at}.registration.full`,
  ];
}

/** Every field of the draft: the event's, then each session's. */
export function allFields(draft: unknown): string[] {
  const sessions = isObj(draft) ? list(draft.sessions) : [];
  return [...eventFields(), ...sessions.flatMap((s, i) => sessionFields(s, i))];
}
