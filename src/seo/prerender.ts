/**
 * Pre-rendered HTML: the snippet a partner pastes, with the session's content already in it as
 * plain semantic HTML (headings, paragraphs, `<time>`, lists, links) inside the element, plus
 * its schema.org JSON-LD as static markup (a parsed script needs no Trusted Types policy).
 * Readable with JavaScript off, by search engines that run no scripts, and when the script
 * fails to load. When the script runs, the widget keeps showing it (slot "prerendered") until
 * its feed is ready, then its own rendering replaces it. The widget lays it out as the page did
 * (custom state `prerendered`, base/feed-element.ts) and, when its own rendering is shorter,
 * keeps its height until the visitor acts: so the snippet is written at least as tall as the
 * widget it becomes (a paragraph in each question, one line for each of an agenda item's parts),
 * and begins and ends with paragraphs, whose margins the page's own meet as they will meet none
 * of the widget's.
 *
 * Plain light DOM rather than declarative shadow DOM: a CMS that strips `<template>` (many do)
 * would leave nothing of a declarative shadow root, while these elements survive any
 * sanitizer that keeps headings, paragraphs and lists. Times are in the event's zone; the
 * visitor's own time comes with the script. Pure: strings in, a string out (the CLI's `render`).
 */
import type {Feed, Language, LocalizedText, Person, Session} from '../core/types.js';
import {pickText} from '../i18n/language.js';
import {addStrings, msgIn, str, type Msg} from '../i18n/msg.js';
import {groupPeople, languagesText, mapLabel, morePeople, PEOPLE_SHOWN, placeText, roleLabel} from '../i18n/session-text.js';
import {linkLabel, LINK_ORDER, statusLabel} from '../i18n/strings.js';
import {describeTime, zonedRangeText} from '../time/format.js';
import {eventJsonLd, isoWithOffset} from './json-ld.js';
import {compactNames} from '../i18n/people.js';
import {googleCalendarUrl, outlookCalendarUrl} from '../calendar/links.js';
import {prerenderStrings} from '../i18n/generated/strings/prerender.js';
import {cardStrings} from '../i18n/generated/strings/card.js';
import {questionsStrings} from '../i18n/generated/strings/questions.js';

addStrings(prerenderStrings);
addStrings(cardStrings);
addStrings(questionsStrings);

export type PrerenderElement = 'session-card' | 'guiding-questions' | 'countdown' | 'agenda';

export interface PrerenderOptions {
  readonly element?: PrerenderElement;
  /** The session to show (every element but the agenda). */
  readonly session?: string;
  readonly lang: Language;
  /** The published feed's URL; without it the feed (this session only, for one session) is written inline. */
  readonly src?: string;
  /** The widget's `heading-level`, 2–6: the card's title, the questions' heading, the agenda's days. */
  readonly headingLevel?: number;
  /** The instant the snippet is written (ms): sessions that have not ended by then get calendar links. Now by default. */
  readonly now?: number;
}

const ESCAPES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};
/** Text and attribute values: nothing from the feed is ever markup. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** The snippet for `element`: the element, its content, its data source and its JSON-LD. */
export function prerender(feed: Feed, options: PrerenderOptions): string {
  const {element = 'session-card', lang} = options;
  const session = feed.sessions.find((s) => s.id === options.session);
  if (element !== 'agenda' && !session) throw new Error(`no session ${JSON.stringify(options.session ?? '')} in the feed`);
  const sessions = session && element !== 'agenda' ? [session] : feed.sessions;
  const text = (t: LocalizedText | undefined) => {
    if (!t) return '';
    const picked = pickText(t, lang, feed.event.defaultLanguage);
    return picked.lang === lang ? escapeHtml(picked.text) : `<span lang="${picked.lang}">${escapeHtml(picked.text)}</span>`;
  };
  const level = options.headingLevel ? Math.min(6, Math.max(2, Math.round(options.headingLevel))) : undefined;
  const attrs = [
    options.src && `src="${escapeHtml(options.src)}"`,
    session && element !== 'agenda' && `session="${escapeHtml(session.id)}"`,
    `lang="${lang}"`,
    level && element !== 'countdown' && `heading-level="${level}"`,
  ].filter(Boolean).join(' ');
  const now = options.now ?? Date.now();
  const content = {
    'session-card': () => card(feed, session!, lang, text, level ?? 3, now),
    'guiding-questions': () => `  ${questionList(session!, lang, text, level ?? 3, '  ')}`,
    countdown: () => countdown(session!, lang, text, now),
    agenda: () => agenda(feed, lang, text, level ?? 2, now),
  }[element]();
  const inline = options.src ? '' : `\n  <script type="application/json">${json({...feed, sessions: sessions.map(rawSession)})}</script>`;
  const structured = element === 'guiding-questions' ? '' : sessions.map((s) => `\n  <script type="application/ld+json" data-uclg-session="${escapeHtml(`${feed.event.id}/${s.id}`)}">${json(eventJsonLd(feed, s, lang))}</script>`).join('');
  // Slotted "prerendered": shown before the script runs, and by the widget until its feed is
  // ready (or if it cannot load).
  // dir="ltr": our three languages, left to right on a page in Arabic or Hebrew too (as the widget).
  const body = `  <div slot="prerendered" dir="ltr">\n${content.replace(/^/gm, '  ')}\n  </div>`;
  return `<uclg-${element} ${attrs}>\n${body}${inline}${structured}\n</uclg-${element}>\n`;
}

/** JSON that cannot close its script element early. */
const json = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

/** A parsed session back in the feed's own format (instants with the event's offset). */
function rawSession(s: Session): Record<string, unknown> {
  const at = (t: number) => isoWithOffset(t, s.timeZone);
  const {registration: r} = s;
  return {...s, start: at(s.start), end: at(s.end), ...(r && {registration: {...r, ...(r.closes !== undefined && {closes: at(r.closes)})}})};
}

type Text = (t: LocalizedText | undefined) => string;

function when(session: Session, lang: Language): string {
  const view = describeTime(session.start, session.end, session.timeZone, lang);
  return `<time datetime="${isoWithOffset(session.start, session.timeZone)}">${escapeHtml(`${view.date} · ${zonedRangeText(view, lang)}`)}</time>`;
}

function card(feed: Feed, s: Session, lang: Language, text: Text, level: number, now: number): string {
  const msg = msgIn(lang);
  const languages = s.languages && languagesText(s.languages, lang, msg);
  const status = badge(s, msg, now);
  const calendar = calendarLinks(s, lang, now);
  const lines = [
    `<p>${text(feed.event.name)}</p>`,
    `<p><strong>${text(s.kind)}</strong></p>`,
    `<h${level}>${text(s.title)}</h${level}>`,
    s.subtitle && `<p>${text(s.subtitle)}</p>`,
    `<p>${when(s, lang)}</p>`,
    // The line the widget fills with the visitor's own time: its space is kept from the start.
    RESERVED,
    place(s, lang, text),
    languages && `<p>${escapeHtml(languages)}</p>`,
    // The widget's status badge: its line is kept, empty while the status depends on when it is
    // read; then, while the session is ahead, calendar links where the widget has its button.
    status ? `<p><strong>${escapeHtml(status)}</strong></p>` : RESERVED,
    calendar && `<p>${calendar}</p>`,
    (s.theme ?? feed.event.theme) && `<p><em>${text(s.theme ?? feed.event.theme)}</em></p>`,
    s.summary && `<p>${text(s.summary)}</p>`,
    // As the widget shows it: the first paragraph, the rest behind "Read more" (a <details>,
    // which opens without JavaScript).
    ...s.body.slice(0, 1).map((p) => `<p>${text(p)}</p>`),
    s.body.length > 1 && `<details>\n      <summary>${escapeHtml(msg('Read more', {id: 'card.read-more', desc: 'Expands the full background text of the session.'}))}</summary>${s.body.slice(1).map((p) => `\n      <p>${text(p)}</p>`).join('')}\n    </details>`,
    people(s.people, lang, text),
    s.guidingQuestions.length && questionList(s, lang, text, Math.min(6, level + 1), '    '),
    links(s, lang),
  ];
  return `  <article>\n${lines.filter(Boolean).map((l) => `    ${l}`).join('\n')}\n  </article>`;
}

/** The card's place line: "Online", or venue, city and country, with the map. */
function place(s: Session, lang: Language, text: Text): string {
  if (!s.location) return '';
  const msg = msgIn(lang);
  const {mode, where} = placeText(s.location, lang, msg);
  const line = [mode && escapeHtml(mode), where.map((w) => (typeof w === 'string' ? escapeHtml(w) : text(w))).join(', ')].filter(Boolean).join(' · ');
  const map = s.location.mode !== 'online' && s.location.map;
  return `<p>${line}${map ? ` · <a href="${escapeHtml(map)}">${escapeHtml(mapLabel(msg))}</a>` : ''}</p>`;
}

/**
 * People by role as the card shows them: the first six, the others behind "and N more" (a
 * `<details>`, which opens without JavaScript). Photos keep the card's box size.
 */
function people(list: readonly Person[], lang: Language, text: Text): string {
  if (!list.length) return '';
  const msg = msgIn(lang);
  const person = (p: Person) => {
    const photo = p.photo ? `<img src="${escapeHtml(p.photo)}" alt="${escapeHtml(p.name)}" width="48" height="48" loading="lazy" decoding="async"> ` : '';
    const name = p.url ? `<a href="${escapeHtml(p.url)}">${escapeHtml(p.name)}</a>` : escapeHtml(p.name);
    return `<dd>${photo}${name}${p.affiliation ? `<br>${text(p.affiliation)}` : ''}</dd>`;
  };
  // Role labels count everyone in the role, shown or not, as the card's do.
  const counts = new Map(groupPeople(list).map((g) => [g.role, g.people.length]));
  const dl = (shown: readonly Person[], indent: string) =>
    `<dl>${groupPeople(shown).map((g) => `\n${indent}  <dt>${escapeHtml(roleLabel(g.role, counts.get(g.role)!, lang, msg))}</dt>${g.people.map((p) => `\n${indent}  ${person(p)}`).join('')}`).join('')}\n${indent}</dl>`;
  const ordered = groupPeople(list).flatMap((g) => g.people);
  const rest = ordered.slice(PEOPLE_SHOWN);
  const more = `\n    <details>\n      <summary>${escapeHtml(morePeople(rest.length, msg))}</summary>\n      ${dl(rest, '      ')}\n    </details>`;
  return dl(ordered.slice(0, PEOPLE_SHOWN), '    ') + (rest.length ? more : '');
}

/**
 * A heading and an `<ol>` whose items have the ids the widgets give them (`<session>-q<n>`). Each
 * question is a paragraph: a browser's default margins then space the questions at least as far
 * apart as the widget does, so that the widget taking over never makes the list taller.
 */
function questionList(s: Session, lang: Language, text: Text, level: number, indent: string): string {
  const msg = msgIn(lang);
  const heading = msg('Guiding questions', {id: 'questions.heading', desc: 'Heading above the list of questions that frame a policy dialogue.'});
  const items = s.guidingQuestions.map((q, i) => `\n${indent}  <li id="${escapeHtml(s.id)}-q${i + 1}"><p>${text(q)}</p></li>`).join('');
  return `<h${level}>${escapeHtml(heading)}</h${level}>\n${indent}<ol>${items}\n${indent}</ol>`;
}

/** Room kept empty for what the widget shows there once it runs: within a line, as a line, and as the countdown's four. */
const BLANK = '<span aria-hidden="true">&nbsp;</span>';
const RESERVED = '<p aria-hidden="true">&nbsp;</p>';
const RESERVED_4 = '<p aria-hidden="true">&nbsp;<br>&nbsp;<br>&nbsp;<br>&nbsp;</p>';

/** A status that stays true however late the snippet is read: the feed's own, or "Ended" once it has. */
const badge = (s: Session, msg: Msg, now: number): string => (s.status !== 'scheduled' ? statusLabel(s.status, msg) : s.end <= now ? statusLabel('ended', msg) : '');

/** "Add to calendar: Google Calendar · Outlook" (links that work without JavaScript) until the session ends. */
function calendarLinks(s: Session, lang: Language, now: number): string {
  if (s.status === 'cancelled' || s.end <= now) return '';
  const msg = msgIn(lang);
  const label = msg('Add to calendar:', {id: 'prerender.calendar', desc: 'Pre-rendered HTML (before the script runs): before links to Google Calendar and Outlook. French puts a space before the colon.'});
  return `${escapeHtml(label)} <a href="${escapeHtml(googleCalendarUrl(s, lang))}">Google Calendar</a> · <a href="${escapeHtml(outlookCalendarUrl(s, lang))}">Outlook</a>`;
}

function links(s: Session, lang: Language): string {
  const msg = msgIn(lang);
  const present = LINK_ORDER.filter((k) => s.links[k]);
  return present.length ? `<ul>${present.map((k) => `<li><a href="${escapeHtml(s.links[k]!)}">${escapeHtml(linkLabel(k, msg))}</a></li>`).join('')}</ul>` : '';
}

function countdown(s: Session, lang: Language, text: Text, now: number): string {
  const msg = msgIn(lang);
  const status = s.status === 'scheduled' ? '' : ` <strong>${escapeHtml(statusLabel(s.status, msg))}</strong>`;
  // A snippet written before the start may be read on the day, when the widget shows a caption,
  // the digits with their units and "Hide seconds": 7.7em of its type, where this line is 1.5 to
  // 3 lines of the page's. Four lines more keep that room (on a page in 14px/1.4 type or larger;
  // at 14px/1.3 the widget is 0.1 px taller), so the page does not move when the feed arrives;
  // the widget keeps the place when it shows less (feed-element.ts). Issue 15: CLS 0.0131 when
  // read two hours before the start.
  const room = !status && s.start > now ? `\n  ${RESERVED_4}` : '';
  return `  <p><strong>${text(s.title)}</strong> · ${when(s, lang)}${status}</p>${room}`;
}

function agenda(feed: Feed, lang: Language, text: Text, level: number, now: number): string {
  const msg = msgIn(lang);
  const sorted = [...feed.sessions].sort((a, b) => a.start - b.start);
  const days: string[] = [];
  let lastDate = '';
  for (const s of sorted) {
    const view = describeTime(s.start, s.end, s.timeZone, lang);
    if (!days.length) {
      // Where the widget's "Show times in" choice will be: which zone the times below are in.
      // Two lines, as the widget's choice has (its legend, then its options).
      days.push(`  <p>${escapeHtml(msg(str`Times are in the event's time zone (${view.zone}).`, {id: 'prerender.event-zone', desc: 'First line of the pre-rendered programme (before the script runs); the value is a zone label like "CEST".'}))}<br>${BLANK}</p>`);
    }
    if (view.date !== lastDate) {
      if (lastDate) days.push('  </ul>');
      days.push(`  <h${level}>${escapeHtml(view.date)}</h${level}>\n  <ul>`);
      lastDate = view.date;
    }
    const title = s.links.details ? `<a href="${escapeHtml(s.links.details)}">${text(s.title)}</a>` : text(s.title);
    // A line for each line the widget gives the session: kind, title, people, badges (kept
    // empty while the status depends on when it is read) and, until the session has ended, the
    // calendar (here as links, which work without JavaScript).
    const mode = s.location && placeText({mode: s.location.mode}, lang, msg).mode;
    const badges = [badge(s, msg, now), mode].filter(Boolean).join(' · ');
    const time = `<time datetime="${isoWithOffset(s.start, s.timeZone)}">${escapeHtml(zonedRangeText(view, lang))}</time>`;
    const lines = [
      text(s.kind),
      `<strong>${title}</strong>`,
      s.people.length && escapeHtml(compactNames(s.people, lang, msg)),
      badges ? escapeHtml(badges) : BLANK,
      calendarLinks(s, lang, now),
    ].filter(Boolean);
    // The time a paragraph of its own, as the widget sets it apart (a column, or a line above).
    days.push(`    <li><p>${time}</p><p>${lines.join('<br>')}</p></li>`);
  }
  if (lastDate) days.push('  </ul>');
  return days.join('\n');
}
