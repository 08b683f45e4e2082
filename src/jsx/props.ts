/**
 * What each element accepts in JSX: its attributes (kebab-case, as in HTML), its properties
 * (camelCase; React 19 and Preact set them as properties when the element has them) and its
 * events. Shared by the React 19 and Preact declarations next to this file.
 */
import type {UclgSessionSelectEvent} from '../events/session-select.js';
import type {UclgStatusChangeEvent} from '../events/status-change.js';
import type {Feed, Session} from '../core/types.js';
import type {UclgAddToCalendar} from '../components/add-to-calendar/add-to-calendar.js';
import type {UclgAgenda} from '../components/agenda/agenda.js';
import type {UclgCountdown} from '../components/countdown/countdown.js';
import type {UclgGuidingQuestions} from '../components/guiding-questions/guiding-questions.js';
import type {UclgSessionCard} from '../components/session-card/session-card.js';

interface DataProps {
  /** URL of the feed. */
  src?: string;
  /** The feed itself (raw JSON or parsed). */
  feed?: unknown;
  /** An ISO instant that freezes the clock. */
  now?: string;
  /** IANA zone to show times in. */
  'time-zone'?: string;
  timeZone?: string;
}

interface StatusEvents {
  /** React 19: listener for `uclg-status-change`. */
  'onuclg-status-change'?: (event: UclgStatusChangeEvent) => void;
}

interface Heading {
  'heading-level'?: number | string;
  headingLevel?: number;
}

export interface SessionCardProps extends DataProps, StatusEvents, Heading {
  session?: string;
}

export interface CountdownProps extends DataProps, StatusEvents {
  session?: string;
  start?: string;
  end?: string;
  format?: 'long' | 'short' | 'narrow';
  'no-seconds'?: boolean;
  noSeconds?: boolean;
}

export interface GuidingQuestionsProps extends DataProps, Heading {
  session?: string;
  collapsed?: number | string | boolean;
}

export interface AgendaProps extends DataProps, StatusEvents, Heading {
  sessions?: string;
  kind?: string;
  'href-template'?: string;
  hrefTemplate?: string;
  /** React 19: listener for `uclg-session-select` (cancelable). */
  'onuclg-session-select'?: (event: UclgSessionSelectEvent) => void;
}

export interface AddToCalendarProps {
  /** The session (from a parsed feed). */
  session?: Session;
  /** The feed (or just `{event}`) it belongs to. */
  feed?: Pick<Feed, 'event'>;
}

/** Each tag: its element class and its JSX props. Mapped to a framework's JSX types in react.ts and preact.ts. */
export interface UclgTags {
  'uclg-session-card': [UclgSessionCard, SessionCardProps];
  'uclg-countdown': [UclgCountdown, CountdownProps];
  'uclg-guiding-questions': [UclgGuidingQuestions, GuidingQuestionsProps];
  'uclg-agenda': [UclgAgenda, AgendaProps];
  'uclg-add-to-calendar': [UclgAddToCalendar, AddToCalendarProps];
}
