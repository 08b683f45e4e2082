import {css} from 'lit';
import {base} from '../../base/shared.styles.js';
import {badges} from '../../base/badges.styles.js';
import {questionList} from '../guiding-questions/guiding-questions.list.styles.js';
import {calendarStyles} from '../add-to-calendar/add-to-calendar.placeholder.js';

export const styles = [
  base,
  badges,
  questionList,
  calendarStyles,
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
    .place,
    .languages {
      margin: 0.25em 0 0;
    }
    .action {
      margin: 0 0 1em;
    }
    .cta {
      display: inline-block;
      padding: 0.5em 1.125em;
      border: 1px solid currentColor;
      border-radius: var(--uclg-radius, 6px);
      font-weight: 700;
    }
    a.cta {
      border-color: transparent;
      background: var(--uclg-accent, var(--_accent));
      color: var(--uclg-surface-color, var(--_surface));
      text-decoration: none;
    }
    a.cta.stream {
      background: var(--uclg-live-color, var(--_live));
      font-size: 1.125em;
    }
    span.cta,
    dt,
    .affiliation {
      color: var(--uclg-muted-color, var(--_muted));
    }
    .people {
      margin: 1.25em 0 0.5em;
    }
    .group {
      margin-bottom: 0.75em;
    }
    dt {
      margin-bottom: 0.375em;
      font-size: 0.8125em;
      font-weight: 700;
      letter-spacing: 0.04em;
      text-transform: uppercase;
    }
    .person {
      display: flex;
      align-items: center;
      gap: 0.75em;
      margin: 0 0 0.5em;
    }
    /* One box for a photo or the initials that replace it: nothing moves when either loads.
       The photo lies over its initials in one grid cell (they show until it has loaded), each
       rounded by its own radius: not positioned, nor clipped by overflow, which made each face
       and photo a paint layer, and the browser's hit testing of the pointer walks them all. */
    .face {
      display: inline-grid;
      flex: none;
      place-items: center;
      width: 3em;
      height: 3em;
      border-radius: 50%;
      background: var(--_next-bg);
      color: var(--uclg-accent, var(--_accent));
      font-weight: 700;
    }
    .face > * {
      grid-area: 1 / 1;
    }
    .face img {
      width: 100%;
      height: 100%;
      border-radius: 50%;
      object-fit: cover;
    }
    .who {
      display: flex;
      flex-direction: column;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    .name {
      font-weight: 600;
    }
    .affiliation {
      font-size: 0.875em;
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
    [part='calendar'] {
      margin: 0 0 1em;
    }
    /* The guiding questions (session-card.questions.ts; their list: questionList). */
    .questions {
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
    @container (min-width: 36em) {
      .group {
        display: grid;
        grid-template-columns: repeat(2, minmax(0, 1fr));
        column-gap: 1em;
      }
      dt {
        grid-column: 1 / -1;
      }
    }
    @container (min-width: 45em) {
      .title {
        font-size: 1.75em;
      }
      .body,
      .summary,
      .questions {
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
      .calendar {
        display: none;
      }
    }
  `,
];
