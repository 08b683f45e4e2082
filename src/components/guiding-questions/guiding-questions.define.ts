import {defineElement} from '../../internal/define.js';
import {UclgGuidingQuestions} from './guiding-questions.js';

defineElement('uclg-guiding-questions', UclgGuidingQuestions);

declare global {
  interface HTMLElementTagNameMap {
    'uclg-guiding-questions': UclgGuidingQuestions;
  }
}
