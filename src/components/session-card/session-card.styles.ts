import {css} from 'lit';
import {base} from '../../internal/shared.styles.js';

export const styles = [
  base,
  css`
    article {
      padding: var(--uclg-session-card-padding, var(--uclg-spacing, 1.25em));
      border: 1px solid var(--uclg-border-color, #d5dbe3);
      border-radius: var(--uclg-radius, 6px);
      background: var(--uclg-session-card-background, var(--uclg-surface-color, #fff));
    }
    p {
      margin: 0 0 0.75em;
    }
    .event,
    .kind {
      margin: 0;
      font-size: 0.8125em;
      letter-spacing: 0.04em;
      text-transform: uppercase;
    }
    .kind {
      color: var(--uclg-session-card-kind-color, var(--uclg-accent, #0b5cad));
      font-weight: 700;
    }
    .title {
      font-size: 1.5em;
      line-height: 1.25;
      margin: 0.25em 0;
    }
    .subtitle {
      font-size: 1.125em;
    }
    .theme {
      font-style: italic;
    }
    .when {
      margin: 0;
      font-weight: 600;
    }
    .viewer {
      font-weight: 400;
      margin-bottom: 0.75em;
    }
    .status {
      display: inline-block;
      margin: 0.5em 0 1em;
      padding: 0.125em 0.625em;
      border-radius: 1em;
      border: 1px solid currentColor;
      font-size: 0.875em;
      font-weight: 700;
    }
    .status.live {
      color: var(--uclg-live-color, #b3261e);
    }
    .status.upcoming {
      color: var(--uclg-upcoming-color, #1e6b34);
    }
    .status.ended,
    .status.cancelled,
    .status.postponed {
      color: var(--uclg-muted-color, #55606e);
    }
    .more {
      display: none;
    }
    .links {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em 1.25em;
      list-style: none;
      margin: 1em 0 0;
      padding: 0;
    }
    uclg-guiding-questions {
      margin-top: 1.25em;
    }
    @media print {
      .more {
        display: block;
      }
      a[href]::after {
        content: ' (' attr(href) ')';
      }
    }
  `,
];
