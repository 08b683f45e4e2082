// What each entry point of the package does when imported: `.` and the class entries register
// nothing; each define entry registers its element with the class its class entry exports.
import * as api from '@uclg/widgets';
import {UclgSessionCard} from '@uclg/widgets/session-card.js';
import {UclgCountdown} from '@uclg/widgets/countdown.js';
import {UclgGuidingQuestions} from '@uclg/widgets/guiding-questions.js';
import {UclgAgenda} from '@uclg/widgets/agenda.js';

const TAGS = ['uclg-session-card', 'uclg-countdown', 'uclg-guiding-questions', 'uclg-agenda', 'uclg-add-to-calendar'];
const registered = () => TAGS.filter((tag) => customElements.get(tag));

const report = {
  apiExports: Object.keys(api).sort(),
  sameClasses: api.UclgSessionCard === UclgSessionCard && api.UclgCountdown === UclgCountdown
    && api.UclgGuidingQuestions === UclgGuidingQuestions && api.UclgAgenda === UclgAgenda,
  registeredAfterClassImports: registered(),
  defines: {},
};

// In an order where no define entry has registered the next one's element as a dependency
// (the card's define entry also registers the elements it uses inside: questions, calendar).
const defines = {
  'uclg-guiding-questions': [() => import('@uclg/widgets/guiding-questions/define.js'), UclgGuidingQuestions],
  'uclg-countdown': [() => import('@uclg/widgets/countdown/define.js'), UclgCountdown],
  'uclg-agenda': [() => import('@uclg/widgets/agenda/define.js'), UclgAgenda],
  'uclg-session-card': [() => import('@uclg/widgets/session-card/define.js'), UclgSessionCard],
};
try {
  for (const [tag, [load, cls]] of Object.entries(defines)) {
    const before = Boolean(customElements.get(tag));
    await load();
    report.defines[tag] = {registeredBefore: before, sameClass: customElements.get(tag) === cls};
  }
  await import('@uclg/widgets/define.js');
  report.registeredAfterDefineAll = registered();
} catch (error) {
  report.error = String(error?.stack ?? error);
}
window.__entries = report;
