import {css} from 'lit';
import {base} from '../../internal/shared.styles.js';

export const styles = [
  base,
  css`
    [role='heading'] {
      font-size: 1.125em;
      margin: 0 0 0.5em;
    }
    ol {
      margin: 0 0 0.75em;
      padding-inline-start: 1.75em;
    }
    li + li {
      margin-top: 0.5em;
    }
    li::marker {
      color: var(--uclg-guiding-questions-marker-color, var(--uclg-accent, #0b5cad));
      font-weight: 700;
    }
    .more {
      display: none;
    }
    .target {
      background: var(--uclg-highlight-color, #fff4c2);
      color: #1d2733;
      outline-offset: 2px;
    }
    li:focus-visible {
      outline: 3px solid var(--uclg-focus-color, #0b5cad);
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
