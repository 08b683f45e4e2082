import {css} from 'lit';
import {badges, base} from '../../base/shared.styles.js';
import {calendarStyles} from '../add-to-calendar/add-to-calendar.placeholder.js';

export const styles = [
  base,
  badges,
  calendarStyles,
  css`
    .switch {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1.25em;
      margin: 0 0 1em;
      padding: 0.5em 0.75em;
      border: 1px solid var(--uclg-border-color, var(--_border));
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
      accent-color: var(--uclg-accent, var(--_accent));
    }
    /* Each day is painted within its own box: when a filter hides items above it, the browser
       moves the days below as wholes instead of walking their items again (pre-paint 2-3 ms
       instead of 20-60 ms in Chromium traces of a 1,000-session filter change). The clip
       margin keeps a focused item's outline whole; on screen only, so that printing breaks a
       day across pages as before. Not each item: a paint layer per item made every hit test of
       the pointer walk them all (see the wide layout below). */
    @media screen {
      .day {
        contain: paint;
        overflow-clip-margin: 0.5em;
      }
    }
    [part='day'] {
      font-size: 1.125em;
      margin: 1.25em 0 0.5em;
    }
    .day:first-of-type [part='day'] {
      margin-top: 0;
    }
    /* A column of blocks, not a grid: 1,000 grid items cost 1.7 times the layout of the first
       render and 1.5 times that of each keystroke (see the README's design notes); hidden items leave no gap. */
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-direction: column;
      gap: 0.75em;
    }
    .item {
      padding: 0.75em 1em;
      border: 1px solid var(--uclg-border-color, var(--_border));
      border-inline-start-width: 4px;
      border-radius: var(--uclg-radius, 6px);
      background: var(--uclg-surface-color, var(--_surface));
    }
    .item.live {
      border-inline-start-color: var(--uclg-live-color, var(--_live));
      background: var(--uclg-agenda-live-background, var(--_live-bg));
    }
    .item.next {
      border-inline-start-color: var(--uclg-accent, var(--_accent));
      background: var(--uclg-agenda-next-background, var(--_next-bg));
    }
    :host {
      container-type: inline-size !important;
    }
    :host([compact]) .item {
      padding: 0.5em 0.75em;
    }
    /* Wide: the time in its own column, in the item's padding; narrow: stacked. A float pulled
       into the padding by a negative margin (no width left in the line, so the text beside it
       does not wrap round it), in an item that holds it (flow-root): not position: relative and
       absolute, which made every item a paint layer of its own, and hit testing a pointer (on
       each click and move, and after a layout under it) walked all of them (1,000 sessions: 1.7
       ms a hit test, 0.1 ms now, Chromium). Left, not inline-start: the widget is always ltr
       (shared styles), and browsers with container queries but before inline-start floats
       (Chromium 105-117) would stack the time above instead. */
    @container (min-width: 40em) {
      .item {
        display: flow-root;
        padding-inline-start: 12em;
      }
      .item > .when {
        float: left;
        width: 10em;
        margin-inline-start: -11em;
      }
      :host([compact]) .item {
        padding-inline-start: 11.75em;
      }
    }
    /* Buttons on lines of their own as blocks: cheaper to lay out (2,000 of them) than inline. */
    .item > button {
      display: block;
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
      color: var(--uclg-accent, var(--_accent));
      font-weight: 700;
    }
    .title {
      overflow-wrap: anywhere;
      font-size: 1.125em;
      line-height: 1.3;
      margin: 0.125em 0 0.375em;
    }
    .item .people {
      margin-bottom: 0.375em;
    }
    /* How to attend: a quiet pill beside the status, its text says it all. */
    .mode {
      padding: 0.125em 0.625em;
      border: 1px solid var(--uclg-border-color, var(--_border));
      border-radius: 1em;
      font-size: 0.875em;
    }
    .badges {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
    }
    .tools {
      display: grid;
      gap: 0.5em;
      margin: 0 0 1em;
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em 1em;
      align-items: end;
    }
    .field {
      display: grid;
      gap: 0.125em;
      font-weight: 600;
    }
    .field input,
    .field select,
    .tools button,
    .none button {
      min-height: 2.25em;
      font: inherit;
      font-weight: 400;
      padding: 0.25em 0.5em;
      border: 1px solid var(--uclg-border-color, var(--_border));
      border-radius: var(--uclg-radius, 6px);
      background: var(--uclg-surface-color, var(--_surface));
      color: inherit;
    }
    .search input {
      width: 16em;
      max-width: 100%;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
    }
    .tools button,
    .none button,
    .star {
      cursor: pointer;
    }
    .tools button[aria-pressed='true'] {
      border-color: var(--uclg-accent, var(--_accent));
      box-shadow: inset 0 0 0 1px var(--uclg-accent, var(--_accent));
    }
    .count,
    .none p {
      margin: 0;
    }
    .none {
      display: grid;
      justify-items: start;
      gap: 0.5em;
      padding: 1em;
    }
    .star {
      min-width: 24px;
      min-height: 24px;
      padding: 0 0.25em;
      border: 0;
      background: none;
      color: var(--uclg-accent, var(--_accent));
      font-size: 1.25em;
      line-height: 1;
    }
    .subscribe {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
      margin: 0 0 1em;
    }
    .subscribe a {
      color: var(--uclg-accent, var(--_accent));
    }
    [hidden] {
      display: none !important;
    }
    /* The schema.org microdata (one item per session, about 28 elements each): never a box, and
       not even a style to compute for what is inside it. */
    [itemscope] {
      display: none;
    }
    .item:focus {
      outline: 2px solid var(--uclg-accent, var(--_accent));
      outline-offset: 2px;
    }
    /* Printed: the sessions the filters show, as a clean programme; no controls, no tinted boxes,
       a day's heading never alone at the bottom of a page. */
    @media print {
      .switch,
      .tools,
      .none,
      .star,
      .subscribe,
      [part='calendar'] {
        display: none !important;
      }
      [part='day'] {
        break-after: avoid;
        page-break-after: avoid;
      }
      .day li:first-child {
        break-before: avoid;
      }
      .item {
        break-inside: avoid;
        page-break-inside: avoid;
        background: none;
      }
    }
  `,
];
