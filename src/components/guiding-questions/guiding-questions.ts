import {html, nothing, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {addStrings, str} from '../../i18n/msg.js';
import {UclgSessionElement} from '../../base/session-element.js';
import {styles} from './guiding-questions.styles.js';
import {questionsStrings} from '../../i18n/generated/strings/questions.js';
import {provideFeedEngineNow} from '../../base/feed-engine.js';
import {QuestionTarget, questionId, questionsHeading} from './guiding-questions.list.js';

addStrings(questionsStrings);
provideFeedEngineNow();

const DEFAULT_COLLAPSED = 3;
const collapsedConverter = {
  fromAttribute: (v: string | null): number | undefined => {
    if (v === null) return undefined;
    const n = Number.parseInt(v, 10);
    return n > 0 ? n : DEFAULT_COLLAPSED;
  },
};

interface Question {
  readonly id: string;
  readonly text: TemplateResult | string;
  /** Set only when the question's language differs from what it would inherit. */
  readonly lang?: string;
}

/**
 * A session's guiding questions as a numbered list under a heading. The questions come from the
 * feed, or from an `<ol>`/`<ul>` of `<li>` children written in the page (readable before the
 * script loads, upgraded in place). Each question has a stable id (`<session>-q<n>`, or the
 * `<li>`'s own id) that a page's URL fragment can point at.
 * @tagname uclg-guiding-questions
 * @slot heading - Replaces the default "Guiding questions" heading (slot a heading element, e.g. `<h2 slot="heading">`).
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

  /** The question the URL fragment points at: highlighted, scrolled to, focused (and shown if collapsed). */
  private readonly target = new QuestionTarget(
    this,
    () => this.questions()?.map((q) => q.id),
    (index) => {
      if (this.collapsed && index >= this.collapsed) this.expanded = true;
    },
  );

  private lightObserver?: MutationObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    // A CMS or framework may edit the written-out list: follow it.
    this.lightObserver = new MutationObserver(() => this.requestUpdate());
    this.lightObserver.observe(this, {childList: true, subtree: true, characterData: true});
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.lightObserver?.disconnect();
  }

  private handleToggle(): void {
    this.expanded = !this.expanded;
  }

  /**
   * The written-out `<ol>`/`<ul>` child: the questions when the page gives them itself, and
   * (pre-rendered HTML) until the feed is ready, or if it cannot be loaded.
   */
  private get lightList(): Element | null {
    return this.current ? null : this.querySelector(':scope > ol, :scope > ul');
  }

  private questions(): Question[] | undefined {
    const list = this.lightList;
    if (list) {
      const prefix = this.session || this.id || 'question';
      return [...list.querySelectorAll(':scope > li')].map((li, i) => {
        const langSource = li.closest('[lang]');
        return {
          id: li.id || `${prefix}-q${i + 1}`,
          text: (li.textContent ?? '').trim(),
          lang: langSource && langSource !== this && this.contains(langSource) ? langSource.getAttribute('lang')! : undefined,
        };
      });
    }
    const current = this.current;
    return current?.session.guidingQuestions.map((q, i) => ({id: questionId(current.session.id, i), text: this.text(q)}));
  }

  override render(): TemplateResult | typeof nothing | undefined {
    const questions = this.questions();
    if (!questions) return this.renderState();
    if (!questions.length) return nothing;
    const limit = this.collapsed && !this.expanded ? this.collapsed : Infinity;
    return html`<section class="questions" aria-labelledby="heading" lang=${this.language}>
      ${this.renderStale()}
      ${this.renderHeading()}
      <ol id="list" part="list">
        ${questions.map(
          (q, i) => html`<li id=${q.id} lang=${q.lang ?? nothing} class=${i < limit ? (q.id === this.target.id ? 'target' : '') : 'more'}
            tabindex=${q.id === this.target.id ? '-1' : nothing}>${q.text}</li>`,
        )}
      </ol>
      ${this.collapsed && questions.length > this.collapsed ? this.renderToggle(questions.length) : nothing}
    </section>`;
  }

  private renderHeading() {
    const slotted = this.querySelector(':scope > [slot="heading"]');
    // A slotted h1–h6 is a heading already: do not wrap it in another one.
    if (slotted && /^H[1-6]$/.test(slotted.tagName)) return html`<div id="heading" part="heading" class="slotted"><slot name="heading"></slot></div>`;
    const level = Math.min(6, Math.max(2, this.headingLevel || 3));
    return html`<div role="heading" aria-level=${level} id="heading" part="heading">
      <slot name="heading">${questionsHeading(this.msg)}</slot>
    </div>`;
  }

  private renderToggle(total: number) {
    return html`<button type="button" part="button" aria-expanded=${this.expanded} aria-controls="list" @click=${this.handleToggle}>
      ${this.expanded
        ? this.msg('Show fewer questions', {id: 'questions.show-fewer', desc: 'Collapses the list of guiding questions again.'})
        : this.msg(str`Show all ${total} questions`, {id: 'questions.show-all', desc: 'Expands the list; the number is the total number of questions (always 2 or more).'})}
    </button>`;
  }
}
