import {css} from 'lit';
import {base} from '../../base/shared.styles.js';
import {questionList} from './guiding-questions.list.styles.js';

export const styles = [
  base,
  questionList,
  css`
    .more {
      display: none;
    }
    .slotted ::slotted(*) {
      font-size: 1.125em;
      margin: 0 0 0.5em;
    }
    @media print {
      .more {
        display: list-item;
      }
    }
  `,
];
