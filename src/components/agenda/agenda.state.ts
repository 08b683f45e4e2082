/**
 * The agenda's tools' state, kept apart from what the agenda shows: the filter (and its place in
 * the page URL and history), the visitor's stars (shared with every widget of the event), and the
 * `uclg-agenda-filter` event after a change the visitor made.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Feed, Language, Session} from '../../core/types.js';
import {toICSCalendar} from '../../calendar/ics.js';
import {UclgAgendaFilterEvent} from '../../events/agenda-filter.js';
import {readStars, watchStars, writeStars} from '../../internal/stars.js';
import {afterFrame} from './agenda.fill.js';
import {NO_FILTER, readUrl, sameFilter, writeUrl, type AgendaFilter, type UrlMode} from './agenda.query.js';

interface Host extends ReactiveControllerHost, EventTarget {
  readonly urlState: UrlMode;
  readonly urlPrefix: string;
}

export class AgendaState implements ReactiveController {
  filter: AgendaFilter = NO_FILTER;
  /** How many sessions the last render showed, for the event. */
  count = 0;
  /** The filter as the last render applied it (agenda.query.ts, `applicable`): what the event and the next change start from. */
  shown?: AgendaFilter;
  /** Set by a change the tools made (not the feed, the clock or an attribute): the rest of the page need not be redone. */
  toolsOnly = false;
  private starsOf?: string;
  private stars: ReadonlySet<string> = new Set();
  private announce = false;
  private typing = false;
  /** Counts Back and Forward: a URL write still waiting for its frame is dropped after one. */
  private moves = 0;
  private unwatch?: () => void;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.filter = this.fromUrl();
    this.unwatch = watchStars(this.handleStars);
    addEventListener('popstate', this.handlePopState);
  }

  hostDisconnected(): void {
    this.unwatch?.();
    removeEventListener('popstate', this.handlePopState);
  }

  hostUpdated(): void {
    if (!this.announce) return;
    this.announce = false;
    this.host.dispatchEvent(new UclgAgendaFilterEvent({...(this.shown ?? this.filter), count: this.count}));
  }

  /** The URL settings changed: the state is what the URL says under them. */
  reread(): void {
    this.filter = this.fromUrl();
  }

  /** The starred session ids of this event. */
  starred(eventId: string): ReadonlySet<string> {
    if (this.starsOf !== eventId) this.stars = readStars((this.starsOf = eventId));
    return this.stars;
  }

  toggleStar(eventId: string, sessionId: string): void {
    const stars = new Set(readStars(eventId));
    if (!stars.delete(sessionId)) stars.add(sessionId);
    writeStars(eventId, stars);
  }

  /** A change the visitor made: into the state, the URL and an event. */
  change(next: Partial<AgendaFilter>, how: 'push' | 'replace'): void {
    // From what the visitor sees: a value the programme could not apply (a day of another zone) goes.
    const filter = {...(this.shown ?? this.filter), ...next};
    // The first keystroke of a search adds a history entry, the next ones replace it: Back undoes the search, not each letter.
    const push = how === 'push' || !this.typing;
    this.typing = how === 'replace';
    // Into the URL once the change is on screen: Chromium lays the page out for a history entry
    // (to keep its scroll position), which made the change's own frame wait (bench, 1,000
    // sessions: filter change median 21.3 -> 17.1 ms once written after). Writes stay in order;
    // the page's own parameters are read when it is written.
    const moves = this.moves;
    afterFrame(() => {
      if (moves !== this.moves) return;
      const url = writeUrl(new URL(location.href), this.host.urlState, this.host.urlPrefix, filter);
      if (url.href !== location.href) history[push ? 'pushState' : 'replaceState'](push ? null : history.state, '', url);
    });
    if (!sameFilter(filter, this.filter)) this.set(filter);
  }

  /** The live session, else the next one, among those shown: scrolled to and focused. */
  jump(root: ParentNode): void {
    const item = root.querySelector<HTMLElement>('li.item.live:not([hidden]), li.item.next:not([hidden])') ?? root.querySelector<HTMLElement>('li.item.upcoming:not([hidden])');
    if (!item) return;
    item.tabIndex = -1;
    item.scrollIntoView({block: 'start'});
    item.focus({preventScroll: true});
  }

  /** The starred sessions as one .ics file, saved by the browser. */
  download(feed: Feed, sessions: readonly Session[], lang: Language, root: Node): void {
    const file = new Blob([toICSCalendar(sessions, lang, {feed})], {type: 'text/calendar;charset=utf-8'});
    const url = URL.createObjectURL(file);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${feed.event.id}-my-programme.ics`;
    root.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  private set(filter: AgendaFilter): void {
    this.filter = filter;
    this.announce = this.toolsOnly = true;
    this.host.requestUpdate();
  }

  private fromUrl(): AgendaFilter {
    return readUrl(new URL(location.href), this.host.urlState, this.host.urlPrefix);
  }

  private readonly handlePopState = (): void => {
    this.moves++;
    const next = this.fromUrl();
    if (!sameFilter(next, this.filter)) this.set(next);
  };

  private readonly handleStars = (): void => {
    this.starsOf = undefined;
    this.toolsOnly = true;
    this.host.requestUpdate();
  };
}
