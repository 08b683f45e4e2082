import {html, nothing, type TemplateResult} from 'lit';
import type {Msg} from '../../i18n/msg.js';
import {linkLabel} from '../../i18n/strings.js';
import {isExternal} from '../../internal/safe-url.js';
import type {CallToAction} from '../../time/call-to-action.js';
import {addStrings} from '../../i18n/msg.js';
import {actionStrings} from '../../i18n/generated/strings/action.js';

addStrings(actionStrings);

function label(action: CallToAction, msg: Msg): string {
  switch (action.kind) {
    case 'register':
    case 'recording':
      return linkLabel(action.kind, msg);
    case 'closed':
      return msg('Registration closed', {id: 'action.closed', desc: 'In place of the Register button once registration has closed.'});
    case 'full':
      return msg('Full', {id: 'action.full', desc: 'In place of the Register button: no places are left.'});
    case 'stream':
      return msg('Join the livestream', {id: 'action.stream', desc: 'Main button while the session is live: opens the live stream.'});
    case 'recording-soon':
      return msg('Recording coming soon', {id: 'action.recording-soon', desc: 'After the session, until the feed gives the recording\'s link.'});
  }
}

/** The one primary call to action: a prominent link, or a plain note when there is nothing to open. */
export function renderAction(action: CallToAction | undefined, msg: Msg): TemplateResult | typeof nothing {
  if (!action) return nothing;
  const {href, kind} = action;
  return html`<p class="action">${href
    ? html`<a part="action" class="cta ${kind}" href=${href} rel=${isExternal(href) ? 'noopener noreferrer' : nothing}>${label(action, msg)}</a>`
    : html`<span part="action" class="cta ${kind}">${label(action, msg)}</span>`}</p>`;
}
