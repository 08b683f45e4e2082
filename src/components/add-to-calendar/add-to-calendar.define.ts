import {defineElement} from '../../internal/define.js';
import {UclgAddToCalendar} from './add-to-calendar.js';

defineElement('uclg-add-to-calendar', UclgAddToCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'uclg-add-to-calendar': UclgAddToCalendar;
  }
}
