/**
 * React wrappers for React 18 and older (React 19 can use the elements directly, with the
 * types from `@uclg/widgets/jsx-react`). Needs `react` and `@lit/react` (optional peers).
 * Importing this registers the elements.
 */
import * as React from 'react';
import {createComponent, type EventName} from '@lit/react';
import {UclgAddToCalendar} from './components/add-to-calendar/add-to-calendar.js';
import {UclgAgenda} from './components/agenda/agenda.js';
import {UclgCountdown} from './components/countdown/countdown.js';
import {UclgGuidingQuestions} from './components/guiding-questions/guiding-questions.js';
import {UclgSessionCard} from './components/session-card/session-card.js';
import type {UclgSessionSelectEvent} from './events/session-select.js';
import type {UclgStatusChangeEvent} from './events/status-change.js';
import './components/add-to-calendar/add-to-calendar.define.js';
import './components/agenda/agenda.define.js';
import './components/countdown/countdown.define.js';
import './components/guiding-questions/guiding-questions.define.js';
import './components/session-card/session-card.define.js';

const onStatusChange = 'uclg-status-change' as EventName<UclgStatusChangeEvent>;

export const SessionCard = createComponent({react: React, tagName: 'uclg-session-card', elementClass: UclgSessionCard, events: {onStatusChange}});
export const Countdown = createComponent({react: React, tagName: 'uclg-countdown', elementClass: UclgCountdown, events: {onStatusChange}});
export const GuidingQuestions = createComponent({react: React, tagName: 'uclg-guiding-questions', elementClass: UclgGuidingQuestions});
export const Agenda = createComponent({
  react: React,
  tagName: 'uclg-agenda',
  elementClass: UclgAgenda,
  events: {onStatusChange, onSessionSelect: 'uclg-session-select' as EventName<UclgSessionSelectEvent>},
});
export const AddToCalendar = createComponent({react: React, tagName: 'uclg-add-to-calendar', elementClass: UclgAddToCalendar});
