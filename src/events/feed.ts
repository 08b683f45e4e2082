export interface FeedLoadDetail {
  /** The feed URL, absolute. */
  readonly src: string;
  /** Sessions read from it. */
  readonly sessions: number;
  /** Set when the network failed and the last good copy (saved at this epoch ms) is shown instead. */
  readonly savedAt?: number;
}

export interface FeedErrorDetail {
  readonly src: string;
  /** network, timeout, http, not-json or invalid. */
  readonly reason: string;
  /** For logs: what exactly went wrong. */
  readonly message: string;
}

/** A widget loaded (or re-loaded, with `refresh`) its feed. For partners' own monitoring. */
export class UclgFeedLoadEvent extends Event {
  static readonly eventName = 'uclg-feed-load';
  constructor(readonly detail: FeedLoadDetail) {
    super(UclgFeedLoadEvent.eventName, {bubbles: true, composed: true});
  }
}

/** A widget could not load its feed (after its retries). */
export class UclgFeedErrorEvent extends Event {
  static readonly eventName = 'uclg-feed-error';
  constructor(readonly detail: FeedErrorDetail) {
    super(UclgFeedErrorEvent.eventName, {bubbles: true, composed: true});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'uclg-feed-load': UclgFeedLoadEvent;
    'uclg-feed-error': UclgFeedErrorEvent;
  }
}
