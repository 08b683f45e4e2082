import {html, nothing, type TemplateResult} from 'lit';
import type {Language, LocalizedText, SessionLanguages, SessionLocation} from '../../core/types.js';
import type {Msg} from '../../i18n/msg.js';
import {languagesText, mapLabel, placeText} from '../../i18n/session-text.js';
import {isExternal} from '../../internal/safe-url.js';

type Text = (value: LocalizedText | undefined) => TemplateResult | string;

/** "Online", or "Venue, City, Country · Map"; hybrid: "In person and online · Venue, City, Country". */
export function renderPlace(location: SessionLocation | undefined, lang: Language, msg: Msg, text: Text): TemplateResult | typeof nothing {
  if (!location) return nothing;
  const {mode, where} = placeText(location, lang, msg);
  const parts = where.map((w, i) => [i ? ', ' : '', typeof w === 'string' ? w : text(w)]);
  const map = location.mode !== 'online' && location.map;
  return html`<p class="place">${mode}${mode && parts.length ? ' · ' : ''}${parts}${map
      ? html` · <a href=${map} rel=${isExternal(map) ? 'noopener noreferrer' : nothing}>${mapLabel(msg)}</a>`
      : nothing}</p>`;
}

/** "In English and Spanish · Interpretation: Arabic, French". */
export function renderLanguages(languages: SessionLanguages | undefined, lang: Language, msg: Msg): TemplateResult | typeof nothing {
  const line = languages && languagesText(languages, lang, msg);
  return line ? html`<p class="languages">${line}</p>` : nothing;
}
