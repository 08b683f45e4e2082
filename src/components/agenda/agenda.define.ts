import {defineElement} from '../../internal/define.js';
import '../add-to-calendar/add-to-calendar.define.js';
import {UclgAgenda} from './agenda.js';

defineElement('uclg-agenda', UclgAgenda);

declare global {
  interface HTMLElementTagNameMap {
    'uclg-agenda': UclgAgenda;
  }
}
