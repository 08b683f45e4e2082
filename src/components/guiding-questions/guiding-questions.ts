import {html, nothing} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg, str} from '../../i18n/msg.js';
import {UclgSessionElement} from '../../internal/session-element.js';
import {styles} from './guiding-questions.styles.js';

const DEFAULT_COLLAPSED = 3;
const collapsedConverter = {
  fromAttribute: (v: string | null): number | undefined => {
    if (v === null) return undefined;
    const n = Number.parseInt(v, 10);
    return n > 0 ? n : DEFAULT_COLLAPSED;
  },
};

/**
 * A session's guiding questions as a numbered list under a heading.
 * @tagname uclg-guiding-questions
 * @slot heading - Replaces the default "Guiding questions" heading text.
 * @csspart heading - The heading.
 * @csspart list - The numbered list.
 * @csspart button - The "Show all questions" button.
 * @cssprop [--uclg-guiding-questions-marker-color=var(--uclg-accent)] - Colour of the numbers.
 */
export class UclgGuidingQuestions extends UclgSessionElement {
  static override styles = styles;

  /** Level of the heading, 2–6. */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 3;

  /** Show only the first N questions (3 when no number is given) and a "Show all" button. */
  @property({converter: collapsedConverter}) collapsed?: number;

  @state() private expanded = false;

  private handleToggle(): void {
    this.expanded = !this.expanded;
  }

  override render() {
    const blocked = this.renderState();
    if (blocked) return blocked;
    const {session} = this.current!;
    const questions = session.guidingQuestions;
    if (!questions.length) return nothing;
    const limit = this.collapsed && !this.expanded ? this.collapsed : Infinity;
    const level = Math.min(6, Math.max(2, this.headingLevel || 3));
    return html`<section aria-labelledby="heading">
      <div role="heading" aria-level=${level} id="heading" part="heading">
        <slot name="heading">${msg('Guiding questions', {id: 'questions.heading', desc: 'Heading above the list of questions that frame a policy dialogue.'})}</slot>
      </div>
      <ol id="list" part="list">
        ${questions.map(
          (q, i) => html`<li id=${`${session.id}-q${i + 1}`} class=${i < limit ? '' : 'more'}>${this.text(q)}</li>`,
        )}
      </ol>
      ${this.collapsed && questions.length > this.collapsed ? this.renderToggle(questions.length) : nothing}
    </section>`;
  }

  private renderToggle(total: number) {
    return html`<button type="button" part="button" aria-expanded=${this.expanded} aria-controls="list" @click=${this.handleToggle}>
      ${this.expanded
        ? msg('Show fewer questions', {id: 'questions.show-fewer', desc: 'Collapses the list of guiding questions again.'})
        : msg(str`Show all ${total} questions`, {id: 'questions.show-all', desc: 'Expands the list; the number is the total number of questions (always 2 or more).'})}
    </button>`;
  }
}
