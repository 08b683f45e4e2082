export interface SessionSelectDetail {
  readonly sessionId: string;
  /** The link's resolved URL. */
  readonly href: string;
}

/**
 * A visitor chose a session in the agenda. Cancelable: call `preventDefault()` to route inside
 * an app instead of following the link. Not fired for modified clicks (new tab, new window).
 */
export class UclgSessionSelectEvent extends Event {
  static readonly eventName = 'uclg-session-select';
  constructor(readonly detail: SessionSelectDetail) {
    super(UclgSessionSelectEvent.eventName, {bubbles: true, composed: true, cancelable: true});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'uclg-session-select': UclgSessionSelectEvent;
  }
}
