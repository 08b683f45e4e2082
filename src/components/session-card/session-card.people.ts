import {html, nothing, type TemplateResult} from 'lit';
import type {Language, LocalizedText, Person} from '../../core/types.js';
import type {Msg} from '../../i18n/msg.js';
import {groupPeople, initials, morePeople, PEOPLE_SHOWN, roleLabel} from '../../i18n/session-text.js';
import {isExternal} from '../../internal/safe-url.js';
import {addStrings} from '../../i18n/msg.js';
import {peopleStrings} from '../../i18n/generated/strings/people.js';

addStrings(peopleStrings);

/** What the card's people list needs from the card. */
export interface PeopleView {
  readonly people: readonly Person[];
  readonly lang: Language;
  readonly msg: Msg;
  readonly text: (value: LocalizedText | undefined) => TemplateResult | string;
  /** All shown, or the first six and "and N more". */
  readonly expanded: boolean;
  /** Photos that failed to load: initials instead. */
  readonly failed: ReadonlySet<string>;
  readonly onToggle: () => void;
  readonly onPhotoError: (e: Event) => void;
}

/**
 * People by role (moderator first), each with a photo or initials in the same fixed box, name
 * (linked when the feed gives a URL) and affiliation; beyond six, a button shows the rest.
 */
export function renderPeople(v: PeopleView): TemplateResult | typeof nothing {
  if (!v.people.length) return nothing;
  const rest = v.people.length - PEOPLE_SHOWN;
  const hidden = (i: number) => !v.expanded && i >= PEOPLE_SHOWN;
  let shown = 0;
  return html`<dl class="people" id="people">
      ${groupPeople(v.people).map((g) => {
        const first = shown;
        shown += g.people.length;
        return html`<div class=${hidden(first) ? 'more' : 'group'}>
          <dt>${roleLabel(g.role, g.people.length, v.lang, v.msg)}</dt>
          ${g.people.map((p, i) => html`<dd class=${hidden(first + i) ? 'more' : 'person'}>${renderPerson(p, v)}</dd>`)}
        </div>`;
      })}
    </dl>
    ${rest > 0
      ? html`<button type="button" part="button" aria-expanded=${v.expanded} aria-controls="people" @click=${v.onToggle}>
          ${v.expanded ? v.msg('Show fewer', {id: 'people.fewer', desc: 'Collapses the list of people back to the first six.'}) : morePeople(rest, v.msg)}
        </button>`
      : nothing}`;
}

function renderPerson(p: Person, v: PeopleView): TemplateResult {
  // The name is written next to the photo, so the initials are decoration. They are there under
  // a photo too, shown until it has loaded (a slow connection, a lazy photo not reached yet).
  const letters = initials(p.name);
  const face =
    p.photo && !v.failed.has(p.photo)
      ? html`<span class="face"><span aria-hidden="true">${letters}</span><img src=${p.photo} alt=${p.name} width="48" height="48" loading="lazy" decoding="async" @error=${v.onPhotoError} /></span>`
      : html`<span class="face" aria-hidden="true">${letters}</span>`;
  const name = p.url ? html`<a href=${p.url} rel=${isExternal(p.url) ? 'noopener noreferrer' : nothing}>${p.name}</a>` : p.name;
  return html`${face}<span class="who"><span class="name">${name}</span>${p.affiliation ? html`<span class="affiliation">${v.text(p.affiliation)}</span>` : nothing}</span>`;
}
