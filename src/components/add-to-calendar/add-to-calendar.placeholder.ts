/**
 * "Add to calendar" before it is used, in the card and in each item of the agenda: a plain
 * button that looks and reads as the element's own, collapsed. A `<uclg-add-to-calendar>` is a
 * custom element with its own shadow tree, style sheets and update cycle, and most of them are
 * never used: in the agenda it was a third of the first render, and 100 upcoming cards took
 * about a quarter longer to render than 100 cards of sessions that had ended (README, "Performance").
 * A click renders the element in the button's place, then `openCalendarIn` opens it.
 */
import {css, html, nothing, type TemplateResult} from 'lit';
import {addStrings, type Msg} from '../../i18n/msg.js';
import {calendarStrings} from '../../i18n/generated/strings/calendar.js';

addStrings(calendarStrings);

/** `describedBy`: the id of the session's title, where a list has one such button per session (a screen reader's list of buttons then tells them apart). */
export const calendarButton = (msg: Msg, use: (e: Event) => void, part?: string, describedBy?: string): TemplateResult =>
  html`<button type="button" class="calendar" part=${part ?? nothing} aria-expanded="false" aria-describedby=${describedBy ?? nothing} @click=${use}>${msg('Add to calendar', {id: 'calendar.add', desc: 'Button that opens the list of ways to add the session to a calendar.'})}</button>`;

/**
 * For the style sheets of the widgets that use the button: once used, the element takes the
 * widget's type, as the button did (a compact widget's, smaller), not every widget's own size.
 */
export const calendarStyles = css`
  uclg-add-to-calendar {
    --uclg-font-size: 1em;
  }
`;

/** Once `updated` (the update that puts `<uclg-add-to-calendar>` in `container`): opened, with the focus on its button. */
export async function openCalendarIn(updated: Promise<unknown>, container: ParentNode): Promise<void> {
  await updated;
  const element = container.querySelector<HTMLElement & {updateComplete: Promise<unknown>}>('uclg-add-to-calendar');
  await element?.updateComplete;
  const button = element?.shadowRoot?.querySelector('button');
  button?.click();
  button?.focus();
}
