/**
 * The programme itself, as the visitor sees it: each day's heading and its sessions. Render
 * functions only (like agenda.toolbar.ts): the element passes its state and handlers in.
 *
 * Written for 1,000 sessions (issue 18): filtering toggles `hidden` on items that exist already,
 * and each item's content is behind `guard`, so a keystroke re-renders no item. An item's
 * "Add to calendar" is a plain button until it is used: as a `<uclg-add-to-calendar>` each item
 * cost a custom element with its own shadow tree and update, a third of the first render.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {guard} from 'lit/directives/guard.js';
import type {Feed, Language, LocalizedText, Session, SessionStatus} from '../../core/types.js';
import {dateFormat} from '../../i18n/locale.js';
import {addStrings, msgIn, type Msg} from '../../i18n/msg.js';
import {statusLabel} from '../../i18n/strings.js';
import {compactNames} from '../../i18n/people.js';
import {placeText} from '../../i18n/session-text.js';
import {describeTime, zonedRangeText} from '../../time/format.js';
import {dayOf} from './agenda.query.js';
import {agendaStrings} from '../../i18n/generated/strings/agenda.js';
import {calendarButton} from '../add-to-calendar/add-to-calendar.placeholder.js';

addStrings(agendaStrings);

export interface Day {
  readonly key: number;
  readonly sessions: Session[];
}

export interface ListView {
  readonly msg: Msg;
  readonly lang: Language;
  readonly feed: Feed;
  readonly zone: string;
  /** Level of the day headings (titles are one below). */
  readonly level: number;
  readonly theme?: string;
  /** What `href` depends on besides the session (an item is redone when it changes). */
  readonly hrefTemplate?: string;
  readonly visible: ReadonlySet<Session>;
  /** The starred ids when the tools are shown (each item then has its star), else undefined. */
  readonly stars?: ReadonlySet<string>;
  readonly next?: Session;
  /** Sessions whose "Add to calendar" was used: they have the real element. */
  readonly calendars: ReadonlySet<string>;
  readonly text: (value: LocalizedText | undefined) => TemplateResult | string;
  readonly status: (s: Session) => SessionStatus;
  readonly href: (s: Session) => string | undefined;
  readonly select: (e: MouseEvent, s: Session, href: string) => void;
  readonly star: (s: Session) => void;
  /** "Add to calendar" was used in this item. */
  readonly calendar: (s: Session, item: Element) => void;
}

const DAY_HEADING: Intl.DateTimeFormatOptions = {weekday: 'long', day: 'numeric', month: 'long', year: 'numeric'};

/** The list's formatters in `lang`, ahead of need (UclgAgenda.warmFor): day headings and lists of names. */
export function warmList(lang: Language): void {
  dateFormat(lang, {...DAY_HEADING, timeZone: 'UTC'}).format(0);
  compactNames([], lang, msgIn(lang));
}

/**
 * What a day's rendering depends on, for a `guard` around it: a day whose sessions show, start,
 * end and are starred as before is not walked again (a filling step, a reveal step or a search
 * that leaves it as it was). `days` is the whole list of days the day belongs to.
 */
export function dayDeps(days: readonly Day[], day: Day, v: ListView): unknown[] {
  let state = '';
  for (const s of day.sessions) state += `${v.visible.has(s) ? 1 : 0}${v.stars?.has(s.id) ? 1 : 0}${v.status(s)} `;
  return [days, day.key, day.sessions.length, state, v.zone, v.lang, v.feed, v.level, v.theme, v.hrefTemplate, v.next, v.calendars, !v.stars];
}

export function renderDay(day: Day, v: ListView): TemplateResult {
  const heading = dateFormat(v.lang, {...DAY_HEADING, timeZone: v.zone}).format(day.sessions[0].start);
  const id = `day-${dayOf(day.sessions[0], v.zone)}`;
  return html`<section class="day" aria-labelledby=${id} lang=${v.lang} ?hidden=${!day.sessions.some((s) => v.visible.has(s))}>
    <div role="heading" aria-level=${v.level} id=${id} part="day">${heading}</div>
    <ul>
      ${day.sessions.map((s) => {
        const status = v.status(s);
        const starred = v.stars?.has(s.id);
        const isNext = s === v.next;
        const calendar = v.calendars.has(s.id);
        // Filtering only hides items: an unchanged item is not rendered again (1,000 sessions, one keystroke).
        return html`<li class="item ${status} ${isNext ? 'next' : ''}" part="item" data-session=${s.id} ?hidden=${!v.visible.has(s)}>
          ${guard([s, v.zone, v.lang, status, isNext, starred, calendar, v.hrefTemplate, v.theme, v.feed, v.level], () => renderItem(s, v, status, isNext, starred, calendar))}
        </li>`;
      })}
    </ul>
  </section>`;
}

function renderItem(session: Session, v: ListView, status: SessionStatus, isNext: boolean, starred: boolean | undefined, calendar: boolean) {
  const {msg, lang} = v;
  const view = describeTime(session.start, session.end, v.zone, lang);
  const href = v.href(session);
  const title = v.text(session.title);
  // The card's words for it: "Online", "In person", "In person and online".
  const mode = session.location && placeText({mode: session.location.mode}, lang, msg).mode;
  return html`<p class="when"><time datetime=${new Date(session.start).toISOString()}>${zonedRangeText(view, lang)}</time></p>
    <p class="kind">${v.text(session.kind)}</p>
    <div class="title" role="heading" aria-level=${Math.min(6, v.level + 1)} id=${`title-${session.id}`}>
      ${href ? html`<a href=${href} part="link" @click=${(e: MouseEvent) => v.select(e, session, href)}>${title}</a>` : title}
    </div>
    ${starred === undefined ? nothing : html`<button type="button" class="star" part="star" aria-pressed=${starred ? 'true' : 'false'} @click=${() => v.star(session)}
      aria-labelledby=${`star-label title-${session.id}`}><span aria-hidden="true">${starred ? '\u2605' : '\u2606'}</span></button>`}
    ${session.people.length ? html`<p class="people">${compactNames(session.people, lang, msg)}</p>` : nothing}
    <p class="badges">
      <span class="status ${status}">${statusLabel(status, msg)}</span>
      ${isNext ? html`<span class="status next">${msg('Next', {id: 'agenda.next', desc: 'Badge on the next session to start.'})}</span>` : nothing}
      ${mode ? html`<span class="mode">${mode}</span>` : nothing}
    </p>
    ${status !== 'upcoming' && status !== 'live' ? nothing
      : calendar ? html`<uclg-add-to-calendar part="calendar" theme=${v.theme ?? nothing} .session=${session} .feed=${v.feed}></uclg-add-to-calendar>`
      // Looks and reads as the element's own button; a click puts the element here, opened.
      : calendarButton(msg, (e) => v.calendar(session, (e.currentTarget as Element).parentElement!), 'calendar', `title-${session.id}`)}`;
}
