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
    /* The layout follows the space the card is given, not the window; but the card is not a
       size container: a container's style is worked out inside layout, for all of its subtree,
       and that was about a tenth of the main thread's time for 100 cards. Where a rule depends on
       the card's width, the space is read by smaller containers (the title's, the people's) or
       by a percentage (the padding, below). */
    article {
      /* 0.875em in a card 22em wide or narrower, then growing with the card's width W (read as a
         percentage: the article's containing block is W) to the padding, 1.25em by default, at
         22.9375em. It grows by 0.4 of what W does, so that the title's width (W less twice the
         padding) keeps growing with W, and the title's size (below) can be read from it. */
      padding: var(--uclg-session-card-padding, max(min(0.875em, (22em - 100%) * 1000 + 0.875em), min(var(--_space), 0.875em + (100% - 22em) * 0.4)));
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
    /* The people's list is the container of their layout in two columns (below). A container
       keeps the margins of what it holds: the last group's is taken off (and, in one column,
       the last person's, which in two stays inside the grid as it always did), and the list's
       own bottom margin is what they added up to (0.75em). */
    .people {
      container-type: inline-size;
      margin: 1.25em 0 0.75em;
    }
    .group {
      margin-bottom: 0.75em;
    }
    .group:not(:has(~ .group)) {
      margin-bottom: 0;
    }
    @container not (min-width: calc(33.5em - 2px)) {
      .group:not(:has(~ .group)) > .person:not(:has(~ .person)) {
        margin-bottom: 0;
      }
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
    .body,
    .summary,
    .questions {
      max-width: 44em;
    }
    /* The title's size by the card's width (22em or narrower, 45em or wider), read on the
       title's own box: the card's width less its padding (0.875em at 22em, 1.25em by default
       at 45em) and border. A container of one line or two: cheaper than the whole card. */
    .head {
      container-type: inline-size;
    }
    @container (max-width: calc(20.25em - 2px)) {
      .title {
        font-size: 1.25em;
      }
    }
    @container (min-width: calc(42.5em - 2px)) {
      .title {
        font-size: 1.75em;
      }
    }
    /* People in two columns from a card 36em wide: the list is that less the padding (1.25em
       by default) and the border. A compact card (0.75em of padding) gets them from 35em. */
    @container (min-width: calc(33.5em - 2px)) {
      .group {
        display: grid;
        grid-template-columns: repeat(2, minmax(0, 1fr));
        column-gap: 1em;
      }
      dt {
        grid-column: 1 / -1;
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
