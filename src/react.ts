/**
 * React wrappers for React 18 and older (React 19 can use the elements directly, with the
 * types from `@uclg/widgets/jsx-react`). Needs `react` and `@lit/react` (optional peers).
 * Importing this registers the elements.
 *
 * GENERATED from custom-elements.json by scripts/gen-framework-types.js: do not edit by hand;
 * run `npm run types:generate` after changing an element's JSDoc, attributes, properties or events.
 */
import * as React from 'react';
import {createComponent, type EventName} from '@lit/react';
import {UclgAddToCalendar} from './components/add-to-calendar/add-to-calendar.js';
import {UclgAgenda} from './components/agenda/agenda.js';
import {UclgCountdown} from './components/countdown/countdown.js';
import {UclgGuidingQuestions} from './components/guiding-questions/guiding-questions.js';
import {UclgSessionCard} from './components/session-card/session-card.js';
import type {UclgAgendaFilterEvent} from './events/agenda-filter.js';
import type {UclgFeedErrorEvent, UclgFeedLoadEvent} from './events/feed.js';
import type {UclgSessionSelectEvent} from './events/session-select.js';
import type {UclgStatusChangeEvent} from './events/status-change.js';
import './components/add-to-calendar/add-to-calendar.define.js';
import './components/agenda/agenda.define.js';
import './components/countdown/countdown.define.js';
import './components/guiding-questions/guiding-questions.define.js';
import './components/session-card/session-card.define.js';

/** `<uclg-add-to-calendar>`. */
export const AddToCalendar = createComponent({react: React, tagName: 'uclg-add-to-calendar', elementClass: UclgAddToCalendar});

/** `<uclg-agenda>`; events: onSessionSelect, onStatusChange, onAgendaFilter, onFeedLoad, onFeedError. */
export const Agenda = createComponent({react: React, tagName: 'uclg-agenda', elementClass: UclgAgenda, events: {onSessionSelect: 'uclg-session-select' as EventName<UclgSessionSelectEvent>, onStatusChange: 'uclg-status-change' as EventName<UclgStatusChangeEvent>, onAgendaFilter: 'uclg-agenda-filter' as EventName<UclgAgendaFilterEvent>, onFeedLoad: 'uclg-feed-load' as EventName<UclgFeedLoadEvent>, onFeedError: 'uclg-feed-error' as EventName<UclgFeedErrorEvent>}});

/** `<uclg-countdown>`; events: onStatusChange, onFeedLoad, onFeedError. */
export const Countdown = createComponent({react: React, tagName: 'uclg-countdown', elementClass: UclgCountdown, events: {onStatusChange: 'uclg-status-change' as EventName<UclgStatusChangeEvent>, onFeedLoad: 'uclg-feed-load' as EventName<UclgFeedLoadEvent>, onFeedError: 'uclg-feed-error' as EventName<UclgFeedErrorEvent>}});

/** `<uclg-guiding-questions>`; events: onFeedLoad, onFeedError. */
export const GuidingQuestions = createComponent({react: React, tagName: 'uclg-guiding-questions', elementClass: UclgGuidingQuestions, events: {onFeedLoad: 'uclg-feed-load' as EventName<UclgFeedLoadEvent>, onFeedError: 'uclg-feed-error' as EventName<UclgFeedErrorEvent>}});

/** `<uclg-session-card>`; events: onStatusChange, onFeedLoad, onFeedError. */
export const SessionCard = createComponent({react: React, tagName: 'uclg-session-card', elementClass: UclgSessionCard, events: {onStatusChange: 'uclg-status-change' as EventName<UclgStatusChangeEvent>, onFeedLoad: 'uclg-feed-load' as EventName<UclgFeedLoadEvent>, onFeedError: 'uclg-feed-error' as EventName<UclgFeedErrorEvent>}});
