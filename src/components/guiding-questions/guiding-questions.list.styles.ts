import {css} from 'lit';

/**
 * The heading and numbered list of guiding questions, in `<uclg-guiding-questions>` and in the
 * session card (which shows the list in its own shadow tree): one copy of these rules for both.
 */
export const questionList = css`
  .questions [role='heading'] {
    font-size: 1.125em;
    margin: 0 0 0.5em;
  }
  .questions ol {
    margin: 0 0 0.75em;
    padding-inline-start: 1.75em;
  }
  .questions li + li {
    margin-top: 0.5em;
  }
  .questions li::marker {
    color: var(--uclg-guiding-questions-marker-color, var(--uclg-accent, var(--_accent)));
    font-weight: 700;
  }
  .questions .target {
    background: var(--uclg-highlight-color, var(--_highlight));
    color: var(--uclg-text-color, var(--_text));
    outline-offset: 2px;
  }
  .questions li:focus-visible {
    outline: 3px solid var(--uclg-focus-color, var(--_accent));
  }
`;
