import {html, LitElement, type PropertyValues, type TemplateResult} from 'lit';
import {state} from 'lit/decorators.js';
import {parseFeed} from '../feed/parse.js';
import {hint, valueMeant} from '../feed/hints.js';
import {unreadKeys, type UnreadKey} from '../feed/shape.js';
import {csvToFeed, feedToCsv, type CsvProblem} from '../feed/csv.js';
import {LANGUAGES, type Feed, type Language} from '../core/types.js';
import {toLanguage} from '../i18n/language.js';
import {viewerTimeZone} from '../time/format.js';
import {readStorage, writeStorage} from '../internal/storage.js';
import {duplicateSession, emptyFeed, loadSaved, newSession, save, type Draft} from './draft.js';
import type {FieldContext, ShownProblem} from './fields.js';
import {allFields} from './form.js';
import {nextMissing, textPaths, translationMeter} from './meter.js';
import {fieldForProblem, fieldId, getAt, parsePath, sessionIndex, setAt} from './paths.js';
import {renderPreview, type PreviewState} from './preview.js';
import {serializeFeed} from './serialize.js';
import {eventForm, sessionForm, ZONE_LIST_ID} from './session-form.js';
import {importSummary, meter, openBar, problemSummary, sessionList, unreadSummary} from './panels.js';
import {cap, STRINGS} from './strings.js';
import {styles} from './editor.styles.js';
import {SEED} from './seed.js';

const CHECK_DELAY = 300;
const UI_LANG_KEY = 'uclg-widgets:editor:lang:v1';
const isObj = (v: unknown): v is Draft => typeof v === 'object' && v !== null && !Array.isArray(v);
const sessionsOf = (d: Draft | undefined): unknown[] => (d && Array.isArray(d.sessions) ? d.sessions : []);

/**
 * The feed editor (issue 19): open a feed, edit the event and each session in three languages,
 * see the parser's problems at their fields and the real widgets in a preview, download the feed.
 * Everything happens in this page; the draft is kept in localStorage between visits.
 * @tagname uclg-feed-editor
 */
export class UclgFeedEditor extends LitElement {
  static override styles = styles;

  private checkTimer?: ReturnType<typeof setTimeout>;
  private lastField?: string;
  private readonly zones: readonly string[] = Intl.supportedValuesOf?.('timeZone') ?? [];

  @state() private draft?: Draft;
  /** Where the draft came from (a file name, a URL, "example"), for the status line. */
  @state() private source = '';
  /** `'event'` or a session's index. */
  @state() private selected: 'event' | number = 'event';
  @state() private problems: readonly ShownProblem[] = [];
  /** What the spreadsheet just opened held that the feed could not take (each at its row and column). */
  @state() private imported: readonly CsvProblem[] = [];
  /** Keys of the draft the widgets do not read (src/feed/shape.ts). */
  @state() private unread: readonly UnreadKey[] = [];
  @state() private feed: Feed | null = null;
  @state() private dirty = false;
  @state() private kept = true;
  @state() private status = '';
  /** The user's last choice, else the browser's language (the page's own `lang` is only its default). */
  @state() private uiLang: Language = toLanguage(readStorage(UI_LANG_KEY)) ?? toLanguage(navigator.language) ?? 'en';
  @state() private preview: PreviewState = {lang: this.uiLang, zone: viewerTimeZone(), moment: 'real'};

  override connectedCallback(): void {
    super.connectedCallback();
    const saved = loadSaved();
    if (saved) this.useDraft(saved.draft, saved.source, true);
    window.addEventListener('beforeunload', this.handleBeforeUnload);
    window.addEventListener('dragover', this.handleDragOver);
    window.addEventListener('drop', this.handleDrop);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.handleBeforeUnload);
    window.removeEventListener('dragover', this.handleDragOver);
    window.removeEventListener('drop', this.handleDrop);
    clearTimeout(this.checkTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('uiLang')) {
      document.documentElement.lang = this.uiLang;
      document.title = `${STRINGS[this.uiLang].title} · UCLG widgets`;
    }
  }

  // ---- Opening and keeping the draft -------------------------------------------------------

  /** `restored`: from this browser's copy (the dirty flag comes back with it). */
  private useDraft(json: unknown, source: string, restored = false): void {
    if (!isObj(json)) {
      this.status = STRINGS[this.uiLang].cannotRead(source, STRINGS[this.uiLang].notJson);
      return;
    }
    this.draft = json;
    this.source = source;
    this.selected = sessionsOf(json).length ? 0 : 'event';
    this.dirty = restored && (loadSaved()?.dirty ?? false);
    if (!restored) this.status = STRINGS[this.uiLang].opened(source);
    this.check();
  }

  /** Replacing unsaved work asks first. */
  /** Another feed in place of the draft (asked first if the draft has changes), with what its spreadsheet could not give. */
  private replace(json: unknown, source: string, imported: readonly CsvProblem[] = []): void {
    if (this.dirty && !confirm(STRINGS[this.uiLang].replaceConfirm)) return;
    this.imported = imported;
    this.useDraft(json, source);
    this.keep();
  }

  private async openFile(file: File): Promise<void> {
    const s = STRINGS[this.uiLang];
    let json: unknown;
    let imported: readonly CsvProblem[] = [];
    let as1252 = false;
    try {
      // UTF-8, else Windows-1252, which Excel's plain "CSV" writes on Western Windows (as
      // `uclg-widgets import` reads it): the browser's decoder for that label maps 0x80 to €.
      const bytes = await file.arrayBuffer();
      let text: string;
      try {
        text = new TextDecoder('utf-8', {fatal: true}).decode(bytes);
      } catch {
        text = new TextDecoder('windows-1252').decode(bytes);
        as1252 = true;
      }
      // A spreadsheet (the CLI's CSV layout, README "The feed as a spreadsheet"), or JSON.
      if (/\.csv$/i.test(file.name)) ({feed: json, problems: imported} = csvToFeed(text));
      else json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      this.status = s.cannotRead(file.name, s.notJson);
      return;
    }
    this.replace(json, file.name, imported);
    if (as1252 && this.source === file.name) this.status = s.openedAs1252(file.name);
  }

  private async openUrl(url: string): Promise<void> {
    const s = STRINGS[this.uiLang];
    try {
      const res = await fetch(url, {credentials: 'omit', cache: 'no-cache'});
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      this.replace(JSON.parse(await res.text()), url);
    } catch (e) {
      this.status = s.cannotRead(url, e instanceof SyntaxError ? s.notJson : String((e as Error).message ?? e));
    }
  }

  private keep(): void {
    if (this.draft) this.kept = save({draft: this.draft, source: this.source, dirty: this.dirty});
  }

  /** Parse what is typed (debounced), map each problem to its field, keep the draft. */
  private scheduleCheck(): void {
    clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(() => this.check(), CHECK_DELAY);
  }

  private check(): void {
    clearTimeout(this.checkTimer);
    if (!this.draft) return;
    const {feed, problems} = parseFeed(structuredClone(this.draft));
    this.feed = feed;
    this.problems = problems.map((p) => ({...p, hint: hint(p.path, p.message), value: valueMeant(p.path, p.message)}));
    this.unread = unreadKeys(this.draft);
    this.keep();
  }

  // ---- Editing -----------------------------------------------------------------------------

  private set(path: string, value: unknown): void {
    if (!this.draft) return;
    setAt(this.draft, parsePath(path), value);
    this.dirty = true;
    this.requestUpdate();
    this.scheduleCheck();
  }

  /** Renames a key the widgets do not read to the one meant, unless that one is taken (nothing is overwritten). */
  private renameFor(u: UnreadKey): (() => void) | undefined {
    const parent = getAt(this.draft, u.parent);
    if (!u.meant || !isObj(parent) || u.meant in parent) return undefined;
    return () => {
      const value = parent[u.key];
      delete parent[u.key];
      parent[u.meant!] = value;
      this.dirty = true;
      this.check();
      this.status = STRINGS[this.uiLang].renamed(u.path, u.meant!);
    };
  }

  private setSessions(next: unknown[], select: 'event' | number): void {
    this.draft = {...this.draft, sessions: next};
    this.selected = select;
    this.dirty = true;
    this.check();
  }

  private handleAdd = async () => {
    const list = sessionsOf(this.draft);
    this.setSessions([...list, newSession(list)], list.length);
    await this.updateComplete;
    this.focusField(`sessions[${list.length}].title.en`);
  };

  private handleDuplicate = () => {
    const list = sessionsOf(this.draft);
    const i = this.selected as number;
    this.setSessions([...list.slice(0, i + 1), duplicateSession(list[i], list), ...list.slice(i + 1)], i + 1);
  };

  private handleDelete = async () => {
    const s = STRINGS[this.uiLang];
    const list = sessionsOf(this.draft);
    const i = this.selected as number;
    if (!confirm(s.removeConfirm(this.sessionTitle(list[i])))) return;
    const next = list.filter((_, k) => k !== i);
    this.setSessions(next, next.length ? Math.min(i, next.length - 1) : 'event');
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.sessions [aria-current="true"]')?.focus();
  };

  /** Focus stays on the button pressed, or moves to the other one when the session reached an end. */
  private async moveSession(by: -1 | 1): Promise<void> {
    const list = [...sessionsOf(this.draft)];
    const i = this.selected as number;
    const j = i + by;
    if (j < 0 || j >= list.length) return;
    [list[i], list[j]] = [list[j], list[i]];
    this.setSessions(list, j);
    await this.updateComplete;
    const [up, down] = this.renderRoot.querySelectorAll<HTMLButtonElement>('.actions button');
    const pressed = by < 0 ? up : down;
    (pressed?.disabled ? (by < 0 ? down : up) : pressed)?.focus();
  }

  // ---- Downloading -------------------------------------------------------------------------

  private download(name: string, text: string, type: string): void {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([text], {type}));
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }

  private handleDownloadJson = () => {
    if (!this.draft) return;
    this.download('feed.json', serializeFeed(this.draft), 'application/json');
    this.dirty = false;
    this.keep();
  };


  /** The same file as `uclg-widgets export --format csv` (src/feed/csv.ts). */
  private handleDownloadCsv = () => {
    if (this.draft) this.download('programme.csv', feedToCsv(this.draft).csv, 'text/csv');
  };

  private handleUiLang = (e: Event) => {
    this.uiLang = (e.target as HTMLSelectElement).value as Language;
    writeStorage(UI_LANG_KEY, this.uiLang);
  };

  // ---- Page-wide handlers ------------------------------------------------------------------

  private handleBeforeUnload = (e: BeforeUnloadEvent) => {
    if (!this.dirty) return;
    e.preventDefault();
    e.returnValue = '';
  };

  private handleDragOver = (e: DragEvent) => {
    if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
  };

  private handleDrop = (e: DragEvent) => {
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    e.preventDefault();
    void this.openFile(file);
  };

  // ---- Problems, fields, focus -------------------------------------------------------------

  /** Each problem's field (a path on the form), recomputed with the draft. */
  private problemFields(): Map<string, ShownProblem[]> {
    const fields = allFields(this.draft);
    const byField = new Map<string, ShownProblem[]>();
    for (const p of this.problems) {
      const f = fieldForProblem(p.path, fields) ?? '';
      byField.set(f, [...(byField.get(f) ?? []), p]);
    }
    return byField;
  }

  /** Shows the part a field is in, then focuses it. */
  private async focusField(path: string): Promise<void> {
    const i = sessionIndex(path);
    this.selected = i ?? 'event';
    await this.updateComplete;
    const el = this.renderRoot.querySelector<HTMLElement>(`#${fieldId(path)}`);
    el?.scrollIntoView({block: 'center'});
    el?.focus();
  }

  private nextMissing(lang: Language): void {
    const m = translationMeter(this.draft);
    const next = nextMissing(m.languages[lang].missing, textPaths(this.draft).map(([p]) => p), this.lastField);
    if (!next) return;
    this.lastField = `${next}.${lang}`;
    void this.focusField(this.lastField);
  }

  private sessionTitle(session: unknown): string {
    const t = isObj(session) && isObj(session.title) ? session.title : {};
    const pick = [this.uiLang, ...LANGUAGES].map((l) => t[l]).find((v) => typeof v === 'string' && v.trim());
    return (pick as string | undefined) ?? (isObj(session) && typeof session.id === 'string' ? session.id : STRINGS[this.uiLang].untitled);
  }

  // ---- Render ------------------------------------------------------------------------------

  override render(): TemplateResult {
    const s = STRINGS[this.uiLang];
    return html`
      <header class="top">
        <div class="brand">
          <h1>${s.title}</h1>
          <p>${s.intro}</p>
        </div>
        <div class="field ui-lang">
          <label for="ui-lang">${s.uiLanguage}</label>
          <select id="ui-lang" @change=${this.handleUiLang}>
            ${LANGUAGES.map((l) => html`<option value=${l} lang=${l} ?selected=${l === this.uiLang}>${cap(STRINGS[l].languageName[l])}</option>`)}
          </select>
        </div>
      </header>
      <main>
        ${openBar(s, {
          file: (file) => void this.openFile(file),
          url: (url) => void this.openUrl(url),
          example: () => this.replace(structuredClone(SEED), 'feed.json'),
          empty: () => this.replace(emptyFeed(), s.startEmpty),
        })}
        <p class="status" role="status">${this.status}</p>
        ${this.draft ? this.renderWorkspace() : html`<p class="begin">${s.begin}</p>`}
      </main>
      <datalist id=${ZONE_LIST_ID}>${this.zones.map((z) => html`<option value=${z}></option>`)}</datalist>
    `;
  }

  private renderWorkspace(): TemplateResult {
    const s = STRINGS[this.uiLang];
    const byField = this.problemFields();
    const ctx: FieldContext = {
      s,
      get: (path) => getAt(this.draft, parsePath(path)),
      set: (path, value) => this.set(path, value),
      problemsAt: (field) => byField.get(field) ?? [],
    };
    const list = sessionsOf(this.draft);
    const i = this.selected;
    const sessionId = typeof i === 'number' && isObj(list[i]) ? String((list[i] as Draft).id) : undefined;
    return html`<div class="workspace" @focusin=${(e: FocusEvent) => this.trackFocus(e)}>
      <nav class="side" aria-label=${s.sessionList}>
        ${sessionList(s, {
          event: this.sessionTitle({title: (this.draft?.event as Draft | undefined)?.name}),
          sessions: sessionsOf(this.draft).map((x) => this.sessionTitle(x)),
          selected: this.selected,
          byField,
          select: (part) => (this.selected = part),
          add: this.handleAdd,
        })}
        ${problemSummary(s, this.problems.length, this.feed?.sessions.length ?? 0, byField, (f) => void this.focusField(f))}
        ${importSummary(s, this.source, this.imported)}
        ${unreadSummary(s, this.unread, (u) => this.renameFor(u))}
        ${meter(s, translationMeter(this.draft), (l) => this.nextMissing(l))}
        <div class="downloads">
          <button type="button" class="primary" @click=${this.handleDownloadJson}>${s.downloadJson}</button>
          <button type="button" @click=${this.handleDownloadCsv}>${s.downloadCsv}</button>
          <p class="note">${this.kept ? s.kept : s.notKept}</p>
        </div>
      </nav>
      <section class="form" aria-label=${s.editing(i === 'event' ? s.event : this.sessionTitle(list[i]))}>
        ${i === 'event'
          ? html`<h2 id="form-heading">${s.event}</h2>${eventForm(ctx)}`
          : html`<div class="form-head">
                <h2 id="form-heading">${this.sessionTitle(list[i])}</h2>
                <div class="actions" role="group" aria-label=${this.sessionTitle(list[i])}>
                  <button type="button" ?disabled=${i === 0} @click=${() => void this.moveSession(-1)}>${s.up}</button>
                  <button type="button" ?disabled=${i === list.length - 1} @click=${() => void this.moveSession(1)}>${s.down}</button>
                  <button type="button" @click=${this.handleDuplicate}>${s.duplicate}</button>
                  <button type="button" class="danger" @click=${this.handleDelete}>${s.remove}</button>
                </div>
              </div>
              ${sessionForm(ctx, i)}`}
      </section>
      <aside class="side-preview">
        ${renderPreview(s, this.feed, sessionId, this.preview, (next) => (this.preview = {...this.preview, ...next}))}
      </aside>
    </div>`;
  }

  private trackFocus(e: FocusEvent): void {
    const id = (e.composedPath()[0] as HTMLElement).id;
    const path = allFields(this.draft).find((p) => fieldId(p) === id);
    if (path) this.lastField = path;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'uclg-feed-editor': UclgFeedEditor;
  }
}
