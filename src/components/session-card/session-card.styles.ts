import {css} from 'lit';
import {base, badges} from '../../base/shared.styles.js';

export const styles = [
  base,
  badges,
  css`
    /* The layout follows the space the card is given, not the window. */
    :host {
      container-type: inline-size !important;
    }
    article {
      padding: var(--uclg-session-card-padding, var(--_space));
      border: 1px solid var(--uclg-border-color, var(--_border));
      border-radius: var(--uclg-radius, 6px);
      background: var(--uclg-session-card-background, var(--uclg-surface-color, var(--_surface)));
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
      color: var(--uclg-session-card-kind-color, var(--uclg-accent, var(--_accent)));
      font-weight: 700;
    }
    .title {
      overflow-wrap: anywhere;
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
    uclg-add-to-calendar {
      margin: 0 0 1em;
    }
    uclg-guiding-questions {
      margin-top: 1.25em;
    }
    @container (max-width: 22em) {
      article {
        padding: 0.875em;
      }
      .title {
        font-size: 1.25em;
      }
    }
    @container (min-width: 45em) {
      .title {
        font-size: 1.75em;
      }
      .body,
      .summary,
      uclg-guiding-questions {
        max-width: 44em;
      }
    }
    :host([compact]) .title {
      font-size: 1.25em;
    }
    @media print {
      .more {
        display: block;
      }
    }
  `,
];
