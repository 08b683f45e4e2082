import {css} from 'lit';

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
    color: var(--uclg-live-color, var(--_live));
  }
  .status.upcoming {
    color: var(--uclg-upcoming-color, var(--_upcoming));
  }
  .status.next {
    color: var(--uclg-accent, var(--_accent));
  }
  .status.ended,
  .status.cancelled,
  .status.postponed {
    color: var(--uclg-muted-color, var(--_muted));
  }
`;
