/**
 * The height a widget took once its feed showed, remembered in this browser, so that on the
 * next visit its loading box already takes that height and nothing moves when the feed arrives
 * (issue 15). A returning visitor's script comes from the HTTP cache (a CDN serves a versioned
 * URL for a year) and usually runs before the page's first paint, so the loading box is what
 * that paint shows: only the feed's arrival could still move the page.
 *
 * Keyed by everything that shapes the widget: its tag, every attribute (the feed URL, the
 * session, the language, `compact`…) and the window's width (the widget's own width is not
 * known before layout, and asking for it would lay the page out while it is still loading). A
 * first visit, another window width or another configuration has no height: the loading box
 * keeps its one line, or a card's reaches the view's bottom (firstVisitHeight, below). A feed
 * that changed since makes one shift, as it always did.
 */
import type {ReactiveElement} from 'lit';
import {readStorage, writeStorage} from '../internal/storage.js';
import {soon} from '../internal/soon.js';

const KEY = 'uclg-widgets:heights:v1';

// Read once per page, by its first loading box: every widget of the page looks its height up in
// it. Read again before each write.
let heights: Record<string, number> | undefined;

function read(): Record<string, number> {
  try {
    const saved = JSON.parse(readStorage(KEY)!);
    if (saved && typeof saved === 'object') return saved;
  } catch {
    // Unreadable: started again.
  }
  return {};
}

/**
 * What the widget's height depends on: its attributes (its own `style`, which the page or this
 * library may set, aside), and what was set as a property instead of an attribute, under the
 * attribute's name (an app's `card.src = …; card.session = …`, React 18's wrappers): without
 * that, every card an app created had one key, and took another card's height on the next visit.
 */
export function heightKey(el: Element): string {
  let key = `${innerWidth} ${el.localName}`;
  for (const a of el.attributes) if (a.name !== 'style') key += ` ${a.name}=${a.value}`;
  for (const [name, {attribute}] of (el.constructor as typeof ReactiveElement).elementProperties) {
    const value = (el as unknown as Record<PropertyKey, unknown>)[name];
    const attr = typeof attribute === 'string' ? attribute : String(name).toLowerCase();
    if (attribute !== false && value && !el.hasAttribute(attr)) key += ` ${attr}=${value}`;
  }
  return key;
}

/** The height, in CSS pixels, a widget so configured took last time in this browser. */
export function rememberedHeight(key: string): number | undefined {
  const h = (heights ??= read())[key];
  return h > 0 ? h : undefined;
}

// The widgets whose feed showed since the last measuring task: one task measures them all and
// reads and writes the stored map once (a page of 100 cards would otherwise parse and write it
// 100 times).
const pending = new Set<Element>();

/**
 * Remembers `el`'s height once it is laid out: in a task of its own, after the updates of the
 * elements inside, and not in an animation frame, which a page in the background never gets.
 * The first measurement lays the page out; the others find it laid out. Queued behind `soon`'s
 * tasks: the other widgets given the same feed show it in tasks already queued there
 * (feed-engine.ts), and are measured with this one.
 */
export function rememberHeightOf(el: Element): void {
  if (!pending.size) {
    soon(() => {
      // Read again: another tab of the site may have remembered its widgets since this page read it.
      const saved = (heights = read());
      for (const el of pending) {
        // In the browser's own unit of layout (1/64 px), so that the loading box is exactly as high.
        const h = Math.round(el.getBoundingClientRect().height * 64) / 64;
        // Not laid out (removed since, or in a hidden container): nothing learnt. Otherwise
        // re-inserted last: the 30 most recent configurations are kept (a partner page has a
        // few widgets, a visitor a few pages).
        if (h > 0) {
          const key = heightKey(el);
          delete saved[key];
          saved[key] = h;
        }
      }
      pending.clear();
      for (const k of Object.keys(saved).slice(0, -30)) delete saved[k];
      writeStorage(KEY, JSON.stringify(saved));
    });
  }
  pending.add(el);
}

/**
 * A first visit's loading box, for a widget that is usually taller than the view (the card:
 * about 1,000 px and more with a background and questions): when its box starts in the view,
 * it reaches down to the view's bottom, so that what follows leaves the view once, when the
 * script runs, by the least distance, and the feed's arrival then moves only what is below the
 * view (issue 15). With the script in the page's first paint (`blocking="render"`), nothing
 * moves. A card shorter than that box (a session without background or questions) gives back
 * the difference when its feed arrives: one shift up instead of one down. Measured in the
 * README's design notes ("Layout shift without pre-rendered HTML").
 */
export function firstVisitHeight(el: Element): number | undefined {
  // Not laid out (in a hidden tab, say): no position to reach the bottom from.
  if (!(el.constructor as {tall?: boolean}).tall || !el.getClientRects().length) return undefined;
  const {top} = el.getBoundingClientRect();
  return top >= 0 && top < innerHeight ? innerHeight - top : undefined;
}
