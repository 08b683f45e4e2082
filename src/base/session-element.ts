import type {TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import type {Feed, Session} from '../core/types.js';
import {UclgFeedElement} from './feed-element.js';
import {addStrings} from '../i18n/msg.js';
import {stateStrings} from '../i18n/generated/strings/state.js';

addStrings(stateStrings);

/** A widget that shows one session of a feed. */
export abstract class UclgSessionElement extends UclgFeedElement {
  /** Id of the session to show. */
  @property() session?: string;

  /** The session to show, once the feed is ready and has it. */
  protected get current(): {feed: Feed; session: Session} | undefined {
    const {state} = this.data;
    if (state.status !== 'ready') return undefined;
    const session = state.feed.sessions.find((s) => s.id === this.session);
    return session && {feed: state.feed, session};
  }

  /** Loading, error and not-found. Undefined when the session can render. */
  protected renderState(): TemplateResult | undefined {
    const blocked = this.renderLoadState();
    if (blocked || this.current) return blocked;
    this.data.reader?.missing(this.session);
    return this.renderStateBox('empty', this.msg('This session was not found in the programme.', {id: 'state.not-found', desc: 'The session id given to the widget is not in the feed.'}));
  }
}
