import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {FeedController} from './feed-controller.js';
import type {LocalizedText} from '../core/types.js';
import {pickText} from '../i18n/language.js';
import {dateFormat} from '../i18n/locale.js';
import {addStrings, str} from '../i18n/msg.js';
import {UclgElement} from './element.js';
import {stateStrings} from '../i18n/generated/strings/state.js';

addStrings(stateStrings);

/**
 * A widget that shows a feed: its data sources, feed text in its language, loading and errors.
 * @slot prerendered - Pre-rendered HTML (`uclg-widgets render`), shown until the feed is ready, then replaced by the widget's own rendering.
 * @cssstate prerendered - While the pre-rendered HTML is shown: style it with `:state(prerendered)`.
 * @fires {UclgFeedLoadEvent} uclg-feed-load - The feed at `src` was loaded (or refreshed, or taken from the last good copy).
 * @fires {UclgFeedErrorEvent} uclg-feed-error - The feed at `src` could not be loaded or read.
 */
export abstract class UclgFeedElement extends UclgElement {
  protected readonly data = new FeedController(this, () => this.msg);

  /** URL of the feed (JSON). Fetched once per page however many widgets use it. */
  @property() src?: string;

  /**
   * The feed itself, as the object `response.json()` gives (not its text) or already parsed; takes precedence over `src`. Unset or `null`
   * while an app fetches it: the widget shows its loading box meanwhile.
   */
  @property({attribute: false}) feed?: unknown;

  /** Re-fetch `src` in the background every this many seconds (at least 10); updates without flicker. */
  @property({type: Number}) refresh?: number;

  /**
   * Pre-rendered HTML (`uclg-widgets render`) in view: the slot "prerendered" was in the last
   * render. While it is, the element has the custom state `prerendered`, under which its box
   * lays the HTML out as the page did before the script ran (the page's type, margins that
   * collapse with the page's: shared.styles.ts), so that upgrading moves nothing. When its own
   * rendering takes over and what follows the element would move up, the element keeps the
   * place the pre-rendered HTML took (`--_held`, a min-height) until the visitor first presses a
   * key or a pointer in it, or it is out of view: a page never moves up under its reader because
   * a script ran (issue 15).
   */
  private prerenderedShown = false;
  /** Where the pre-rendered HTML ended, measured before the update that replaces it. */
  private pastedAt?: {height: number; after: Element | null; top?: number};
  // Optional: no ElementInternals or no CustomStateSet (older browsers) means no state, and the
  // box behaves as before (the rule with :state() is dropped there too).
  private readonly internals = this.attachInternals?.();

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // One measure per update while the pre-rendered HTML is shown: there are one or two.
    const after = this.prerenderedShown ? this.nextElementSibling : null;
    this.pastedAt = this.prerenderedShown ? {height: this.getBoundingClientRect().height, after, top: after?.getBoundingClientRect().top} : undefined;
    this.prerenderedShown = false;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const was = this.pastedAt;
    // The state changes only when the slot comes or goes (shown now, not in the update before,
    // or the other way round), not on every update: a countdown updates every second.
    if (this.prerenderedShown !== !!was) {
      try {
        this.internals?.states?.[this.prerenderedShown ? 'add' : 'delete']('prerendered');
      } catch {
        // Chromium before 125 takes only "--" names: no state there.
      }
    }
    if (!was || this.prerenderedShown) return;
    // How far what follows moved up: its top when there is an element after this one (margins
    // that collapsed through the pasted HTML count too), else the height.
    const up = () => (was.after?.isConnected ? was.top! - was.after.getBoundingClientRect().top : was.height - this.getBoundingClientRect().height);
    let gap = up();
    if (gap < 0.5) return;
    // Twice: a min-height also stops the last margin inside from collapsing through the element.
    for (let height = this.getBoundingClientRect().height, i = 0; i < 2 && Math.abs(gap) >= 0.5; i++, gap = up()) {
      height += gap;
      this.style.setProperty('--_held', `${height}px`);
    }
    // The hold ends at the first pointer or key press in the element (whichever comes first;
    // the other then removes nothing), or once the element is out of view: what follows it is
    // then out of view too, or, above the view, kept in place by the browser's scroll anchoring.
    const seen = new IntersectionObserver(([e]) => e.isIntersecting || release());
    const release = () => {
      this.style.removeProperty('--_held');
      seen.disconnect();
    };
    seen.observe(this);
    this.addEventListener('pointerdown', release, {once: true});
    this.addEventListener('keydown', release, {once: true});
  }

  /**
   * Also waits for the feed code when it is still being imported (the first widget with a feed
   * on a page), so that `await el.updateComplete` still means "shows its feed".
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.data.pending) {
      await this.data.pending;
      complete = (await super.getUpdateComplete()) && complete;
    }
    return complete;
  }

  /**
   * Feed text in this element's language (with fallback). Every widget's top-level boxes carry
   * `lang` = this element's language, so only a fallback in another language needs its own
   * `<span lang>`: a plain text node is much cheaper to render than a nested template.
   */
  protected text(value: LocalizedText | undefined): TemplateResult | string {
    if (!value) return '';
    const fallback = this.data.state.status === 'ready' ? this.data.state.feed.event.defaultLanguage : 'en';
    const {text, lang} = pickText(value, this.language, fallback);
    return lang === this.language ? text : html`<span lang=${lang}>${text}</span>`;
  }

  /** When the network failed and the last good copy is shown: a note that says so. */
  protected renderStale(): TemplateResult | undefined {
    const {state} = this.data;
    if (state.status !== 'ready' || state.savedAt === undefined) return undefined;
    const saved = dateFormat(this.language, {dateStyle: 'medium', timeStyle: 'short'}).format(state.savedAt);
    return html`<p class="stale" role="note" lang=${this.language}>${this.msg(str`This programme may be out of date (saved ${saved}).`, {id: 'state.stale', desc: 'The network failed; the widget shows the copy saved in this browser at that date and time.'})}</p>`;
  }

  /**
   * The box of every state (loading, error, not found): one template, so that it stays the same
   * element from Retry through loading to the next result, and keeps the focus Retry gave it.
   */
  protected renderStateBox(kind: 'loading' | 'error' | 'empty', content: unknown): TemplateResult {
    return html`<div class="state ${kind}" lang=${this.language} role=${kind === 'error' ? 'alert' : 'status'} aria-busy=${kind === 'loading' ? 'true' : nothing} tabindex="-1">${content}</div>`;
  }

  /** Retry: the button is about to go, so its box takes the focus (and keeps it). */
  private handleRetry(e: Event): void {
    (e.currentTarget as HTMLElement).closest<HTMLElement>('.state')?.focus();
    this.data.retry();
  }

  /**
   * The pre-rendered HTML: `<div slot="prerendered">`, or a `<div>` child with no slot, which is
   * what a CMS's sanitizer leaves of it when it keeps the element but drops the `slot` attribute
   * (sanitize-html's defaults do): given its slot back, it shows as the snippet meant, instead of
   * staying hidden behind a loading or error box (test/e2e/sanitizers.test.mjs).
   */
  private pasted(): Element | null {
    const div = this.querySelector(':scope > [slot="prerendered"]') ?? this.querySelector(':scope > div:not([slot])');
    if (div && !div.slot) div.slot = 'prerendered';
    return div;
  }

  /** Loading and errors: never a blank box. Undefined once the feed is ready. */
  protected renderLoadState(): TemplateResult | undefined {
    const {state} = this.data;
    // Pre-rendered content (`uclg-widgets render`) stays in view, where it was, until the feed
    // can replace it: no loading box in between, and no error box instead of the content.
    if (state.status !== 'ready' && this.pasted()) {
      this.prerenderedShown = true;
      return html`<slot name="prerendered"></slot>`;
    }
    if (state.status === 'loading') {
      return this.renderStateBox('loading', this.msg('Loading…', {id: 'state.loading', desc: 'Shown while the programme feed is being fetched.'}));
    }
    if (state.status === 'error') {
      const message =
        state.reason === 'invalid' || state.reason === 'not-json'
          ? this.msg('The programme could not be read.', {id: 'state.invalid', desc: 'The feed was fetched but is not valid; details are in the console.'})
          : state.reason === 'no-data'
            ? this.msg('No programme was given to this widget.', {id: 'state.no-data', desc: 'Neither src, feed nor inline JSON was provided.'})
            : this.msg('The programme could not be loaded.', {id: 'state.load-failed', desc: 'Network error, timeout or HTTP error while fetching the feed.'});
      // Retry only where asking again can change something: a feed fetched from `src`.
      const retry = this.src && this.feed == null;
      return this.renderStateBox(
        'error',
        html`<p>${message}</p>
          ${retry
            ? html`<button type="button" part="button" @click=${this.handleRetry}>
                ${this.msg('Retry', {id: 'state.retry', desc: 'Button that loads the programme again after an error.'})}
              </button>`
            : nothing}`,
      );
    }
    return undefined;
  }
}
