// Plain TypeScript consumer of every typed entry point.
import {parseFeed, UclgStatusChangeEvent, type Feed, type SessionStatus, type StatusChangeDetail} from '@uclg/widgets';
import {UclgSessionCard} from '@uclg/widgets/session-card.js';
import {UclgCountdown} from '@uclg/widgets/countdown.js';
import {UclgGuidingQuestions} from '@uclg/widgets/guiding-questions.js';
import {UclgAgenda} from '@uclg/widgets/agenda.js';
import '@uclg/widgets/session-card/define.js';
import '@uclg/widgets/countdown/define.js';
import '@uclg/widgets/guiding-questions/define.js';
import '@uclg/widgets/agenda/define.js';
import '@uclg/widgets/define.js';
import {Agenda, Countdown, GuidingQuestions, SessionCard} from '@uclg/widgets/react.js';

const {feed, problems} = parseFeed({});
export const parsed: [Feed | null, number] = [feed, problems.length];
// @ts-expect-error parseFeed's result is typed, not any
parseFeed({}).feedd;

// HTMLElementTagNameMap knows every tag, with its class.
export const card: UclgSessionCard = document.createElement('uclg-session-card');
export const countdown: UclgCountdown = document.createElement('uclg-countdown');
export const questions: UclgGuidingQuestions = document.createElement('uclg-guiding-questions');
export const agenda: UclgAgenda = document.createElement('uclg-agenda');
countdown.format = 'narrow';
// @ts-expect-error format is 'long' | 'short' | 'narrow'
countdown.format = 'huge';

// GlobalEventHandlersEventMap knows the events.
card.addEventListener('uclg-status-change', (event) => {
  const detail: StatusChangeDetail = event.detail;
  const status: SessionStatus = detail.newStatus;
  console.log(event instanceof UclgStatusChangeEvent, status);
});
agenda.addEventListener('uclg-session-select', (event) => {
  event.preventDefault();
  console.log(event.detail.sessionId, event.detail.href);
});

export const wrappers = [Agenda, Countdown, GuidingQuestions, SessionCard];
