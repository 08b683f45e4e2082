import {css} from 'lit';
import {base} from '../../base/shared.styles.js';

export const styles = [
  base,
  css`
    /* Loading: one line, no taller than the countdown it becomes (one line once the session has
       ended, more before), so the page moves less when the feed arrives (issue 15: CLS 0.0345 ->
       0.0060 in the bench). A page's --uclg-state-min-height still reserves more. */
    .state.loading {
      min-height: max(var(--uclg-state-min-height, 0px), var(--_h, 0px));
      padding: 0;
    }
    /* Plain blocks, not flex: every second this is laid out again, a thousand times on some pages. */
    .units {
      margin: 0 0 0.5em;
    }
    [part='unit'] {
      display: inline-block;
      min-width: 3em;
      margin: 0 0 0.25em;
      margin-inline-end: 0.75em;
      text-align: center;
      vertical-align: top;
    }
    .value,
    .unit-label {
      display: block;
    }
    .value {
      font-size: 2em;
      font-weight: 700;
      line-height: 1.1;
      font-variant-numeric: tabular-nums;
      color: var(--uclg-countdown-digit-color, currentColor);
    }
    .unit-label {
      font-size: 0.8125em;
    }
    .caption {
      margin: 0 0 0.25em;
      font-size: 0.875em;
    }
    .headline {
      margin: 0 0 0.5em;
      font-weight: 700;
    }
    .live .headline {
      color: var(--uclg-live-color, var(--_live));
    }
    p {
      margin: 0 0 0.5em;
    }
    .sr-only {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    @media (prefers-reduced-motion: reduce) {
      * {
        animation: none !important;
        transition: none !important;
      }
    }
  `,
];
