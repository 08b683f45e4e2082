import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {guard} from 'lit/directives/guard.js';
import {UclgSessionSelectEvent} from '../../events/session-select.js';
import type {Feed, Language, Session} from '../../core/types.js';
import {addStrings, str} from '../../i18n/msg.js';
import {pickText} from '../../i18n/language.js';
import {UclgFeedElement} from '../../base/feed-element.js';
import {safeUrl} from '../../internal/safe-url.js';
import {idle} from '../../internal/idle.js';
import {readStorage, writeStorage} from '../../internal/storage.js';
import {ClockController} from '../../base/clock-controller.js';
import {warmFonts} from '../../base/fonts.js';
import {calendarDay, warmTimes, zoneLabel} from '../../time/format.js';
import {shownZone} from '../../base/zone.js';
import {zoneOffset} from '../../time/instant.js';
import {releaseStructuredData, structuredData} from '../../seo/microdata.js';
import {styles} from './agenda.styles.js';
import {applicable, filterChoices, matcher, NO_FILTER, searchIndex, type FilterChoices} from './agenda.query.js';
import {dayDeps, renderDay, warmList, type Day, type ListView} from './agenda.list.js';
import {AgendaState} from './agenda.state.js';
import {rehearse} from './agenda.rehearsal.js';
import {ListFill, PROGRESSIVE_FROM, screenful} from './agenda.fill.js';
import {renderNoResults, renderSubscribe, renderToolbar, warmToolbar} from './agenda.toolbar.js';
import {agendaStrings} from '../../i18n/generated/strings/agenda.js';
import {provideFeedEngineNow} from '../../base/feed-engine.js';
import {openCalendarIn} from '../add-to-calendar/add-to-calendar.placeholder.js';

addStrings(agendaStrings);
provideFeedEngineNow();

type ZoneChoice = 'mine' | 'event';
const STORAGE_PREFIX = 'uclg-widgets:agenda-zone:v1:';
/** From this many sessions the agenda shows its tools; fewer are read at a glance. */
export const TOOLS_FROM = 8;

/** What a render needs that changes only with the feed, the attributes and the zone (not per keystroke). */
interface Prepared {
  readonly key: readonly unknown[];
  readonly sessions: Session[];
  readonly days: Day[];
  readonly choices: FilterChoices;
}

/**
 * The programme: every session of a feed (or a filtered subset) grouped by day in the display
 * zone, with a switch between the event's time and the visitor's own.
 * @tagname uclg-agenda
 * @csspart day - One day's heading.
 * @csspart item - One session.
 * @csspart link - A session's title link.
 * @csspart switch - The "event time / my time" switch.
 * @csspart calendar - An item's "Add to calendar": a button until it is used, then the `<uclg-add-to-calendar>` menu, opened.
 * @csspart tools - Search, filters, result count and the personal programme's buttons.
 * @csspart star - A session's "in my programme" toggle.
 * @csspart no-results - The message and button shown when nothing matches.
 * @csspart subscribe - The links to subscribe to the whole programme (when the feed names `event.calendar`).
 * @cssprop [--uclg-agenda-live-background=#fdecea] - Background of a live session.
 * @cssprop [--uclg-agenda-next-background=#eaf2fb] - Background of the next session.
 * @fires {UclgSessionSelectEvent} uclg-session-select - A session's link was clicked; cancelable, so an app can route itself.
 * @fires {UclgStatusChangeEvent} uclg-status-change - A shown session starts or ends.
 * @fires {UclgAgendaFilterEvent} uclg-agenda-filter - The visitor changed the search, a filter or the view (also by Back/Forward); the state is in `detail`.
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

  /** Search, filters and the personal programme: `auto` from 8 sessions, `always`, or `never`. */
  @property() filters: 'auto' | 'always' | 'never' = 'auto';

  /** Where the search and filters are kept so that a link opens the same view: `query`, `hash` or `none`. */
  @property({attribute: 'url-state'}) urlState: 'query' | 'hash' | 'none' = 'query';

  /** Prefix of the agenda's URL parameters, so that the page's own are never touched. */
  @property({attribute: 'url-prefix'}) urlPrefix = 'agenda-';

  /** The visitor's choice in this page; otherwise what they chose last time for this event. */
  @state() private zoneChoice?: ZoneChoice;

  protected static override warmFor(lang: Language): void {
    warmTimes(lang);
    warmList(lang);
    warmToolbar(lang);
    // Times, text, headings, labels, star, kinds, people, buttons (base/fonts.ts).
    warmFonts('616 416 718 713 420 714 414 415');
    // Its own idle tasks, after the formatters and fonts (agenda.rehearsal.ts).
    idle(() => rehearse(lang));
  }

  private readonly time = new ClockController(this, this.clock, () => this.shown());
  private readonly tools = new AgendaState(this);
  private readonly fill = new ListFill(this, () => this.performUpdate());
  private prepared?: Prepared;
  /** Sessions whose "Add to calendar" the visitor used: only they have the element (see agenda.list.ts). */
  private calendars = new Set<string>();
  /** Bumped by every update the tools did not cause, so that the structured data is redone then and only then. */
  private epoch = 0;

  /**
   * Resolves when every session of the programme is in the DOM and shows what the search and
   * filters say. `updateComplete` resolves when the agenda shows its first screen: from 100
   * sessions the rest follow in the next tasks, as does a search or filter that shows or hides
   * many sessions at once (the list has `aria-busy="true"` meanwhile), so a script that looks for
   * a session far down the list, or counts them, awaits this instead.
   */
  get listComplete(): Promise<void> {
    return this.fill.whenComplete();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    releaseStructuredData(this);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('urlState') || changed.has('urlPrefix')) this.tools.reread();
    if (!this.tools.toolsOnly && !this.fill.only) this.epoch++;
    this.tools.toolsOnly = false;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The first search of a long programme finds the index ready: built once the list is complete, when the page is idle.
    const feed = this.readyFeed;
    const lang = this.language;
    if (feed && this.fill.complete && this.shown().length >= PROGRESSIVE_FROM && !(this.indexed?.[0] === feed && this.indexed[1] === lang)) {
      this.indexed = [feed, lang];
      idle(() => searchIndex(feed, lang), 1000);
    }
  }

  private indexed?: [Feed, string];
  private get readyFeed(): Feed | undefined {
    const {state} = this.data;
    return state.status === 'ready' ? state.feed : undefined;
  }

  /** The sessions to list, in time order (worked out again only when the feed or the attributes change). */
  private shown(): Session[] {
    const feed = this.readyFeed;
    if (!feed) return [];
    if (this.shownFor?.[0] === feed && this.shownFor[1] === this.sessions && this.shownFor[2] === this.kind) return this.shownFor[3];
    const list = this.pick(feed);
    this.shownFor = [feed, this.sessions, this.kind, list];
    return list;
  }

  private shownFor?: [Feed, string | undefined, string | undefined, Session[]];
  private pick(feed: Feed): Session[] {
    const ids = this.sessions?.split(/\s+/).filter(Boolean);
    const kind = this.kind?.trim().toLocaleLowerCase();
    const ofKind = (s: Session) => !kind || Object.values(s.kind).some((k) => k?.trim().toLocaleLowerCase() === kind);
    // A typo in `sessions` only leaves a session out of the list, one in `kind` all of them: the console names it.
    for (const id of ids ?? []) if (!feed.sessions.some((s) => s.id === id)) this.data.reader?.missing(id, 'sessions');
    const lang = feed.event.defaultLanguage;
    if (kind && !feed.sessions.some(ofKind)) this.data.reader?.missing(this.kind!.trim(), 'kind', [...new Set(feed.sessions.map((s) => `"${pickText(s.kind, this.language, lang).text.trim()}"`))]);
    return feed.sessions
      .filter((s) => !ids?.length || ids.includes(s.id))
      .filter(ofKind)
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
    const all = this.shown();
    if (!all.length) {
      return this.renderStateBox('empty', this.msg('There are no sessions to show.', {id: 'agenda.empty', desc: 'The programme (or the part of it asked for) has no sessions.'}));
    }
    const feed = this.readyFeed!;
    const starred = this.tools.starred(feed.event.id);
    // The event's zone is the first session's; "my time" is time-zone, else the browser's.
    const eventZone = all[0].timeZone;
    const myZone = shownZone(this.timeZone, this.localName, this.msg);
    const differs = this.differs(all, eventZone, myZone);
    const zone = differs && this.choice === 'mine' ? myZone : eventZone;
    const {sessions, days, choices} = this.prepare(all, zone);
    const tools = this.filters === 'always' || (this.filters !== 'never' && sessions.length >= TOOLS_FROM);
    const filter = tools ? applicable(this.tools.filter, choices) : NO_FILTER;
    // The search index (every session's text, folded) is built by the first search, not by the first render.
    const context = {index: filter.query.trim() ? searchIndex(feed, this.language) : new Map<string, string>(), zone, fallback: feed.event.defaultLanguage, status: (s: Session) => this.time.status(s), starred};
    const visible = new Set(sessions.filter(matcher(filter, context)));
    this.tools.count = visible.size;
    this.tools.shown = filter;
    const now = this.clock.now();
    const next = sessions.find((s) => this.time.status(s) === 'upcoming' && s.start > now);
    const level = Math.min(6, Math.max(2, this.headingLevel || 2));
    // Where "Jump to now" goes, as the tools find it in the DOM (rendered first if the list is still filling).
    const jumpTo = sessions.findIndex((s) => visible.has(s) && (this.time.status(s) === 'live' || s === next));
    const canJump = jumpTo >= 0;
    // A long programme: the first screen of the sessions shown now, the rest in the next tasks (agenda.fill.ts).
    const upTo = this.fill.take(sessions.length, () => this.firstScreen(sessions, visible));
    // A big change of what is shown: likewise, the first screen now (agenda.fill.ts).
    const showing = this.fill.shows(sessions, visible, () => this.firstScreen(sessions, visible));
    // One view of the list for every day of this render.
    const list: ListView = {msg: this.msg, lang: this.language, feed, zone, level, theme: this.theme, hrefTemplate: this.hrefTemplate, visible: showing, stars: tools ? starred : undefined, next,
      calendars: this.calendars, text: (t) => this.text(t), status: (s) => this.time.status(s), href: (s) => this.hrefFor(s), select: (e, s, href) => this.select(e, s, href),
      star: (s) => this.tools.toggleStar(feed.event.id, s.id), calendar: (s, item) => this.openCalendar(s, item)};
    return html`${this.renderStale()}${differs ? this.renderSwitch(sessions[0].start, eventZone, myZone) : nothing}
      ${renderSubscribe(feed, this.language, this.msg)}
      ${tools ? renderToolbar({msg: this.msg, lang: this.language, feed, filter, choices, zone, count: visible.size, starred: sessions.filter((s) => starred.has(s.id)).length, canJump,
        change: (n, how) => this.tools.change(n, how), jump: () => (this.fill.reach(jumpTo + screenful()), this.tools.jump(this.renderRoot)), download: () => this.tools.download(feed, sessions.filter((s) => starred.has(s.id)), this.language, this.renderRoot)}) : nothing}
      ${visible.size ? nothing : renderNoResults(this.msg, () => this.tools.change(NO_FILTER, 'push'))}
      <div class="list" aria-busy=${this.fill.complete ? nothing : 'true'}>${this.daysUpTo(days, upTo).map((day) => guard(dayDeps(days, day, list), () => renderDay(day, list)))}</div>
      ${guard([feed, sessions, this.language, this.noStructuredData, this.epoch], () => structuredData(this, feed, this.noStructuredData ? [] : sessions, this.language))}`;
  }

  private differsFor?: [readonly Session[], string, boolean];
  /** Whether any session's zone label differs between the two zones (asked once per list and zone). */
  private differs(all: readonly Session[], eventZone: string, myZone: string): boolean {
    if (this.differsFor?.[0] !== all || this.differsFor[1] !== myZone) {
      // The labels asked once per pair of offsets, not per session (1,000 sessions, a handful of pairs).
      const asked = new Set<string>();
      this.differsFor = [all, myZone, all.some((s) => {
        const pair = `${zoneOffset(eventZone, s.start)} ${zoneOffset(myZone, s.start)}`;
        return !asked.has(pair) && !!asked.add(pair) && zoneLabel(s.start, eventZone, 'en') !== zoneLabel(s.start, myZone, 'en');
      })];
    }
    return this.differsFor[2];
  }

  /** Sessions, days and filter choices, worked out again only when the feed, the attributes or the zone change. */
  private prepare(all: Session[], zone: string): Prepared {
    const key = [this.readyFeed, this.sessions, this.kind, zone, this.language];
    if (this.prepared?.key.every((k, i) => k === key[i])) return this.prepared;
    return (this.prepared = {key, sessions: all, days: this.days(all, zone), choices: filterChoices(all, zone, this.readyFeed!.event.defaultLanguage)});
  }

  /** How many sessions, from the first, hold the first screenful of those the filters show (or all of them, when fewer). */
  private firstScreen(sessions: readonly Session[], visible: ReadonlySet<Session>): number {
    const screen = screenful();
    let wanted = Math.min(screen, visible.size);
    let i = 0;
    while (wanted > 0 && i < sessions.length) if (visible.has(sessions[i++])) wanted--;
    return Math.max(i, screen);
  }

  /** The days of the first `n` sessions, the last one cut short. */
  private daysUpTo(days: readonly Day[], n: number): readonly Day[] {
    const out: Day[] = [];
    for (const day of days) {
      if (n <= 0) break;
      out.push(n >= day.sessions.length ? day : {key: day.key, sessions: day.sessions.slice(0, n)});
      n -= day.sessions.length;
    }
    return out;
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

  /** The placeholder button becomes the real element, opened, with the focus on its button. */
  private async openCalendar(session: Session, item: Element): Promise<void> {
    this.calendars = new Set(this.calendars).add(session.id);
    this.requestUpdate();
    await openCalendarIn(this.updateComplete, item);
  }

  private select(e: MouseEvent, session: Session, href: string): void {
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    const event = new UclgSessionSelectEvent({sessionId: session.id, href});
    if (!this.dispatchEvent(event)) e.preventDefault();
  }
}
