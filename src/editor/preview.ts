/**
 * The live preview: the real widgets (card, countdown, questions, agenda) given the parsed feed
 * through their `feed` property, in a chosen language, viewer zone and frozen moment.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {LANGUAGES, type Feed, type Language, type Session} from '../core/types.js';
import {pickText} from '../i18n/language.js';
import {cap, type Strings} from './strings.js';
import {ZONE_LIST_ID} from './session-form.js';

export type Moment = 'real' | 'before' | 'during' | 'after';
export const MOMENTS: readonly Moment[] = ['real', 'before', 'during', 'after'];

export interface PreviewState {
  readonly lang: Language;
  readonly zone: string;
  readonly moment: Moment;
}

/** The frozen `now` for a moment of a session (ISO), or undefined for the real clock. */
export function frozenNow(session: Pick<Session, 'start' | 'end'>, moment: Moment): string | undefined {
  const at = {real: undefined, before: session.start - 3_600_000, during: (session.start + session.end) / 2, after: session.end + 60_000}[moment];
  return at === undefined ? undefined : new Date(Math.floor(at)).toISOString();
}

export function renderPreview(s: Strings, feed: Feed | null, sessionId: string | undefined, p: PreviewState, change: (next: Partial<PreviewState>) => void): TemplateResult {
  // The session being edited; another one only while the event, not a session, is selected.
  // A session the parser left out (its problems are in its form) is not replaced by the first.
  const session = sessionId === undefined ? feed?.sessions[0] : feed?.sessions.find((x) => x.id === sessionId);
  const now = session && frozenNow(session, p.moment);
  const zone = p.zone || undefined;
  return html`<section class="preview" aria-labelledby="preview-heading">
    <h2 id="preview-heading">${s.preview}</h2>
    <div class="preview-controls">
      <div class="field">
        <label for="preview-lang">${s.previewLanguage}</label>
        <select id="preview-lang" @change=${(e: Event) => change({lang: (e.target as HTMLSelectElement).value as Language})}>
          ${LANGUAGES.map((l) => html`<option value=${l} ?selected=${l === p.lang}>${cap(s.languageName[l])}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="preview-zone">${s.viewerZone}</label>
        <input id="preview-zone" type="text" list=${ZONE_LIST_ID} autocomplete="off" spellcheck="false" .value=${p.zone}
          @change=${(e: Event) => change({zone: (e.target as HTMLInputElement).value.trim()})} />
      </div>
      <fieldset class="moments">
        <legend>${s.time}</legend>
        ${MOMENTS.map((m) => html`<label><input type="radio" name="preview-moment" value=${m} ?checked=${m === p.moment}
          @change=${() => change({moment: m})} /> ${s.times[m]}</label>`)}
      </fieldset>
    </div>
    ${!feed || !session
      ? html`<p class="empty">${s.nothingToPreview}</p>`
      : html`<div class="widgets" lang=${p.lang}>
          <uclg-session-card .feed=${feed} session=${session.id} lang=${p.lang} time-zone=${ifDefined(zone)} now=${ifDefined(now)} heading-level="3"></uclg-session-card>
          <uclg-countdown .feed=${feed} session=${session.id} lang=${p.lang} time-zone=${ifDefined(zone)} now=${ifDefined(now)}></uclg-countdown>
          ${session.guidingQuestions.length
            ? // Its own heading (the session's title): the card above already has a "Guiding questions" region.
              html`<uclg-guiding-questions .feed=${feed} session=${session.id} lang=${p.lang}
                ><h3 slot="heading">${pickText(session.title, p.lang, feed.event.defaultLanguage).text}</h3></uclg-guiding-questions>`
            : nothing}
          <uclg-agenda .feed=${feed} lang=${p.lang} url-state="none" time-zone=${ifDefined(zone)} now=${ifDefined(now)} heading-level="3"></uclg-agenda>
        </div>`}
  </section>`;
}
