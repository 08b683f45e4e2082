/**
 * The agenda's tools, as the visitor sees them: search, filters, the result count, "Jump to now",
 * "My programme", the download of the starred sessions and the subscribe links. Render functions
 * only; the element owns the state and passes it in with its handlers.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import type {Feed, Language} from '../../core/types.js';
import type {Msg} from '../../i18n/msg.js';
import {addStrings, str} from '../../i18n/msg.js';
import {dateFormat, pluralRules} from '../../i18n/locale.js';
import {pickText} from '../../i18n/language.js';
import {statusLabel} from '../../i18n/strings.js';
import {displayName, placeText} from '../../i18n/session-text.js';
import {subscribeLinks} from '../../calendar/links.js';
import type {AgendaFilter, FilterChoices} from './agenda.query.js';
import {agendaStrings} from '../../i18n/generated/strings/agenda.js';

addStrings(agendaStrings);

export interface ToolbarView {
  readonly msg: Msg;
  readonly lang: Language;
  readonly feed: Feed;
  readonly filter: AgendaFilter;
  readonly choices: FilterChoices;
  readonly zone: string;
  readonly count: number;
  readonly starred: number;
  readonly canJump: boolean;
  /** `replace` while typing, `push` for a change the visitor made on purpose (a new history entry). */
  readonly change: (next: Partial<AgendaFilter>, how: 'push' | 'replace') => void;
  readonly jump: () => void;
  readonly download: () => void;
}

const DAY_LABEL: Intl.DateTimeFormatOptions = {weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC'};

/** The toolbar's formatters in `lang`, ahead of need (UclgAgenda.warmFor): day names, language names, plurals. */
export function warmToolbar(lang: Language): void {
  dateFormat(lang, DAY_LABEL).format(0);
  displayName('en', 'language', lang);
  pluralRules(lang).select(1);
}

// `.value` follows the state once the options exist (Back, Clear); `selected` sets it on the first render, before they do.
/** [value, label, language of the label when it is feed text in another language than the widget's]. */
type Option = [string, string, string?];
const select = (name: keyof AgendaFilter, label: string, any: string, options: Option[], v: ToolbarView): TemplateResult =>
  html`<label class="field"><span>${label}</span>
    <select name=${name} .value=${live(v.filter[name])} @change=${(e: Event) => v.change({[name]: (e.target as HTMLSelectElement).value}, 'push')}>
      <option value="" ?selected=${!v.filter[name]}>${any}</option>
      ${options.map(([value, text, lang]) => html`<option value=${value} lang=${lang ?? nothing} ?selected=${v.filter[name] === value}>${text}</option>`)}
    </select></label>`;

export function renderToolbar(v: ToolbarView): TemplateResult {
  const {msg, lang, choices, filter} = v;
  const fallback = v.feed.event.defaultLanguage;
  const dayLabel = dateFormat(lang, DAY_LABEL);
  const selects: TemplateResult[] = [];
  if (choices.days.length > 1) {
    selects.push(select('day', msg('Day', {id: 'agenda.filter.day', desc: 'Label of the filter by day.'}), msg('All days', {id: 'agenda.filter.any-day', desc: 'Choice of the day filter: no filter.'}),
      choices.days.map((d) => [d, dayLabel.format(Date.parse(d))]), v));
  }
  if (choices.kinds.size > 1) {
    selects.push(select('kind', msg('Type', {id: 'agenda.filter.kind', desc: 'Label of the filter by kind of session (plenary, workshop…).'}), msg('All types', {id: 'agenda.filter.any-kind', desc: 'Choice of the kind filter: no filter.'}),
      [...choices.kinds].map(([k, s]): Option => {
        const text = pickText(s.kind, lang, fallback);
        return [k, text.text, text.lang === lang ? undefined : text.lang];
      }), v));
  }
  if (choices.languages.length) {
    selects.push(select('language', msg('Language', {id: 'agenda.filter.language', desc: 'Label of the filter by language spoken or interpreted in a session.'}), msg('All languages', {id: 'agenda.filter.any-language', desc: 'Choice of the language filter: no filter.'}),
      // In the order of their names in the widget's language: "anglais, arabe", not the tags' "ar, en".
      choices.languages.map((l): [string, string] => [l, displayName(l, 'language', lang)]).sort((a, b) => a[1].localeCompare(b[1], lang)), v));
  }
  if (choices.formats.length > 1) {
    selects.push(select('format', msg('Format', {id: 'agenda.filter.format', desc: 'Label of the filter by how to attend: online, in person or both.'}), msg('All formats', {id: 'agenda.filter.any-format', desc: 'Choice of the format filter: no filter.'}),
      choices.formats.map((mode) => [mode, placeText({mode}, lang, msg).mode ?? mode]), v));
  }
  selects.push(select('status', msg('When', {id: 'agenda.filter.status', desc: 'Label of the filter by status: upcoming, live now or ended.'}), msg('Any time', {id: 'agenda.filter.any-status', desc: 'Choice of the status filter: no filter.'}),
    (['upcoming', 'live', 'ended'] as const).map((s) => [s, statusLabel(s, msg)]), v));
  const plural = pluralRules(lang).select(v.count);
  const count = plural === 'one' ? msg(str`${v.count} session`, {id: 'agenda.count-one', desc: 'How many sessions the filters show, singular (French uses it for 0 and 1).'})
    : msg(str`${v.count} sessions`, {id: 'agenda.count-other', desc: 'How many sessions the filters show, plural.'});
  return html`<div class="tools" part="tools" lang=${lang}>
    <form class="filters" role="search" aria-label=${msg('Filter the programme', {id: 'agenda.filters', desc: 'Accessible name of the search and filter form.'})} @submit=${(e: Event) => e.preventDefault()}>
      <label class="field search"><span>${msg('Search', {id: 'agenda.search', desc: 'Label of the search box over titles, themes, summaries, questions and speakers.'})}</span>
        <input type="search" name="query" .value=${filter.query} autocomplete="off"
          @input=${(e: Event) => v.change({query: (e.target as HTMLInputElement).value}, 'replace')}
          @change=${(e: Event) => v.change({query: (e.target as HTMLInputElement).value}, 'push')} /></label>
      ${selects}
    </form>
    <div class="actions">
      ${v.canJump ? html`<button type="button" class="jump" @click=${v.jump}>${msg('Jump to now', {id: 'agenda.jump', desc: 'Button: scroll to the session taking place now, or the next one.'})}</button>` : nothing}
      <button type="button" class="mine" aria-pressed=${filter.view === 'mine' ? 'true' : 'false'} @click=${() => v.change({view: filter.view === 'mine' ? 'all' : 'mine'}, 'push')}>
        ${msg(str`My programme (${v.starred})`, {id: 'agenda.my-programme', desc: 'Toggle button: show only the sessions the visitor starred; the value is how many.'})}</button>
      ${v.starred ? html`<button type="button" class="download" @click=${v.download}>${msg('Download my programme (.ics)', {id: 'agenda.download', desc: 'Button: download the starred sessions as one calendar file.'})}</button>` : nothing}
    </div>
    <p class="count" role="status">${count}</p>
    <span id="star-label" hidden>${msg('In my programme:', {id: 'agenda.star-label', desc: 'Start of the accessible name of the toggle button that keeps a session in the visitor\'s programme; the session\'s title follows.'})}</span>
  </div>`;
}

export function renderNoResults(msg: Msg, clear: () => void): TemplateResult {
  return html`<div class="none" part="no-results">
    <p>${msg('No session matches your search and filters.', {id: 'agenda.no-results', desc: 'Shown when the search and filters leave no session.'})}</p>
    <button type="button" @click=${clear}>${msg('Clear the filters', {id: 'agenda.clear', desc: 'Button: empty the search and reset every filter.'})}</button>
  </div>`;
}

export function renderSubscribe(feed: Feed, lang: Language, msg: Msg): TemplateResult | typeof nothing {
  const url = feed.event.calendar;
  if (!url) return nothing;
  const links = subscribeLinks(url, pickText(feed.event.name, lang, feed.event.defaultLanguage).text);
  return html`<p class="subscribe" part="subscribe" lang=${lang}>
    <span>${msg('Subscribe to the programme:', {id: 'agenda.subscribe', desc: 'Before links that add the whole programme to a calendar app, which keeps it up to date.'})}</span>
    <a href=${links.webcal}>${msg('Calendar app', {id: 'agenda.subscribe.webcal', desc: 'Link: subscribe in the device\'s calendar app (webcal://).'})}</a>
    <a href=${links.google} target="_blank" rel="noopener">Google Calendar</a>
    <a href=${links.outlook} target="_blank" rel="noopener">Outlook.com</a>
  </p>`;
}
