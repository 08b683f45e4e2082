import {defineElement} from '../../internal/define.js';
import '../add-to-calendar/add-to-calendar.define.js';
import {UclgSessionCard} from './session-card.js';

defineElement('uclg-session-card', UclgSessionCard);

declare global {
  interface HTMLElementTagNameMap {
    'uclg-session-card': UclgSessionCard;
  }
}
