import {html, nothing, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {UclgSessionSelectEvent} from '../../events/session-select.js';
import type {Feed, Session} from '../../core/types.js';
import {dateFormat} from '../../i18n/locale.js';
import {str} from '../../i18n/msg.js';
import {statusLabel} from '../../i18n/strings.js';
import {compactNames} from '../../i18n/people.js';
import {placeText} from '../../i18n/session-text.js';
import {UclgFeedElement} from '../../base/feed-element.js';
import {safeUrl} from '../../internal/safe-url.js';
import {readStorage, writeStorage} from '../../internal/storage.js';
import {ClockController} from '../../base/clock-controller.js';
import {calendarDay, describeTime, formatDayShift, viewerTimeZone, zoneLabel} from '../../time/format.js';
import {releaseStructuredData, structuredData} from '../../seo/microdata.js';
import {styles} from './agenda.styles.js';

type ZoneChoice = 'mine' | 'event';
const STORAGE_PREFIX = 'uclg-widgets:agenda-zone:v1:';
const DAY_HEADING: Intl.DateTimeFormatOptions = {weekday: 'long', day: 'numeric', month: 'long', year: 'numeric'};

interface Day {
  readonly key: number;
  readonly sessions: Session[];
}

/**
 * The programme: every session of a feed (or a filtered subset) grouped by day in the display
 * zone, with a switch between the event's time and the visitor's own.
 * @tagname uclg-agenda
 * @csspart day - One day's heading.
 * @csspart item - One session.
 * @csspart link - A session's title link.
 * @csspart switch - The "event time / my time" switch.
 * @csspart calendar - An item's "Add to calendar" control.
 * @cssprop [--uclg-agenda-live-background=#fdecea] - Background of a live session.
 * @cssprop [--uclg-agenda-next-background=#eaf2fb] - Background of the next session.
 * @fires {UclgSessionSelectEvent} uclg-session-select - A session's link was clicked; cancelable, so an app can route itself.
 * @fires {UclgStatusChangeEvent} uclg-status-change - A shown session starts or ends.
 */
export class UclgAgenda extends UclgFeedElement {
  static override styles = styles;

  /** Level of the day headings, 2–6; session titles are one below. */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 2;

  /** Only these session ids, separated by spaces. */
  @property() sessions?: string;

  /** Only sessions of this kind (matched against the kind in any language, ignoring case). */
  @property() kind?: string;

  /** Link for each session when the feed has no `links.details`, like `/sessions/{id}`. */
  @property({attribute: 'href-template'}) hrefTemplate?: string;

  /** Leave out the schema.org Events (microdata) that the agenda otherwise describes its sessions with. */
  @property({type: Boolean, attribute: 'no-structured-data'}) noStructuredData = false;

  /** The visitor's choice in this page; otherwise what they chose last time for this event. */
  @state() private zoneChoice?: ZoneChoice;

  private readonly time = new ClockController(this, this.clock, () => this.shown());

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    releaseStructuredData(this);
  }

  private get readyFeed(): Feed | undefined {
    const {state} = this.data;
    return state.status === 'ready' ? state.feed : undefined;
  }

  /** The sessions to list, in time order. */
  private shown(): Session[] {
    const feed = this.readyFeed;
    if (!feed) return [];
    const ids = this.sessions?.split(/\s+/).filter(Boolean);
    const kind = this.kind?.trim().toLocaleLowerCase();
    return feed.sessions
      .filter((s) => !ids?.length || ids.includes(s.id))
      .filter((s) => !kind || Object.values(s.kind).some((k) => k?.trim().toLocaleLowerCase() === kind))
      .sort((a, b) => a.start - b.start);
  }

  private get storageKey(): string {
    return STORAGE_PREFIX + (this.readyFeed?.event.id ?? '');
  }

  private get choice(): ZoneChoice {
    return this.zoneChoice ?? (readStorage(this.storageKey) === 'event' ? 'event' : 'mine');
  }

  private choose(choice: ZoneChoice): void {
    this.zoneChoice = choice;
    writeStorage(this.storageKey, choice);
  }

  override render(): TemplateResult | undefined {
    const blocked = this.renderLoadState();
    if (blocked) return blocked;
    const sessions = this.shown();
    if (!sessions.length) {
      return this.renderStateBox('empty', this.msg('There are no sessions to show.', {id: 'agenda.empty', desc: 'The programme (or the part of it asked for) has no sessions.'}));
    }
    // The event's zone is the first session's; "my time" is time-zone, else the browser's.
    const eventZone = sessions[0].timeZone;
    const myZone = this.timeZone || viewerTimeZone();
    const differs = sessions.some((s) => zoneLabel(s.start, eventZone, 'en') !== zoneLabel(s.start, myZone, 'en'));
    const zone = differs && this.choice === 'mine' ? myZone : eventZone;
    const now = this.clock.now();
    const next = sessions.find((s) => this.time.status(s) === 'upcoming' && s.start > now);
    return html`${this.renderStale()}${differs ? this.renderSwitch(sessions[0].start, eventZone, myZone) : nothing}
      ${this.days(sessions, zone).map((day) => this.renderDay(day, zone, next))}
      ${structuredData(this, this.readyFeed!, this.noStructuredData ? [] : sessions, this.language)}`;
  }

  private days(sessions: readonly Session[], zone: string): Day[] {
    const days: Day[] = [];
    for (const s of sessions) {
      const key = calendarDay(s.start, zone);
      const day = days.find((d) => d.key === key);
      if (day) day.sessions.push(s);
      else days.push({key, sessions: [s]});
    }
    return days;
  }

  private renderSwitch(at: number, eventZone: string, myZone: string) {
    const radio = (value: ZoneChoice, label: string) => html`<label>
      <input type="radio" name="zone" value=${value} .checked=${this.choice === value} @change=${() => this.choose(value)} />
      ${label}
    </label>`;
    const mine = zoneLabel(at, myZone, this.language);
    const event = zoneLabel(at, eventZone, this.language);
    return html`<fieldset class="switch" part="switch" lang=${this.language}>
      <legend>${this.msg('Show times in', {id: 'agenda.switch', desc: 'Label of the choice between the visitor\'s time zone and the event\'s.'})}</legend>
      ${radio('mine', this.msg(str`My time (${mine})`, {id: 'agenda.my-time', desc: 'Choice: times in the visitor\'s zone; the value is a zone label like "EDT".'}))}
      ${radio('event', this.msg(str`Event time (${event})`, {id: 'agenda.event-time', desc: 'Choice: times in the event\'s zone; the value is a zone label like "CEST".'}))}
    </fieldset>`;
  }

  private renderDay(day: Day, zone: string, next?: Session) {
    const level = Math.min(6, Math.max(2, this.headingLevel || 2));
    const heading = dateFormat(this.language, {...DAY_HEADING, timeZone: zone}).format(day.sessions[0].start);
    return html`<section class="day" aria-labelledby=${`day-${day.key}`} lang=${this.language}>
      <div role="heading" aria-level=${level} id=${`day-${day.key}`} part="day">${heading}</div>
      <ul>
        ${day.sessions.map((s) => this.renderItem(s, zone, Math.min(6, level + 1), s === next))}
      </ul>
    </section>`;
  }

  private renderItem(session: Session, zone: string, level: number, isNext: boolean) {
    const status = this.time.status(session);
    const view = describeTime(session.start, session.end, zone, this.language);
    const endsLater = view.endShift ? ` (${formatDayShift(view.endShift, this.language)})` : '';
    const href = this.hrefFor(session);
    const title = this.text(session.title);
    // The card's words for it: "Online", "In person", "In person and online".
    const mode = session.location && placeText({mode: session.location.mode}, this.language, this.msg).mode;
    return html`<li class="item ${status} ${isNext ? 'next' : ''}" part="item">
      <p class="when"><time datetime=${new Date(session.start).toISOString()}>${view.time}${endsLater} ${view.zone}</time></p>
      <p class="kind">${this.text(session.kind)}</p>
      <div class="title" role="heading" aria-level=${level}>
        ${href ? html`<a href=${href} part="link" @click=${(e: MouseEvent) => this.select(e, session, href)}>${title}</a>` : title}
      </div>
      ${session.people.length ? html`<p class="people">${compactNames(session.people, this.language, this.msg)}</p>` : nothing}
      <p class="badges">
        <span class="status ${status}">${statusLabel(status, this.msg)}</span>
        ${isNext ? html`<span class="status next">${this.msg('Next', {id: 'agenda.next', desc: 'Badge on the next session to start.'})}</span>` : nothing}
        ${mode ? html`<span class="mode">${mode}</span>` : nothing}
      </p>
      ${status === 'upcoming' || status === 'live' ? html`<uclg-add-to-calendar part="calendar" theme=${this.theme ?? nothing} .session=${session} .feed=${this.readyFeed}></uclg-add-to-calendar>` : nothing}
    </li>`;
  }

  /** `links.details`, else the partner's template with the id filled in; only http(s) and mailto. */
  private hrefFor(session: Session): string | undefined {
    if (session.links.details) return session.links.details;
    if (!this.hrefTemplate) return undefined;
    try {
      const url = new URL(this.hrefTemplate.replaceAll('{id}', encodeURIComponent(session.id)), document.baseURI);
      return safeUrl(url.href);
    } catch {
      return undefined;
    }
  }

  private select(e: MouseEvent, session: Session, href: string): void {
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    const event = new UclgSessionSelectEvent({sessionId: session.id, href});
    if (!this.dispatchEvent(event)) e.preventDefault();
  }
}
