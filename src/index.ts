/**
 * @uclg/widgets public API: classes, types and pure helpers. Importing this registers nothing;
 * import "@uclg/widgets/define.js" (or one element's define entry) to register the elements.
 */
export {UclgSessionCard} from './components/session-card/session-card.js';
export {UclgCountdown} from './components/countdown/countdown.js';
export {UclgStatusChangeEvent, type StatusChangeDetail} from './events/status-change.js';
export {UclgGuidingQuestions} from './components/guiding-questions/guiding-questions.js';
export {UclgAgenda} from './components/agenda/agenda.js';
export {UclgAddToCalendar} from './components/add-to-calendar/add-to-calendar.js';
export {eventJsonLd} from './seo/json-ld.js';
export {prerender, type PrerenderElement, type PrerenderOptions} from './seo/prerender.js';
export {UclgSessionSelectEvent, type SessionSelectDetail} from './events/session-select.js';
export {UclgAgendaFilterEvent, type AgendaFilterDetail} from './events/agenda-filter.js';
export {UclgFeedLoadEvent, UclgFeedErrorEvent, type FeedLoadDetail, type FeedErrorDetail} from './events/feed.js';
export {parseFeed, formatProblems} from './feed/parse.js';
export {toICS, toICSCalendar, sessionUid, type CalendarOptions, type ICSOptions, type ICSCalendarOptions} from './calendar/ics.js';
export {googleCalendarUrl, outlookCalendarUrl, subscribeLinks, type OutlookOptions, type SubscribeLinks} from './calendar/links.js';
export {loadFeed, clearFeedCache, FeedLoadError, type LoadedFeed, type LoadFailure, type LoadOptions} from './feed/load.js';
export {pickText, resolveLanguage, toLanguage, type PickedText} from './i18n/language.js';
export {statusAt, nextStatusChange} from './time/status.js';
export {parseInstant} from './time/instant.js';
export {VERSION} from './internal/define.js';
export * from './core/types.js';
