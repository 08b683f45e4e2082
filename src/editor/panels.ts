/**
 * The bar that opens a feed, and the editor's left column: the event and the sessions (each with its number of problems), every
 * problem as a link to its field, and the translation meter. Render only: the editor passes the
 * state in and gets the user's choices back through callbacks.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {LANGUAGES, type Language} from '../core/types.js';
import type {CsvProblem} from '../feed/csv.js';
import {unreadNote, type UnreadKey} from '../feed/shape.js';
import {englishSentence, type ShownProblem} from './fields.js';
import type {Meter} from './meter.js';
import {cap, type Strings} from './strings.js';

type Part = 'event' | number;

export interface SessionListState {
  /** The event's name and each session's title (or id) as the list shows them. */
  readonly event: string;
  readonly sessions: readonly string[];
  readonly selected: Part;
  /** Problems by the field they are shown at (`''`: at no field). */
  readonly byField: ReadonlyMap<string, readonly ShownProblem[]>;
  select(part: Part): void;
  add(): void;
}

export function sessionList(s: Strings, o: SessionListState): TemplateResult {
  const count = (part: string) => [...o.byField].filter(([f]) => f.startsWith(`${part}.`)).reduce((n, [, ps]) => n + ps.length, 0);
  const item = (label: string, part: Part, n: number) => html`<li>
    <button type="button" class="item" aria-current=${o.selected === part ? 'true' : 'false'} @click=${() => o.select(part)}>
      <span class="item-title">${label}</span>
      ${n ? html`<span class="badge">${s.problemCount(n)}</span>` : nothing}
    </button>
  </li>`;
  return html`<h2 class="side-heading">${s.event}</h2>
    <ul class="sessions">${item(o.event || s.event, 'event', count('event'))}</ul>
    <h2 class="side-heading">${s.sessions}</h2>
    <ol class="sessions">${o.sessions.map((title, k) => item(title, k, count(`sessions[${k}]`)))}</ol>
    <button type="button" @click=${() => o.add()}>${s.add}</button>`;
}

export function problemSummary(
  s: Strings, total: number, sessions: number, byField: ReadonlyMap<string, readonly ShownProblem[]>, focus: (field: string) => void,
): TemplateResult {
  const outside = byField.get('') ?? [];
  return html`<div class="summary">
    <h2 class="side-heading">${s.problemsHeading}</h2>
    ${total
      ? html`<p>${s.problemCount(total)}</p>
          <ul class="problem-links">
            ${[...byField].filter(([f]) => f).flatMap(([f, ps]) => ps.map((p) => html`<li>
              <button type="button" class="link" @click=${() => focus(f)}>${p.path}</button></li>`))}
          </ul>
          ${outside.length ? html`<p>${s.otherProblems}</p>${outside.map((p) => html`<p class="problem">${p.path}: ${englishSentence(p.message)} ${s.fix} ${englishSentence(p.hint)}</p>`)}` : nothing}`
      : html`<p class="ok">${s.valid(sessions)}</p>`}
  </div>`;
}

/**
 * What the spreadsheet just opened held that the feed could not take: unknown columns (with the
 * column meant), values a cell cannot hold, event values that differ between rows. They are not
 * in the draft, so they are said here, as `uclg-widgets import` says them. Nothing when there are none.
 */
export function importSummary(s: Strings, file: string, problems: readonly CsvProblem[]): TemplateResult | typeof nothing {
  if (!problems.length) return nothing;
  return html`<div class="imported">
    <h2 class="side-heading">${s.importHeading}</h2>
    <p class="note">${s.importIntro(file)}</p>
    <ul class="problem-links">
      ${problems.map((p) => html`<li lang="en">row ${p.row}, column ${p.column}: ${p.message}</li>`)}
    </ul>
  </div>`;
}

/**
 * Keys of the draft the widgets do not read (a typo loses its value without a problem), each with
 * what the validator says of it, and a button that renames it to the key meant when that key is
 * not taken (`rename` is undefined then). Nothing when there are none.
 */
export function unreadSummary(s: Strings, unread: readonly UnreadKey[], rename: (u: UnreadKey) => (() => void) | undefined): TemplateResult | typeof nothing {
  if (!unread.length) return nothing;
  return html`<div class="unread">
    <h2 class="side-heading">${s.unreadHeading}</h2>
    <p class="note">${s.unreadIntro}</p>
    <ul class="problem-links">
      ${unread.map((u) => {
        const fix = u.meant ? rename(u) : undefined;
        return html`<li><code>${u.path}</code>: <span lang="en">${unreadNote(u)}</span>
          ${fix ? html`<button type="button" class="small" @click=${fix}>${s.rename(u.meant!)}</button>` : nothing}</li>`;
      })}
    </ul>
  </div>`;
}

export function meter(s: Strings, m: Meter, next: (lang: Language) => void): TemplateResult {
  return html`<div class="meter">
    <h2 class="side-heading">${s.meterHeading}</h2>
    <ul>
      ${LANGUAGES.map((l) => {
        const c = m.languages[l];
        return html`<li>
          <span>${s.meter(cap(s.languageName[l]), c.present, m.texts)}</span>
          ${c.missing.length ? nothing : html`<span class="ok">${s.complete}</span>`}
          <progress max=${m.texts || 1} .value=${c.present} aria-hidden="true"></progress>
          ${c.missing.length ? html`<button type="button" class="small" @click=${() => next(l)}>${s.nextMissing(s.languageName[l])}</button>` : nothing}
        </li>`;
      })}
    </ul>
  </div>`;
}

export interface OpenActions {
  file(file: File): void;
  url(url: string): void;
  example(): void;
  empty(): void;
}

/** Open a file (picker; dropping one anywhere on the page is the editor's), a URL, the example or an empty feed. */
export function openBar(s: Strings, on: OpenActions): TemplateResult {
  const onFile = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) on.file(file);
    input.value = '';
  };
  const onUrl = (e: SubmitEvent) => {
    e.preventDefault();
    const url = new FormData(e.target as HTMLFormElement).get('url');
    if (typeof url === 'string' && url.trim()) on.url(url.trim());
  };
  return html`<section class="open" aria-label=${s.open}>
    <div class="open-file">
      <label class="button" for="open-file">${s.openFile}</label>
      <input id="open-file" class="visually-hidden" type="file" accept=".json,.csv,application/json,text/csv" @change=${onFile} />
      <span class="note">${s.drop}</span>
    </div>
    <form class="open-url" @submit=${onUrl}>
      <label for="open-url">${s.url}</label>
      <input id="open-url" name="url" type="url" placeholder="https://…" />
      <button type="submit">${s.openUrl}</button>
    </form>
    <div class="starts">
      <button type="button" @click=${() => on.example()}>${s.startSeed}</button>
      <button type="button" @click=${() => on.empty()}>${s.startEmpty}</button>
    </div>
  </section>`;
}
