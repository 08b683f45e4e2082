/**
 * The form's building blocks: each renders one field of the draft, named by its JSON path, with
 * its label, its problems (aria-describedby, aria-invalid) and the hint that says how to fix them.
 * Feed text goes into inputs as values: never as markup.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {live} from 'lit/directives/live.js';
import {LANGUAGES} from '../core/types.js';
import {fieldId} from './paths.js';
import {cap, type Strings} from './strings.js';

export interface ShownProblem {
  readonly path: string;
  readonly message: string;
  readonly hint: string;
  /** The one value the hint names ("Europe/Madrid" for "Madrid"), which a button writes at `path`. */
  readonly value?: string;
}

/** What the fields need from the editor: read and write the draft, the problems at a field. */
export interface FieldContext {
  readonly s: Strings;
  get(path: string): unknown;
  set(path: string, value: unknown): void;
  problemsAt(field: string): readonly ShownProblem[];
}

const str = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : JSON.stringify(v));

/** The id of a field's problem note, for aria-describedby; undefined when it has none. */
const describedBy = (c: FieldContext, path: string, extra?: string): string | undefined =>
  [c.problemsAt(path).length ? `${fieldId(path)}-problem` : '', extra ?? ''].filter(Boolean).join(' ') || undefined;
const invalid = (c: FieldContext, path: string) => (c.problemsAt(path).length ? 'true' : undefined);

/**
 * A parser message or hint, in English whatever the interface's language (marked so, for a
 * screen reader's voice), with its full stop unless it ends with its own ("did you mean …?").
 */
export const englishSentence = (text: string): TemplateResult => html`<span lang="en">${text}${/[.?!…]$/.test(text) ? '' : '.'}</span>`;

export function problemNote(c: FieldContext, path: string): TemplateResult | typeof nothing {
  const problems = c.problemsAt(path);
  if (!problems.length) return nothing;
  return html`<div class="problem" id="${fieldId(path)}-problem">
    ${problems.map((p) => html`<p><span class="problem-path">${p.path}</span>: ${englishSentence(p.message)} <span class="fix">${c.s.fix} ${englishSentence(p.hint)}</span>
      ${p.value === undefined ? nothing : html`<button type="button" class="small" @click=${() => c.set(p.path, p.value)}>${c.s.useValue(p.value)}</button>`}</p>`)}
  </div>`;
}

interface LineOptions {
  type?: 'text' | 'url';
  multiline?: boolean;
  lang?: string;
  note?: string;
  /** False: the caller shows the problems (a text's three languages show theirs below the row). */
  problems?: boolean;
}

/** One text box; a blank one removes its key from the feed. */
export function line(c: FieldContext, path: string, label: string, o: LineOptions = {}): TemplateResult {
  const id = fieldId(path);
  const value = live(str(c.get(path)));
  const onInput = (e: Event) => {
    const v = (e.target as HTMLInputElement).value;
    c.set(path, v.trim() ? v : undefined);
  };
  const noteId = o.note ? `${id}-note` : undefined;
  const common = {id, describedBy: describedBy(c, path, noteId), invalid: invalid(c, path)};
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${o.note ? html`<span class="note" id=${noteId!}>${o.note}</span>` : nothing}
    ${o.multiline
      ? html`<textarea id=${common.id} rows="3" lang=${ifDefined(o.lang)} aria-describedby=${ifDefined(common.describedBy)}
          aria-invalid=${ifDefined(common.invalid)} .value=${value} @input=${onInput}></textarea>`
      : html`<input id=${common.id} type=${o.type ?? 'text'} lang=${ifDefined(o.lang)} aria-describedby=${ifDefined(common.describedBy)}
          aria-invalid=${ifDefined(common.invalid)} .value=${value} @input=${onInput} />`}
    ${o.problems === false ? nothing : problemNote(c, path)}
  </div>`;
}

/** A text in English, French and Spanish, side by side; problems about the whole text show at its English field. */
export function textGroup(c: FieldContext, at: string, legend: string, multiline = false, extra: unknown = nothing): TemplateResult {
  return html`<fieldset class="text">
    <legend>${legend}</legend>
    <div class="langs">
      ${LANGUAGES.map((l) => line(c, `${at}.${l}`, cap(c.s.languageName[l]), {multiline, lang: l, problems: false}))}
    </div>
    ${LANGUAGES.map((l) => problemNote(c, `${at}.${l}`))}
    ${extra}
  </fieldset>`;
}

export function select(c: FieldContext, path: string, label: string, options: Readonly<Record<string, string>>, fallback = ''): TemplateResult {
  const id = fieldId(path);
  const current = str(c.get(path) ?? fallback);
  const known = current in options;
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} aria-describedby=${ifDefined(describedBy(c, path))} aria-invalid=${ifDefined(invalid(c, path))}
      @change=${(e: Event) => c.set(path, (e.target as HTMLSelectElement).value || undefined)}>
      ${Object.entries(options).map(([v, text]) => html`<option value=${v} ?selected=${v === current}>${text}</option>`)}
      ${known ? nothing : html`<option value=${current} selected>${current}</option>`}
    </select>
    ${problemNote(c, path)}
  </div>`;
}

/** A list of language tags typed as "en, es". */
export function tags(c: FieldContext, path: string, label: string): TemplateResult {
  const id = fieldId(path);
  const v = c.get(path);
  const shown = Array.isArray(v) ? v.join(', ') : str(v);
  const onInput = (e: Event) => {
    const list = (e.target as HTMLInputElement).value.split(/[,\s]+/).filter(Boolean);
    c.set(path, list.length ? list : undefined);
  };
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <input id=${id} type="text" aria-describedby=${ifDefined(describedBy(c, path))} aria-invalid=${ifDefined(invalid(c, path))}
      .value=${live(shown)} @change=${onInput} />
    ${problemNote(c, path)}
  </div>`;
}

export function check(c: FieldContext, path: string, label: string): TemplateResult {
  const id = fieldId(path);
  return html`<div class="field check">
    <input id=${id} type="checkbox" aria-describedby=${ifDefined(describedBy(c, path))} aria-invalid=${ifDefined(invalid(c, path))}
      .checked=${live(c.get(path) === true)} @change=${(e: Event) => c.set(path, (e.target as HTMLInputElement).checked || undefined)} />
    <label for=${id}>${label}</label>
    ${problemNote(c, path)}
  </div>`;
}

/** A list of texts (paragraphs, questions): each with its remove button, then an add button. */
export function textList(c: FieldContext, at: string, legend: string, item: (n: number) => string, addLabel: string, multiline: boolean): TemplateResult {
  const items = Array.isArray(c.get(at)) ? (c.get(at) as unknown[]) : [];
  const update = (next: unknown[]) => c.set(at, next);
  return html`<fieldset class="list">
    <legend>${legend}</legend>
    ${items.map((_, j) =>
      textGroup(c, `${at}[${j}]`, item(j + 1), multiline, html`<button type="button" class="small" @click=${() => update(items.filter((_x, k) => k !== j))}>
        ${c.s.f.removeItem(item(j + 1))}</button>`),
    )}
    ${problemNote(c, at)}
    <button type="button" class="small" @click=${() => update([...items, {en: ''}])}>${addLabel}</button>
  </fieldset>`;
}
