/**
 * The forms for the event and for one session, built from fields.ts, in the order of form.ts.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {live} from 'lit/directives/live.js';
import {PERSON_ROLES} from '../core/types.js';
import {toWallTime} from './draft.js';
import {check, line, problemNote, select, tags, textGroup, textList, type FieldContext} from './fields.js';
import {LINK_KEYS} from './form.js';
import {fieldId} from './paths.js';

export const ZONE_LIST_ID = 'zones';

export function eventForm(c: FieldContext): TemplateResult {
  const {f, languageName} = c.s;
  return html`
    ${line(c, 'event.id', f.id)}
    ${textGroup(c, 'event.name', f.name)}
    ${textGroup(c, 'event.theme', f.theme)}
    ${line(c, 'event.url', f.url, {type: 'url'})}
    ${line(c, 'event.calendar', f.calendar, {type: 'url'})}
    ${select(c, 'event.defaultLanguage', f.defaultLanguage, languageName)}
  `;
}

/** A start or end: wall-clock time in the session's zone, written without offset. */
function time(c: FieldContext, path: string, label: string, zone: string): TemplateResult {
  const id = fieldId(path);
  const problem = c.problemsAt(path).length ? `${id}-problem` : '';
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <span class="note" id="${id}-note">${c.s.f.wallTime(zone || '?')}</span>
    <input id=${id} type="datetime-local" step="60" aria-describedby="${id}-note ${problem}" aria-invalid=${ifDefined(problem ? 'true' : undefined)}
      .value=${live(toWallTime(c.get(path), zone))} @change=${(e: Event) => c.set(path, (e.target as HTMLInputElement).value || undefined)} />
    ${problemNote(c, path)}
  </div>`;
}

function zonePicker(c: FieldContext, path: string): TemplateResult {
  const id = fieldId(path);
  return html`<div class="field">
    <label for=${id}>${c.s.f.timeZone}</label>
    <input id=${id} type="text" list=${ZONE_LIST_ID} autocomplete="off" spellcheck="false" aria-describedby=${ifDefined(c.problemsAt(path).length ? `${id}-problem` : undefined)}
      aria-invalid=${ifDefined(c.problemsAt(path).length ? 'true' : undefined)} .value=${live(String(c.get(path) ?? ''))}
      @change=${(e: Event) => c.set(path, (e.target as HTMLInputElement).value.trim() || undefined)} />
    ${problemNote(c, path)}
  </div>`;
}

function people(c: FieldContext, at: string): TemplateResult {
  const {f} = c.s;
  const list = Array.isArray(c.get(at)) ? (c.get(at) as unknown[]) : [];
  const roles = Object.fromEntries(PERSON_ROLES.map((r) => [r, f.roles[r] ?? r]));
  return html`<fieldset class="list">
    <legend>${f.people}</legend>
    ${list.map((_, j) => {
      const p = `${at}[${j}]`;
      return html`<fieldset class="person">
        <legend>${f.person(j + 1)}</legend>
        <div class="row">${line(c, `${p}.name`, f.personName)} ${select(c, `${p}.role`, f.role, roles, 'speaker')}</div>
        ${textGroup(c, `${p}.affiliation`, f.affiliation)}
        <div class="row">${line(c, `${p}.photo`, f.photo, {type: 'url'})} ${line(c, `${p}.url`, f.personUrl, {type: 'url'})}</div>
        <button type="button" class="small" @click=${() => c.set(at, list.filter((_x, k) => k !== j))}>${f.removeItem(f.person(j + 1))}</button>
      </fieldset>`;
    })}
    ${problemNote(c, at)}
    <button type="button" class="small" @click=${() => c.set(at, [...list, {name: '', role: 'speaker'}])}>${f.addPerson}</button>
  </fieldset>`;
}

export function sessionForm(c: FieldContext, i: number): TemplateResult {
  const {f} = c.s;
  const at = `sessions[${i}]`;
  const zone = String(c.get(`${at}.timeZone`) ?? '');
  return html`
    ${problemNote(c, at)}
    ${line(c, `${at}.id`, f.id)}
    ${textGroup(c, `${at}.kind`, f.kind)}
    ${textGroup(c, `${at}.title`, f.title)}
    ${textGroup(c, `${at}.subtitle`, f.subtitle)}
    ${textGroup(c, `${at}.summary`, f.summary, true)}
    ${textList(c, `${at}.body`, f.body, f.paragraph, f.addParagraph, true)}
    ${textGroup(c, `${at}.theme`, f.theme)}
    <fieldset>
      <legend>${f.when}</legend>
      <div class="row">
        ${time(c, `${at}.start`, f.start, zone)} ${time(c, `${at}.end`, f.end, zone)} ${zonePicker(c, `${at}.timeZone`)}
      </div>
    </fieldset>
    ${textList(c, `${at}.guidingQuestions`, f.guidingQuestions, f.question, f.addQuestion, true)}
    <fieldset>
      <legend>${f.links}</legend>
      <div class="row">${LINK_KEYS.map((k) => line(c, `${at}.links.${k}`, f[k], {type: 'url'}))}</div>
      ${problemNote(c, `${at}.links`)}
    </fieldset>
    ${select(c, `${at}.status`, f.status, f.statuses, 'scheduled')}
    ${people(c, `${at}.people`)}
    <fieldset>
      <legend>${f.languages}</legend>
      <div class="row">${tags(c, `${at}.languages.spoken`, f.spoken)} ${tags(c, `${at}.languages.interpretation`, f.interpretation)}</div>
    </fieldset>
    <fieldset>
      <legend>${f.location}</legend>
      ${select(c, `${at}.location.mode`, f.mode, f.modes)}
      ${c.get(`${at}.location`) === undefined ? nothing : html`
        ${textGroup(c, `${at}.location.venue`, f.venue)}
        ${textGroup(c, `${at}.location.address`, f.address)}
        ${textGroup(c, `${at}.location.city`, f.city)}
        <div class="row">${line(c, `${at}.location.country`, f.country)} ${line(c, `${at}.location.map`, f.map, {type: 'url'})}</div>`}
    </fieldset>
    <fieldset>
      <legend>${f.registration}</legend>
      <div class="row">${time(c, `${at}.registration.closes`, f.closes, zone)} ${check(c, `${at}.registration.full`, f.full)}</div>
    </fieldset>
  `;
}
