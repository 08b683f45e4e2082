import {css} from 'lit';
import {base, badges} from '../../internal/shared.styles.js';

export const styles = [
  base,
  badges,
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
      margin: 0.5em 0 1em;
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
