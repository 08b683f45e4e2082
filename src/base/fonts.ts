import {idle} from '../internal/idle.js';

/**
 * The widget's type where the page sets no --uclg-font-size and --uclg-font-family: `base` in
 * shared.styles.ts (written out there, not interpolated, which costs each element's bundle 20 B;
 * components/fonts.test.ts fails if the two differ).
 */
const FONT_SIZE = 16;
const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/**
 * The fonts that an element's first render lays text in, one word each: "i" when italic, the
 * weight's first digit, then the size in px at the default 16px: "713" is 700 at 13px (0.8125em),
 * "i416" italic 400 at 16px. Each element's list is held to what it renders by
 * components/fonts.test.ts.
 */
export type FontUses = string;

/**
 * Gets `uses` ready at idle time, by measuring a letter in each on a canvas that is never shown.
 * The first text a page lays out in a font (family, size, weight, style) costs Chromium about a
 * millisecond per font, inside the layout that needs it: the platform's font file at that size,
 * with its hinting and shaping tables (`FontCache::GetFontPlatformData` in a trace). A card lays
 * out twelve such fonts, an agenda eight, and a canvas in the same page shares that cache. Sizes
 * follow the page root's --uclg-font-size (in px, else 16px) and family; a widget given another
 * type of its own lays it out as before, only without the head start.
 */
export function warmFonts(uses: FontUses): void {
  idle(() => {
    try {
      const root = getComputedStyle(document.documentElement);
      const size = root.getPropertyValue('--uclg-font-size');
      const scale = (/px$/.test(size) ? parseFloat(size) : FONT_SIZE) / FONT_SIZE;
      const family = root.getPropertyValue('--uclg-font-family') || FONT_FAMILY;
      const ctx = document.createElement('canvas').getContext('2d')!;
      for (const use of uses.split(' ')) {
        ctx.font = `${use > 'i' ? 'italic ' : ''}${use.at(-3)}00 ${+use.slice(-2) * scale}px ${family}`;
        ctx.measureText('a');
      }
    } catch {
      // Only a head start, as the formatters' (internal/define.ts).
    }
  });
}
