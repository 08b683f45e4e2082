import {html, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';
import type {Language, Session} from '../../core/types.js';
import {buildList, type ListCache} from './session-card.lists.js';
import type {Msg} from '../../i18n/msg.js';
import {fragmentId, questionId, questionsHeading} from '../guiding-questions/guiding-questions.list.js';

/**
 * The card's guiding questions: the heading and numbered list that `<uclg-guiding-questions>`
 * shows, written into the card's own shadow tree. A nested element cost each card one more
 * element, shadow root, set of style sheets and update cycle (about a sixth of the card's
 * script time in issue 15's bench of 100 cards) for a list the card already has in hand.
 */
export function renderQuestions(session: Session, level: number, msg: Msg, lang: Language, fallback: Language, target: string | undefined, cache: ListCache): TemplateResult {
  // Without questions the nested element stayed, empty, with its margin: the same spacing here.
  if (!session.guidingQuestions.length) return html`<div class="questions"></div>`;
  const list = cache.get([session, lang, fallback, target], () =>
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

/**
 * The question a URL fragment names (`#<session>-q<n>`), as `<uclg-guiding-questions>` does
 * it: highlighted, scrolled to and focused, on the first render with the questions and at
 * each `hashchange`.
 */
export class QuestionTarget implements ReactiveController {
  /** The question named, '' when the fragment names none of this card's; undefined until looked. */
  id?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & {readonly renderRoot: HTMLElement | DocumentFragment},
    private readonly session: () => Session | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  hostUpdated(): void {
    if (this.id === undefined && location.hash) void this.reveal();
  }

  private readonly onHashChange = (): void => void this.reveal();

  private async reveal(): Promise<void> {
    const session = this.session();
    if (!session || !location.hash) return; // not ready yet: hostUpdated asks again
    const id = fragmentId();
    const named = session.guidingQuestions.some((_, i) => questionId(session.id, i) === id);
    const next = named ? id : '';
    if (next !== this.id) {
      this.id = next;
      this.host.requestUpdate();
    }
    if (!named) return;
    await this.host.updateComplete;
    const li = this.host.renderRoot.querySelector<HTMLElement>(`li[id="${CSS.escape(id)}"]`);
    li?.scrollIntoView({block: 'start'});
    li?.focus({preventScroll: true});
  }
}
