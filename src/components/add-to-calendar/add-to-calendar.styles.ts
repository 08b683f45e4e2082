import {css} from 'lit';
import {base} from '../../base/shared.styles.js';

export const styles = [
  base,
  css`
    :host {
      display: inline-block;
      position: relative;
    }
    ul {
      list-style: none;
      margin: 0.375em 0 0;
      padding: 0.375em 0;
      min-width: 14em;
      border: 1px solid var(--uclg-border-color, var(--_border));
      border-radius: var(--uclg-radius, 6px);
      background: var(--uclg-surface-color, var(--_surface));
    }
    ul[hidden] {
      display: none;
    }
    li a,
    li button {
      display: block;
      width: 100%;
      min-height: 2.25em;
      padding: 0.375em 0.875em;
      border: 0;
      border-radius: 0;
      text-align: start;
      font-size: 0.9375em;
      line-height: 1.5;
      color: var(--uclg-link-color, var(--uclg-accent, var(--_accent)));
    }
    @media print {
      /* !important: the base's display: block !important would win otherwise. */
      :host {
        display: none !important;
      }
    }
  `,
];
