/** Registers every element (guarded: loading the library twice never throws). */
import './components/session-card/session-card.define.js';
import './components/guiding-questions/guiding-questions.define.js';
import './components/countdown/countdown.define.js';
import './components/agenda/agenda.define.js';
import './components/add-to-calendar/add-to-calendar.define.js';

export * from './index.js';
