/**
 * `<sb-embed-builder>`: choose an element, a session, a language and options; copy the CDN
 * snippet (with SRI) or the npm usage; see a live preview of the same markup on the example feed.
 * Storybook only (not part of the package). Light DOM, so Storybook's docs styles apply.
 */
import {LitElement, html, nothing, type PropertyDeclarations} from 'lit';
import {unsafeStatic, html as staticHtml} from 'lit/static-html.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {BOOLEAN_OPTIONS, DEFAULT_FEED_URL, ELEMENTS, embedCode} from './markup.js';
import {prerender, type PrerenderElement} from '../../src/seo/prerender.js';
import type {Feed, Language} from '../../src/core/types.js';

type ElementName = keyof typeof ELEMENTS;
type Options = Record<string, string | boolean>;

interface SessionChoice {
  readonly id: string;
  readonly title: string;
}

const ZONES = ['', 'Europe/Madrid', 'America/New_York', 'America/Sao_Paulo', 'Africa/Nairobi', 'Asia/Kolkata', 'Asia/Tokyo'];

let ids = 0;

/** Light DOM styles, scoped by the wrapper's class; colours follow the page (light or dark). */
const STYLES = `
.sb-embed-builder { max-width: 60rem; font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
.sb-embed-builder .choices { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: 0.75rem 1.25rem; margin-bottom: 1rem; }
.sb-embed-builder .field { display: flex; flex-direction: column; gap: 0.25rem; }
.sb-embed-builder .field.check { flex-direction: row; align-items: center; gap: 0.5rem; }
.sb-embed-builder label { font-weight: 600; }
.sb-embed-builder select, .sb-embed-builder input[type='url'], .sb-embed-builder input[type='text'] { font: inherit; padding: 0.3rem 0.4rem; min-height: 2rem; }
.sb-embed-builder h3 { font-size: 1.05rem; margin: 1.25rem 0 0.5rem; }
.sb-embed-builder pre { margin: 0 0 0.5rem; padding: 0.75rem 1rem; overflow-x: auto; border: 1px solid #8a94a3; border-radius: 6px; background: #f4f6f8; color: #1d2733; font-size: 13px; white-space: pre; }
.sb-embed-builder button { font: inherit; padding: 0.3rem 0.9rem; min-height: 2rem; border-radius: 6px; border: 1px solid currentColor; background: transparent; color: inherit; cursor: pointer; }
.sb-embed-builder .warning { padding: 0.5rem 0.75rem; border-inline-start: 4px solid #8a5a00; background: #fff6e0; color: #1d2733; }
.sb-embed-builder .preview { margin-top: 0.5rem; }
`;

export class EmbedBuilder extends LitElement {
  static override properties: PropertyDeclarations = {
    integrity: {attribute: false},
    version: {},
    sessionChoices: {attribute: false},
    previewSrc: {attribute: 'preview-src'},
    previewNow: {attribute: 'preview-now'},
    previewTimeZone: {attribute: 'preview-time-zone'},
    previewTheme: {attribute: 'preview-theme'},
    feed: {attribute: false},
    element: {state: true},
    src: {state: true},
    session: {state: true},
    lang: {state: true},
    options: {state: true},
    copied: {state: true},
  };

  /** `dist/cdn/integrity.json`; undefined when the package was not built. */
  declare integrity?: Record<string, string>;
  declare version: string;
  declare sessionChoices: readonly SessionChoice[];
  /** The preview reads this local copy of the feed (never the URL in the snippet). */
  declare previewSrc?: string;
  declare previewNow?: string;
  declare previewTimeZone?: string;
  declare previewTheme?: string;
  /** The parsed example feed, for the pre-rendered snippet. */
  declare feed?: Feed;

  declare element: ElementName;
  declare src: string;
  declare session: string;
  declare lang: string;
  declare options: Options;
  declare copied: string;

  private readonly uid = `embed-${++ids}`;

  constructor() {
    super();
    this.version = '0.0.0';
    this.sessionChoices = [];
    this.element = 'uclg-session-card';
    this.src = DEFAULT_FEED_URL;
    this.session = 'inclusive-digitalization';
    this.lang = 'fr';
    this.options = {};
    this.copied = '';
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private get choice() {
    return {element: this.element, src: this.src, session: this.session, lang: this.lang, options: this.options};
  }

  private setOption(name: string, value: string | boolean): void {
    this.options = {...this.options, [name]: value};
  }

  private async copy(what: string, text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copied = `${what} copied to the clipboard.`;
    } catch {
      // No clipboard permission (an iframe, an old browser): select the text for Ctrl+C.
      const code = this.querySelector<HTMLElement>(`#${this.uid}-${what === 'CDN snippet' ? 'cdn' : what === 'npm usage' ? 'npm' : 'pre'}`);
      if (code) getSelection()?.selectAllChildren(code);
      this.copied = `Press Ctrl+C (⌘C) to copy the selected ${what}.`;
    }
  }

  override render() {
    const spec = ELEMENTS[this.element];
    const built = Boolean(this.integrity?.['uclg-widgets.js']);
    const code = embedCode(this.choice, {
      integrity: built ? this.integrity! : {'uclg-widgets.js': 'sha384-(run npm run build)'},
      version: this.version,
    });
    const id = (name: string) => `${this.uid}-${name}`;
    return html`<div class="sb-embed-builder">
      <style>${STYLES}</style>
      <form class="choices" @submit=${(e: Event) => e.preventDefault()}>
        <div class="field">
          <label for=${id('element')}>Element</label>
          <select id=${id('element')} name="element" @change=${(e: Event) => {
            this.element = (e.target as HTMLSelectElement).value as ElementName;
            this.options = {};
          }}>
            ${Object.entries(ELEMENTS).map(([tag, s]) => html`<option value=${tag} ?selected=${tag === this.element}>${s.label} (&lt;${tag}&gt;)</option>`)}
          </select>
        </div>
        <div class="field">
          <label for=${id('src')}>Feed URL</label>
          <input id=${id('src')} name="src" type="url" .value=${this.src} @input=${(e: Event) => (this.src = (e.target as HTMLInputElement).value)} />
        </div>
        ${spec.session
          ? html`<div class="field">
              <label for=${id('session')}>Session</label>
              <select id=${id('session')} name="session" @change=${(e: Event) => (this.session = (e.target as HTMLSelectElement).value)}>
                ${this.sessionChoices.map((s) => html`<option value=${s.id} ?selected=${s.id === this.session}>${s.title} (${s.id})</option>`)}
              </select>
            </div>`
          : nothing}
        <div class="field">
          <label for=${id('lang')}>Language</label>
          <select id=${id('lang')} name="lang" @change=${(e: Event) => (this.lang = (e.target as HTMLSelectElement).value)}>
            ${[['', 'The page’s language'], ['en', 'English'], ['fr', 'Français'], ['es', 'Español']].map(
              ([value, label]) => html`<option value=${value} ?selected=${value === this.lang}>${label}</option>`,
            )}
          </select>
        </div>
        ${spec.options.map((name) => this.renderOption(name, id(name)))}
      </form>

      <h3 id=${id('cdn-heading')}>From the CDN (pinned version, SRI)</h3>
      ${built ? nothing : html`<p class="warning" role="note">dist/cdn/integrity.json is missing: run <code>npm run build</code>, then rebuild Storybook.</p>`}
      <pre tabindex="0" role="region" aria-labelledby=${id('cdn-heading')}><code id=${id('cdn')} data-snippet="cdn">${code.cdn}</code></pre>
      <button type="button" @click=${() => this.copy('CDN snippet', code.cdn)}>Copy the CDN snippet</button>

      ${this.renderPrerendered(id)}

      <h3 id=${id('npm-heading')}>From npm</h3>
      <pre tabindex="0" role="region" aria-labelledby=${id('npm-heading')}><code id=${id('npm')} data-snippet="npm">${code.npmInstall}

// once, in your bundle
${code.npmImport}

&lt;!-- in your page or template --&gt;
${code.element}</code></pre>
      <button type="button" @click=${() => this.copy('npm usage', `${code.npmImport}\n\n${code.element}`)}>Copy the npm usage</button>
      <p class="copied" role="status">${this.copied}</p>

      <h3>Preview (the example feed, frozen clock)</h3>
      <div class="preview">${this.renderPreview()}</div>
    </div>`;
  }

  /**
   * What `npx uclg-widgets render` writes for this choice (the same function): the element with
   * the session already inside, readable before the script runs. Paste it where the element goes.
   */
  private renderPrerendered(id: (name: string) => string) {
    if (!this.feed) return nothing;
    const element = this.element.replace(/^uclg-/, '') as PrerenderElement;
    const lang = (this.lang || 'en') as Language;
    const session = ELEMENTS[this.element].session ? this.session : undefined;
    const command = `npx uclg-widgets render ${this.src || DEFAULT_FEED_URL}${element === 'session-card' ? '' : ` --element ${element}`}${session ? ` --session ${session}` : ''} --lang ${lang}`;
    const snippet = prerender(this.feed, {element, session, lang, src: this.src || undefined});
    return html`<h3 id=${id('pre-heading')}>Pre-rendered (content first: readable before, and without, the script)</h3>
      <pre tabindex="0" role="region" aria-labelledby=${id('pre-heading')}><code data-snippet="command">${command}</code>

<code id=${id('pre')} data-snippet="prerendered">${snippet}</code></pre>
      <button type="button" @click=${() => this.copy('pre-rendered snippet', snippet)}>Copy the pre-rendered snippet</button>`;
  }

  private renderOption(name: string, id: string) {
    const value = this.options[name];
    const change = (e: Event) => {
      const input = e.target as HTMLInputElement | HTMLSelectElement;
      this.setOption(name, input instanceof HTMLInputElement && input.type === 'checkbox' ? input.checked : input.value);
    };
    if (BOOLEAN_OPTIONS.has(name)) {
      return html`<div class="field check">
        <input id=${id} name=${name} type="checkbox" .checked=${Boolean(value)} @change=${change} />
        <label for=${id}><code>${name}</code></label>
      </div>`;
    }
    const select = (choices: readonly (readonly [string, string])[]) => html`<div class="field">
      <label for=${id}><code>${name}</code></label>
      <select id=${id} name=${name} @change=${change}>
        ${choices.map(([v, label]) => html`<option value=${v} ?selected=${v === (value ?? '')}>${label}</option>`)}
      </select>
    </div>`;
    switch (name) {
      case 'heading-level':
        return select([['', 'default'], ...['2', '3', '4', '5', '6'].map((n) => [n, n] as const)]);
      case 'collapsed':
        return select([['', 'off (all questions)'], ['2', '2'], ['3', '3'], ['4', '4']]);
      case 'format':
        return select([['', 'long (default)'], ['short', 'short'], ['narrow', 'narrow']]);
      case 'time-zone':
        return select(ZONES.map((z) => [z, z || 'the visitor’s (default)'] as const));
      default:
        return html`<div class="field">
          <label for=${id}><code>${name}</code></label>
          <input id=${id} name=${name} type="text" .value=${String(value ?? '')} placeholder=${name === 'href-template' ? '/sessions/{id}' : ''}
            @input=${change} />
        </div>`;
    }
  }

  /** The same element and options, on the local example feed with a frozen clock. */
  private renderPreview() {
    const tag = unsafeStatic(this.element); // one of four known tag names
    const o = this.options;
    const text = (name: string) => (typeof o[name] === 'string' && o[name] ? (o[name] as string) : undefined);
    const spec = ELEMENTS[this.element];
    return staticHtml`<${tag}
      src=${ifDefined(this.previewSrc)}
      session=${ifDefined(spec.session ? this.session : undefined)}
      lang=${ifDefined(this.lang || undefined)}
      now=${ifDefined(this.previewNow)}
      theme=${ifDefined(this.previewTheme)}
      time-zone=${ifDefined(text('time-zone') ?? this.previewTimeZone)}
      heading-level=${ifDefined(text('heading-level'))}
      collapsed=${ifDefined(text('collapsed'))}
      format=${ifDefined(text('format'))}
      sessions=${ifDefined(text('sessions'))}
      kind=${ifDefined(text('kind'))}
      href-template=${ifDefined(text('href-template'))}
      ?no-seconds=${Boolean(o['no-seconds'])}
      ?no-structured-data=${Boolean(o['no-structured-data'])}
      @uclg-session-select=${(e: Event) => e.preventDefault()}
    ></${tag}>`;
  }
}

if (!customElements.get('sb-embed-builder')) customElements.define('sb-embed-builder', EmbedBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'sb-embed-builder': EmbedBuilder;
  }
}
