import {css} from 'lit';
import {badges, base} from '../../internal/shared.styles.js';

export const styles = [
  base,
  badges,
  css`
    .switch {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1.25em;
      margin: 0 0 1em;
      padding: 0.5em 0.75em;
      border: 1px solid var(--uclg-border-color, #d5dbe3);
      border-radius: var(--uclg-radius, 6px);
    }
    .switch legend {
      padding: 0 0.25em;
      font-weight: 600;
    }
    .switch label {
      display: inline-flex;
      align-items: center;
      gap: 0.375em;
      min-height: 24px;
      cursor: pointer;
    }
    .switch input {
      width: 1.125em;
      height: 1.125em;
      margin: 0;
      accent-color: var(--uclg-accent, #0b5cad);
    }
    [part='day'] {
      font-size: 1.125em;
      margin: 1.25em 0 0.5em;
    }
    .day:first-of-type [part='day'] {
      margin-top: 0;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.75em;
    }
    .item {
      padding: 0.75em 1em;
      border: 1px solid var(--uclg-border-color, #d5dbe3);
      border-inline-start-width: 4px;
      border-radius: var(--uclg-radius, 6px);
      background: var(--uclg-surface-color, #fff);
    }
    .item.live {
      border-inline-start-color: var(--uclg-live-color, #b3261e);
      background: var(--uclg-agenda-live-background, #fdecea);
    }
    .item.next {
      border-inline-start-color: var(--uclg-accent, #0b5cad);
      background: var(--uclg-agenda-next-background, #eaf2fb);
    }
    .item p {
      margin: 0;
    }
    .when {
      font-weight: 600;
    }
    .kind {
      font-size: 0.8125em;
      letter-spacing: 0.04em;
      text-transform: uppercase;
      color: var(--uclg-accent, #0b5cad);
      font-weight: 700;
    }
    .title {
      font-size: 1.125em;
      line-height: 1.3;
      margin: 0.125em 0 0.375em;
    }
    .badges {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
    }
    @media print {
      .switch {
        display: none;
      }
      .item {
        break-inside: avoid;
        background: none;
      }
      a[href]::after {
        content: ' <' attr(href) '>';
        font-weight: 400;
        font-size: 0.875em;
        word-break: break-all;
      }
    }
  `,
];
