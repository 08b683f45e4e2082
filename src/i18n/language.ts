import {LANGUAGES, type Language, type LocalizedText} from '../core/types.js';

/** `fr-CA` → fr, `es-419` → es, `EN` → en; anything else → undefined. */
export function toLanguage(tag: string | null | undefined): Language | undefined {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((l) => l === primary);
}

/** Nearest `[lang]` at or above `el`, crossing shadow roots; null when none says. */
function nearestLang(el: Element): string | null {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

/**
 * The language an element speaks: its own `lang` → nearest ancestor `[lang]` (crossing shadow
 * roots; `<html lang>` is the last of these) → the browser's languages → en.
 * A page that declares a language we do not have gets English, not the browser's choice.
 */
export function resolveLanguage(el: Element): Language {
  const declared = nearestLang(el);
  if (declared) return toLanguage(declared) ?? 'en';
  const browser = typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language];
  for (const tag of browser) {
    const lang = toLanguage(tag);
    if (lang) return lang;
  }
  return 'en';
}

export interface PickedText {
  readonly text: string;
  /** The language actually shown; rendered as the text's `lang`. */
  readonly lang: Language;
}

/** Requested language → feed's default language → en → whichever is present. */
export function pickText(text: LocalizedText, want: Language, fallback: Language): PickedText {
  for (const lang of [want, fallback, 'en', ...LANGUAGES] as const) {
    const t = text[lang];
    if (t) return {text: t, lang};
  }
  return {text: '', lang: want};
}
