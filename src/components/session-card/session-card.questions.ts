import {html, type TemplateResult} from 'lit';
import {guard} from 'lit/directives/guard.js';
import type {Language, Session} from '../../core/types.js';
import {buildList} from './session-card.lists.js';
import type {Msg} from '../../i18n/msg.js';
import {questionId, questionsHeading} from '../guiding-questions/guiding-questions.list.js';

/**
 * The card's guiding questions: the heading and numbered list that `<uclg-guiding-questions>`
 * shows, written into the card's own shadow tree. A nested element cost each card one more
 * element, shadow root, set of style sheets and update cycle (about a sixth of the card's
 * script time in issue 15's bench of 100 cards) for a list the card already has in hand.
 */
export function renderQuestions(session: Session, level: number, msg: Msg, lang: Language, fallback: Language, target: string | undefined): TemplateResult {
  // Without questions the nested element stayed, empty, with its margin: the same spacing here.
  if (!session.guidingQuestions.length) return html`<div class="questions"></div>`;
  const list = guard([session, lang, fallback, target], () =>
    buildList(
      'ol',
      {},
      'li',
      session.guidingQuestions.map((text, i) => {
        const id = questionId(session.id, i);
        return {text, attributes: {id, class: id === target ? 'target' : '', tabindex: id === target ? '-1' : undefined}};
      }),
      lang,
      fallback,
    ),
  );
  return html`<section class="questions" aria-labelledby="questions-heading">
    <div role="heading" aria-level=${level} id="questions-heading">${questionsHeading(msg)}</div>
    ${list}
  </section>`;
}
