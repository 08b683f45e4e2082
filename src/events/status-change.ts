import type {SessionStatus} from '../core/types.js';

export interface StatusChangeDetail {
  readonly sessionId: string;
  readonly oldStatus: SessionStatus;
  readonly newStatus: SessionStatus;
}

/**
 * A session started or ended while the widget was on the page. Bubbles and crosses shadow
 * roots; fired by the passage of time only, never because a property was set.
 */
export class UclgStatusChangeEvent extends Event {
  static readonly eventName = 'uclg-status-change';
  constructor(readonly detail: StatusChangeDetail) {
    super(UclgStatusChangeEvent.eventName, {bubbles: true, composed: true});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'uclg-status-change': UclgStatusChangeEvent;
  }
}
