/** What the visitor narrowed the agenda to; empty strings are "any". */
export interface AgendaFilterDetail {
  /** The search text as typed. */
  readonly query: string;
  /** A calendar day of the zone shown, `2027-06-15`. */
  readonly day: string;
  /** The kind, as the event's default language writes it. */
  readonly kind: string;
  /** A language tag spoken or interpreted, `fr`. */
  readonly language: string;
  readonly format: '' | 'online' | 'in-person' | 'hybrid';
  readonly status: '' | 'upcoming' | 'live' | 'ended';
  /** `mine`: only the starred sessions ("My programme"). */
  readonly view: 'all' | 'mine';
  /** How many sessions are shown now. */
  readonly count: number;
}

/**
 * The visitor changed the agenda's filters, search or view (also by Back and Forward). Not fired
 * when a property or the URL is set by the page.
 */
export class UclgAgendaFilterEvent extends Event {
  static readonly eventName = 'uclg-agenda-filter';
  constructor(readonly detail: AgendaFilterDetail) {
    super(UclgAgendaFilterEvent.eventName, {bubbles: true, composed: true});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'uclg-agenda-filter': UclgAgendaFilterEvent;
  }
}
