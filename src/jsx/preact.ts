/**
 * Preact JSX types for the elements: `import type {} from '@uclg/widgets/jsx-preact';` once.
 * Preact sets props that the element has as properties; listen with `ref` + addEventListener.
 */
import type {HTMLAttributes} from 'preact';
import type {UclgAddToCalendar} from '../components/add-to-calendar/add-to-calendar.js';
import type {UclgAgenda} from '../components/agenda/agenda.js';
import type {UclgCountdown} from '../components/countdown/countdown.js';
import type {UclgGuidingQuestions} from '../components/guiding-questions/guiding-questions.js';
import type {UclgSessionCard} from '../components/session-card/session-card.js';
import type {AddToCalendarProps, AgendaProps, CountdownProps, GuidingQuestionsProps, SessionCardProps} from './props.js';

type UclgJSX<E extends EventTarget, P> = Omit<HTMLAttributes<E>, keyof P> & P;

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'uclg-session-card': UclgJSX<UclgSessionCard, SessionCardProps>;
      'uclg-countdown': UclgJSX<UclgCountdown, CountdownProps>;
      'uclg-guiding-questions': UclgJSX<UclgGuidingQuestions, GuidingQuestionsProps>;
      'uclg-agenda': UclgJSX<UclgAgenda, AgendaProps>;
      'uclg-add-to-calendar': UclgJSX<UclgAddToCalendar, AddToCalendarProps>;
    }
  }
}
