/**
 * Type test of the generated JSX types (src/jsx/props.ts via src/jsx/react.ts and preact.ts):
 * the right usage compiles, and each `@ts-expect-error` line must be an error, or tsc fails.
 */
import type {} from '../../src/jsx/react.js';
import {SessionCard, Agenda} from '../../src/react.js';

export const ok = (
  <>
    <uclg-session-card session="s" src="/feed.json" lang="fr" theme="dark" compact refresh={60} no-structured-data heading-level={2} time-zone="UTC"
      onuclg-status-change={(e) => e.detail.newStatus.toUpperCase()} onuclg-feed-load={(e) => e.detail.sessions.toFixed()} onuclg-feed-error={(e) => e.detail.reason} />
    <uclg-countdown start="2021-05-19T10:00:00Z" format="narrow" no-seconds />
    <uclg-agenda kind="x" href-template="/s/{id}" onuclg-session-select={(e) => e.detail.href} />
    <uclg-guiding-questions collapsed={2} session="s" />
    <SessionCard session="s" onStatusChange={(e) => e.detail.oldStatus} onFeedError={(e) => e.detail.message} />
    <Agenda onSessionSelect={(e) => e.preventDefault()} onFeedLoad={(e) => e.detail.src} />
  </>
);

export const wrong = (
  <>
    {/* @ts-expect-error: misspelled attribute */}
    <uclg-session-card sesion="s" />
    {/* @ts-expect-error: no such detail field */}
    <uclg-session-card onuclg-status-change={(e) => e.detail.status} />
    {/* @ts-expect-error: not a format */}
    <uclg-countdown format="tiny" />
    {/* @ts-expect-error: not a theme */}
    <uclg-agenda theme="blue" />
  </>
);
