import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Msg} from '../../i18n/msg.js';
import {addStrings} from '../../i18n/msg.js';
import {questionsStrings} from '../../i18n/generated/strings/questions.js';

addStrings(questionsStrings);

/**
 * What `<uclg-guiding-questions>` and the session card (which shows the same list in its own
 * shadow tree) share: the default heading, the questions' ids and the URL fragment that names one.
 */

/** "Guiding questions", in the language of `msg`. */
export const questionsHeading = (msg: Msg): string =>
  msg('Guiding questions', {id: 'questions.heading', desc: 'Heading above the list of questions that frame a policy dialogue.'});

/** A feed question's id, which a page's URL fragment can point at: `<session>-q<n>`, n from 1. */
export const questionId = (sessionId: string, index: number): string => `${sessionId}-q${index + 1}`;

/** The page's URL fragment without `#`, decoded (a malformed escape is taken as written). */
export function fragmentId(hash = location.hash): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}

/**
 * The question a URL fragment names (`#<session>-q<n>`, or a written-out `<li>`'s id):
 * highlighted, scrolled to and focused, on the first render with the questions and at each
 * `hashchange`. `found` runs first, with the question's index (to show it if it is collapsed).
 */
export class QuestionTarget implements ReactiveController {
  /** The question named, '' when the fragment names none of the host's; undefined until looked. */
  id?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & {readonly renderRoot: HTMLElement | DocumentFragment},
    /** The ids of the questions shown; undefined while there are none yet (not loaded). */
    private readonly ids: () => readonly string[] | undefined,
    private readonly found: (index: number) => void = () => {},
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
    const ids = this.ids();
    if (!ids || !location.hash) return; // not ready yet: hostUpdated asks again
    const id = fragmentId();
    const index = ids.indexOf(id);
    const next = index < 0 ? '' : id;
    if (next !== this.id) {
      this.id = next;
      this.host.requestUpdate();
    }
    if (index < 0) return;
    this.found(index);
    await this.host.updateComplete;
    const li = this.host.renderRoot.querySelector<HTMLElement>(`li[id="${CSS.escape(id)}"]`);
    li?.scrollIntoView({block: 'start'});
    li?.focus({preventScroll: true});
  }
}
