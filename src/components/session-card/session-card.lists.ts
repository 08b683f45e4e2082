import type {Language, LocalizedText} from '../../core/types.js';
import {pickText} from '../../i18n/language.js';

/** One item of a list built by `buildList`: feed text and the item's attributes. */
export interface ListItem {
  readonly text: LocalizedText;
  readonly attributes: Readonly<Record<string, string | undefined>>;
}

/**
 * The card's two long lists, the background's paragraphs and the guiding questions (a dozen
 * items per card), built with the DOM's own methods, as the structured data is, rather than one
 * Lit template instance per item: per card that was 12 of 21 instances, each a clone, a tree walk
 * and its parts (issue 15's render cost). Lit renders the returned element as a child; callers
 * wrap the call in Lit's `guard`, so a re-render with the same inputs leaves it untouched.
 *
 * Feed text goes in as text nodes, never as HTML. As `text()` does for templates, text in the
 * card's language is a plain text node and a fallback in another language gets a `<span lang>`.
 */
export function buildList(tag: string, attributes: Readonly<Record<string, string>>, itemTag: string, items: readonly ListItem[], lang: Language, fallback: Language): HTMLElement {
  const list = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) list.setAttribute(name, value);
  for (const item of items) {
    const el = document.createElement(itemTag);
    for (const [name, value] of Object.entries(item.attributes)) if (value !== undefined) el.setAttribute(name, value);
    const picked = pickText(item.text, lang, fallback);
    if (picked.lang === lang) el.textContent = picked.text;
    else {
      const span = document.createElement('span');
      span.lang = picked.lang;
      span.textContent = picked.text;
      el.append(span);
    }
    list.append(el);
  }
  return list;
}
