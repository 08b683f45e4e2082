import {css} from 'lit';

/**
 * Shared base: the widget sets its own font size in px so that a host page's
 * `html{font-size:62.5%}` cannot shrink it, and everything inside is in em.
 */
export const base = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--uclg-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--uclg-font-size, 16px);
    line-height: 1.5;
    color: var(--uclg-text-color, #1d2733);
    text-align: start;
  }
  :host([hidden]) {
    display: none;
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
    color: var(--uclg-accent, #0b5cad);
    cursor: pointer;
  }
  button:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--uclg-focus-color, #0b5cad);
    outline-offset: 2px;
  }
  a {
    color: var(--uclg-link-color, var(--uclg-accent, #0b5cad));
  }
  .stale {
    margin: 0 0 0.75em;
    padding: 0.375em 0.75em;
    border-inline-start: 4px solid var(--uclg-warning-color, #8a5a00);
    background: var(--uclg-warning-background, #fff6e0);
    color: #1d2733;
    font-size: 0.875em;
  }
  .state {
    padding: 1em;
    min-height: var(--uclg-state-min-height, 6em);
  }
  @media print {
    button {
      display: none;
    }
  }
`;

/** Status badges (upcoming, live, ended, cancelled, postponed, next), shared by card and agenda. */
export const badges = css`
  .status {
    display: inline-block;
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
  .status.next {
    color: var(--uclg-accent, #0b5cad);
  }
  .status.ended,
  .status.cancelled,
  .status.postponed {
    color: var(--uclg-muted-color, #55606e);
  }
`;
