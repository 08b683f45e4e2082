import {css} from 'lit';
import {base} from '../../base/shared.styles.js';

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
      color: var(--uclg-guiding-questions-marker-color, var(--uclg-accent, var(--_accent)));
      font-weight: 700;
    }
    .more {
      display: none;
    }
    .target {
      background: var(--uclg-highlight-color, var(--_highlight));
      color: var(--uclg-text-color, var(--_text));
      outline-offset: 2px;
    }
    li:focus-visible {
      outline: 3px solid var(--uclg-focus-color, var(--_accent));
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
