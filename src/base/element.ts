import {LitElement, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import type {Language} from '../core/types.js';
import {resolveLanguage} from '../i18n/language.js';
import {addStrings, msgIn, type Msg} from '../i18n/msg.js';
import {parseUtc} from '../time/iso.js';
import {pageClock} from '../time/clock.js';
import type {TimeSource} from './clock-controller.js';
import {stateStrings} from '../i18n/generated/strings/state.js';

// The crash line for the console is 'state.*' with the crash state's text, not 'console.*': the
// console lines about a feed are the feed code's, which a countdown with only start and end never loads.
addStrings(stateStrings);

// Page-wide on purpose: one MutationObserver for the whole document watches `lang` attributes
// for every connected widget (one per widget would cost 1000 observers on a 1000-session page).
// It holds no language: each widget resolves its own on its next render.
const connected = new Set<UclgElement>();
// The one observer above, made when the first widget connects and dropped with the last.
let observer: MutationObserver | undefined;

/** One observer per page re-renders every widget when any `lang` attribute changes. */
function watchLanguages(el: UclgElement, on: boolean): void {
  if (on) connected.add(el);
  else connected.delete(el);
  if (connected.size && !observer) {
    observer = new MutationObserver(() => connected.forEach((w) => w.requestUpdate()));
    observer.observe(document.documentElement, {attributes: true, attributeFilter: ['lang'], subtree: true});
  } else if (!connected.size && observer) {
    observer.disconnect();
    observer = undefined;
  }
}

/**
 * What every widget shares: its language (resolved on each render, so a `lang` change anywhere
 * above it re-renders it in the new language), a frozen clock for previews, a display zone.
 * Every interface string it produces, wherever (render, willUpdate, handlers, timers, console),
 * is looked up with `this.msg`, in this element's language: nothing is page-wide.
 *
 * @cssprop [--uclg-accent=#0b5cad] - Accent: kinds, links, buttons, focus ring (dark: #8cc4ff).
 * @cssprop [--uclg-text-color=#1d2733] - Text (dark: #e8edf3).
 * @cssprop [--uclg-surface-color=#fff] - Card and item background (dark: #161c26).
 * @cssprop [--uclg-border-color=#c9d1dc] - Borders (dark: #3a4556).
 * @cssprop [--uclg-live-color=#b3261e] - "Live now" (dark: #ff9a8f).
 * @cssprop [--uclg-upcoming-color=#1e6b34] - "Upcoming" (dark: #86dc9f).
 * @cssprop [--uclg-muted-color=#55606e] - Ended, cancelled, postponed (dark: #aab4c0).
 * @cssprop [--uclg-font-family=system-ui] - Font.
 * @cssprop [--uclg-font-size=16px] - Base size; everything inside is in em (compact: 87.5 %).
 * @cssprop [--uclg-radius=6px] - Corner radius.
 * @cssprop [--uclg-spacing=1.25em] - Inner spacing of cards (compact: 0.75em).
 * @cssprop [--uclg-focus-color=var(--uclg-accent)] - Focus ring of buttons, links and a targeted question.
 * @cssprop [--uclg-link-color=var(--uclg-accent)] - Links and link-like buttons.
 * @cssprop [--uclg-warning-color=#8a5a00] - Edge of the "may be out of date" note (dark: #ffd479).
 * @cssprop [--uclg-warning-background=#fff6e0] - Background of that note (dark: #3a2e10).
 * @cssprop [--uclg-highlight-color=#fff4c2] - Background of the question a URL fragment points at (dark: #4a3f10).
 * @cssprop [--uclg-state-min-height=6em] - Height kept for the loading, error and not-found states.
 * @attr lang - Language of the widget: `en`, `fr` or `es` (`fr-CA` → fr). Default: the nearest `[lang]` above it, then the browser's, then English.
 */
export abstract class UclgElement extends LitElement {
  /** An ISO 8601 instant that freezes the widget's clock (previews, tests). */
  @property() now?: string;

  /** Colours: `light` (default), `dark`, or `auto` (follows the visitor's `prefers-color-scheme`). */
  @property({reflect: true}) theme?: 'light' | 'dark' | 'auto';

  /** Tighter spacing and a smaller type scale, for sidebars. */
  @property({type: Boolean, reflect: true}) compact = false;

  /** IANA zone to show times in instead of the viewer's own (e.g. "America/New_York"). */
  @property({attribute: 'time-zone'}) timeZone?: string;

  /** The language this element speaks now. */
  @state() protected language: Language = 'en';

  /**
   * Called at idle time once the element is defined (internal/define.ts): parses the element's
   * style sheets and runs `warmFor` in the page's language (`<html lang>`, else the browser's),
   * the one most widgets on it speak. Not API: protected, called through a cast.
   */
  protected static warm(): void {
    // Each style sheet parsed now rather than by the first instance's shadow root.
    for (const s of this.elementStyles) if (!(s instanceof CSSStyleSheet)) void s.styleSheet;
    this.warmFor(resolveLanguage(document.documentElement));
  }

  /** Creates ahead of need the Intl formatters (and loads the fonts, base/fonts.ts) this element's first render asks for in `lang`. */
  protected static warmFor(_lang: Language): void {}

  override connectedCallback(): void {
    super.connectedCallback();
    watchLanguages(this, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    watchLanguages(this, false);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.language = resolveLanguage(this);
  }

  /** Interface strings in this element's language: `this.msg('Retry', {id: 'state.retry', desc: '…'})`. */
  protected get msg(): Msg {
    return msgIn(this.language);
  }

  /**
   * Nothing a widget does may throw into the host page: an unexpected error is logged (for us)
   * and the widget says it could not show the programme, instead of an unhandled rejection.
   */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (e) {
      // The error may have come before willUpdate settled the language: ask the page again.
      const msg = msgIn(resolveLanguage(this));
      console.error(`[${this.localName}] ${msg('Could not render, because of a bug in @uclg/widgets:', {id: 'state.crashed-console', desc: 'Console line for the web editor, followed by the error (a bug on our side).'})}`, e);
      this.renderRoot.textContent = '';
      const note = document.createElement('p');
      note.setAttribute('role', 'alert');
      note.textContent = msg('The programme could not be shown.', {id: 'state.crashed', desc: 'Shown if the widget failed unexpectedly (a bug on our side).'});
      this.renderRoot.append(note);
    }
  }

  /**
   * The instant to render, for this widget's controllers: the frozen `now` (no offset means
   * UTC), else the page clock.
   */
  protected readonly clock: TimeSource = {
    now: () => this.frozenAt() ?? pageClock.now(),
    frozen: () => this.frozenAt() !== null,
  };

  /** Read once per value: an agenda asks for the time once per session and render (1,000 readings of the same text). */
  private frozenAt(): number | null {
    const now = this.now;
    if (!now) return null;
    if (this.frozenRead?.[0] !== now) this.frozenRead = [now, parseUtc(now)];
    return this.frozenRead[1];
  }

  private frozenRead?: [string, number | null];
}
