import {css} from 'lit';

/** The dark theme's values, for theme="dark" and for theme="auto" in a dark scheme. */
const dark = css`
  --_text: #e8edf3;
  --_muted: #aab4c0;
  --_surface: #161c26;
  --_border: #3a4556;
  --_accent: #8cc4ff;
  --_live: #ff9a8f;
  --_live-bg: #3b1d1b;
  --_upcoming: #86dc9f;
  --_next-bg: #14283f;
  --_warning: #ffd479;
  --_warning-bg: #3a2e10;
  --_highlight: #4a3f10;
`;

/**
 * Shared base: the widget sets its own font size in px so that a host page's
 * `html{font-size:62.5%}` cannot shrink it, and everything inside is in em.
 */
export const base = css`
  /*
   * The public tokens (--uclg-accent, --uclg-surface-color, …) are only ever *read*, with the
   * theme's value as fallback, so a site sets them once on :root. The theme's values live in
   * private --_* properties. Layout-critical host rules are !important: in the cascade, a shadow
   * tree's !important beats the page's normal rules, so a reset such as "* {all: unset}" or
   * "html {font-size: 62.5%}" cannot unlay the widget (custom properties survive "all").
   */
  :host {
    --_text: #1d2733;
    --_muted: #55606e;
    --_surface: #fff;
    --_border: #c9d1dc;
    --_accent: #0b5cad;
    --_live: #b3261e;
    --_live-bg: #fdecea;
    --_upcoming: #1e6b34;
    --_next-bg: #eaf2fb;
    --_warning: #8a5a00;
    --_warning-bg: #fff6e0;
    --_highlight: #fff4c2;
    --_space: var(--uclg-spacing, 1.25em);
    display: block !important;
    box-sizing: border-box !important;
    /* Every inherited text property, or the page's body type flows in. */
    font: normal normal 400 var(--uclg-font-size, 16px) / 1.5 var(--uclg-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif) !important;
    color: var(--uclg-text-color, var(--_text)) !important;
    text-align: start !important;
    /* English, French and Spanish are written left to right, on a page in Arabic or Hebrew
       (dir="rtl") too: else "1." and "?" end up on the wrong side and the digits in reverse. */
    direction: ltr !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    white-space: normal !important;
    /* Held after pre-rendered HTML gave way to a shorter rendering (feed-element.ts); not
       !important, so a page's own min-height on the element wins. */
    min-height: var(--_held);
  }
  /*
   * Pre-rendered HTML shown (custom state, feed-element.ts): laid out as the page laid it out
   * before the script ran: the page's type, and no container, so its margins collapse with the
   * page's as they did. A browser without :state() drops this rule only.
   */
  :host(:state(prerendered)) {
    container-type: normal !important;
    font: inherit !important;
    color: inherit !important;
    text-align: inherit !important;
    text-indent: inherit !important;
    text-transform: inherit !important;
    text-shadow: inherit !important;
    letter-spacing: inherit !important;
    word-spacing: inherit !important;
    white-space: inherit !important;
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${dark}
    }
  }
  :host([compact]) {
    --_space: var(--uclg-spacing, 0.75em);
    font-size: calc(var(--uclg-font-size, 16px) * 0.875) !important;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [role='heading'] {
    font-weight: 700;
  }
  button {
    font: inherit;
    font-size: 0.9375em;
    min-height: 2em;
    min-width: 24px;
    padding: 0.25em 0.875em;
    border: 1px solid currentColor;
    border-radius: var(--uclg-radius, 6px);
    background: transparent;
    color: var(--uclg-accent, var(--_accent));
    cursor: pointer;
  }
  button:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--uclg-focus-color, var(--_accent));
    outline-offset: 2px;
  }
  a {
    color: var(--uclg-link-color, var(--uclg-accent, var(--_accent)));
  }
  .stale {
    margin: 0 0 0.75em;
    padding: 0.375em 0.75em;
    border-inline-start: 4px solid var(--uclg-warning-color, var(--_warning));
    background: var(--uclg-warning-background, var(--_warning-bg));
    color: var(--uclg-text-color, var(--_text));
    font-size: 0.875em;
  }
  .state:focus {
    outline: none;
  }
  .state:focus-visible {
    outline: 3px solid var(--uclg-focus-color, var(--_accent));
  }
  .state {
    padding: 1em;
    /* --_h: the height this widget took on an earlier visit, while it loads (base/remembered-height.ts). */
    min-height: max(var(--uclg-state-min-height, 6em), var(--_h, 0px));
  }
  @media print {
    button {
      display: none;
    }
    a[href^='http']::after,
    a[href^='mailto']::after {
      content: ' <' attr(href) '>';
      font-weight: 400;
      font-size: 0.875em;
      word-break: break-all;
    }
  }
  @media (forced-colors: active) {
    .status,
    button {
      border: 1px solid CanvasText;
    }
    .target {
      outline: 2px solid Highlight;
    }
  }
`;

// The status badges are a module of their own, so that an element without them (countdown,
// guiding questions) does not bundle them: a css`` call is kept by bundlers wherever its module is.
export {badges} from './badges.styles.js';
