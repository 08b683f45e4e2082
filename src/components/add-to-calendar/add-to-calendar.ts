import {html, nothing, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {toICS} from '../../calendar/ics.js';
import {googleCalendarUrl, outlookCalendarUrl} from '../../calendar/links.js';
import type {Feed, Session} from '../../core/types.js';
import {UclgElement} from '../../base/element.js';
import {styles} from './add-to-calendar.styles.js';
import {addStrings} from '../../i18n/msg.js';
import {calendarStrings} from '../../i18n/generated/strings/calendar.js';

addStrings(calendarStrings);

/**
 * "Add to calendar": a disclosure button that opens a list of choices: an .ics file (any
 * calendar app), Google Calendar, Outlook.com and Office 365. All four are built from the same
 * UTC instants. Used inside `<uclg-session-card>` and `<uclg-agenda>`; needs the `session`
 * and `feed` properties (from a parsed feed).
 * @tagname uclg-add-to-calendar
 * @csspart button - The "Add to calendar" button.
 * @csspart menu - The list of calendar choices.
 */
export class UclgAddToCalendar extends UclgElement {
  static override styles = styles;

  /** The session (from a parsed feed). */
  @property({attribute: false}) session?: Session;

  /** The feed (or just `{event}`) the session belongs to: UID, fallback language, event link. */
  @property({attribute: false}) feed?: Pick<Feed, 'event'>;

  @state() private open = false;

  private toggle(): void {
    this.open = !this.open;
  }

  /** Escape closes the list and puts the focus back on the button. */
  private handleKeydown(e: KeyboardEvent): void {
    if (e.key !== 'Escape' || !this.open) return;
    this.open = false;
    this.renderRoot.querySelector<HTMLButtonElement>('button[aria-expanded]')?.focus();
  }

  private download(): void {
    const session = this.session!;
    const file = new Blob([toICS(session, this.language, {feed: this.feed})], {type: 'text/calendar;charset=utf-8'});
    const url = URL.createObjectURL(file);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${session.id}.ics`;
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.open = false;
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.session) return nothing;
    return html`<div @keydown=${this.handleKeydown}>
      <button type="button" part="button" aria-expanded=${this.open} aria-controls="menu" @click=${this.toggle}>
        ${this.msg('Add to calendar', {id: 'calendar.add', desc: 'Button that opens the list of ways to add the session to a calendar.'})}
      </button>
      <ul id="menu" part="menu" ?hidden=${!this.open}>${this.open ? this.renderChoices(this.session) : nothing}</ul>
    </div>`;
  }

  /**
   * Built only when opened: a programme of 100 sessions has 100 of these buttons, and most are
   * never opened (the links cost a dozen string operations each, and DOM nodes).
   */
  private renderChoices(session: Session) {
    const options = {feed: this.feed};
    const link = (href: string, label: string) => html`<li><a href=${href} target="_blank" rel="noopener noreferrer">${label}</a></li>`;
    return html`<li><button type="button" @click=${this.download}>${this.msg('Download (.ics, any calendar)', {id: 'calendar.ics', desc: 'Downloads an iCalendar file that Apple Calendar, Outlook and others open.'})}</button></li>
      ${link(googleCalendarUrl(session, this.language, options), 'Google Calendar')}
      ${link(outlookCalendarUrl(session, this.language, {...options, service: 'outlook.com'}), 'Outlook.com')}
      ${link(outlookCalendarUrl(session, this.language, options), 'Office 365')}`;
  }
}
