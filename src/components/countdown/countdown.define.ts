import {defineElement} from '../../internal/define.js';
import {UclgCountdown} from './countdown.js';

defineElement('uclg-countdown', UclgCountdown);

declare global {
  interface HTMLElementTagNameMap {
    'uclg-countdown': UclgCountdown;
  }
}
