/**
 * What each element accepts in JSX: its attributes (kebab-case, as in HTML), its properties
 * (camelCase; React 19 and Preact set them as properties when the element has them) and its
 * events (`on<event-name>`). Mapped to React 19 and Preact JSX by react.ts and preact.ts.
 *
 * GENERATED from custom-elements.json by scripts/gen-framework-types.js: do not edit by hand;
 * run `npm run types:generate` after changing an element's JSDoc, attributes, properties or events.
 */
import type {UclgAddToCalendar} from '../components/add-to-calendar/add-to-calendar.js';
import type {UclgAgenda} from '../components/agenda/agenda.js';
import type {UclgCountdown} from '../components/countdown/countdown.js';
import type {UclgGuidingQuestions} from '../components/guiding-questions/guiding-questions.js';
import type {UclgSessionCard} from '../components/session-card/session-card.js';
import type {Feed, Session} from '../core/types.js';
import type {UclgAgendaFilterEvent} from '../events/agenda-filter.js';
import type {UclgFeedErrorEvent, UclgFeedLoadEvent} from '../events/feed.js';
import type {UclgSessionSelectEvent} from '../events/session-select.js';
import type {UclgStatusChangeEvent} from '../events/status-change.js';
import type {UnitDisplay} from '../i18n/locale.js';

/** What every element built on `UclgElement` accepts. */
export interface UclgElementProps {
  /** Language of the widget: `en`, `fr` or `es` (`fr-CA` → fr). Default: the nearest `[lang]` above it, then the browser's, then English. */
  lang?: string;
  /** IANA zone to show times in instead of the viewer's own (e.g. "America/New_York"). */
  'time-zone'?: string;
  /** An ISO 8601 instant that freezes the widget's clock (previews, tests). */
  now?: string;
  /** Colours: `light` (default), `dark`, or `auto` (follows the visitor's `prefers-color-scheme`). */
  theme?: 'light' | 'dark' | 'auto';
  /** Tighter spacing and a smaller type scale, for sidebars. */
  compact?: boolean;
  /** IANA zone to show times in instead of the viewer's own (e.g. "America/New_York"). */
  timeZone?: string;
}

/** What every element built on `UclgFeedElement` accepts. */
export interface UclgFeedElementProps extends UclgElementProps {
  /** URL of the feed (JSON). Fetched once per page however many widgets use it. */
  src?: string;
  /** The feed itself, as the object `response.json()` gives (not its text) or already parsed; takes precedence over `src`. Unset or `null` while an app fetches it: the widget shows its loading box meanwhile. */
  feed?: unknown;
  /** Re-fetch `src` in the background every this many seconds (at least 10); updates without flicker. */
  refresh?: number;
  /** React 19 and Preact: listener for `uclg-feed-load`. The feed at `src` was loaded (or refreshed, or taken from the last good copy). */
  'onuclg-feed-load'?: (event: UclgFeedLoadEvent) => void;
  /** React 19 and Preact: listener for `uclg-feed-error`. The feed at `src` could not be loaded or read. */
  'onuclg-feed-error'?: (event: UclgFeedErrorEvent) => void;
}

/** What every element built on `UclgSessionElement` accepts. */
export interface UclgSessionElementProps extends UclgFeedElementProps {
  /** Id of the session to show. */
  session?: string;
}

/** What JSX can set on `<uclg-add-to-calendar>`. */
export interface UclgAddToCalendarProps extends UclgElementProps {
  /** The session (from a parsed feed). */
  session?: Session;
  /** The feed (or just `{event}`) the session belongs to: UID, fallback language, event link. */
  feed?: Pick<Feed, 'event'>;
}

/** What JSX can set on `<uclg-agenda>`. */
export interface UclgAgendaProps extends UclgFeedElementProps {
  /** Level of the day headings, 2–6; session titles are one below. */
  'heading-level'?: number | string;
  /** Link for each session when the feed has no `links.details`, like `/sessions/{id}`. */
  'href-template'?: string;
  /** Leave out the schema.org Events (microdata) that the agenda otherwise describes its sessions with. */
  'no-structured-data'?: boolean;
  /** Where the search and filters are kept so that a link opens the same view: `query`, `hash` or `none`. */
  'url-state'?: 'query' | 'hash' | 'none';
  /** Prefix of the agenda's URL parameters, so that the page's own are never touched. */
  'url-prefix'?: string;
  /** Level of the day headings, 2–6; session titles are one below. */
  headingLevel?: number;
  /** Only these session ids, separated by spaces. */
  sessions?: string;
  /** Only sessions of this kind (matched against the kind in any language, ignoring case). */
  kind?: string;
  /** Link for each session when the feed has no `links.details`, like `/sessions/{id}`. */
  hrefTemplate?: string;
  /** Leave out the schema.org Events (microdata) that the agenda otherwise describes its sessions with. */
  noStructuredData?: boolean;
  /** Search, filters and the personal programme: `auto` from 8 sessions, `always`, or `never`. */
  filters?: 'auto' | 'always' | 'never';
  /** Where the search and filters are kept so that a link opens the same view: `query`, `hash` or `none`. */
  urlState?: 'query' | 'hash' | 'none';
  /** Prefix of the agenda's URL parameters, so that the page's own are never touched. */
  urlPrefix?: string;
  /** React 19 and Preact: listener for `uclg-session-select`. A session's link was clicked; cancelable, so an app can route itself. */
  'onuclg-session-select'?: (event: UclgSessionSelectEvent) => void;
  /** React 19 and Preact: listener for `uclg-status-change`. A shown session starts or ends. */
  'onuclg-status-change'?: (event: UclgStatusChangeEvent) => void;
  /** React 19 and Preact: listener for `uclg-agenda-filter`. The visitor changed the search, a filter or the view (also by Back/Forward); the state is in `detail`. */
  'onuclg-agenda-filter'?: (event: UclgAgendaFilterEvent) => void;
}

/** What JSX can set on `<uclg-countdown>`. */
export interface UclgCountdownProps extends UclgSessionElementProps {
  /** Count in minutes only: no per-second updates. */
  'no-seconds'?: boolean;
  /** Standalone start instant (ISO 8601 with offset), used when no feed is given. */
  start?: string;
  /** Standalone end instant (ISO 8601 with offset). */
  end?: string;
  /** How unit names are written: "3 hours" (long), "3 hr" (short), "3h" (narrow). */
  format?: UnitDisplay;
  /** Count in minutes only: no per-second updates. */
  noSeconds?: boolean;
  /** React 19 and Preact: listener for `uclg-status-change`. When the session starts or ends. */
  'onuclg-status-change'?: (event: UclgStatusChangeEvent) => void;
}

/** What JSX can set on `<uclg-guiding-questions>`. */
export interface UclgGuidingQuestionsProps extends UclgSessionElementProps {
  /** Level of the heading, 2–6. */
  'heading-level'?: number | string;
  /** Level of the heading, 2–6. */
  headingLevel?: number;
  /** Show only the first N questions (3 when no number is given) and a "Show all" button. */
  collapsed?: number;
}

/** What JSX can set on `<uclg-session-card>`. */
export interface UclgSessionCardProps extends UclgSessionElementProps {
  /** Level of the title's heading, 2–6; the questions' heading is one below. */
  'heading-level'?: number | string;
  /** Leave out the schema.org Event (microdata) that the card otherwise describes its session with. */
  'no-structured-data'?: boolean;
  /** Level of the title's heading, 2–6; the questions' heading is one below. */
  headingLevel?: number;
  /** Leave out the schema.org Event (microdata) that the card otherwise describes its session with. */
  noStructuredData?: boolean;
  /** React 19 and Preact: listener for `uclg-status-change`. When the session starts or ends while shown. */
  'onuclg-status-change'?: (event: UclgStatusChangeEvent) => void;
}

/** Each tag: its element class and its JSX props. */
export interface UclgTags {
  'uclg-add-to-calendar': [UclgAddToCalendar, UclgAddToCalendarProps];
  'uclg-agenda': [UclgAgenda, UclgAgendaProps];
  'uclg-countdown': [UclgCountdown, UclgCountdownProps];
  'uclg-guiding-questions': [UclgGuidingQuestions, UclgGuidingQuestionsProps];
  'uclg-session-card': [UclgSessionCard, UclgSessionCardProps];
}
