/**
 * Entry of dist/cdn/uclg-widgets-loader.js: a partner's page loads this small file, and it
 * imports an element's module (dist/cdn/elements/<tag>.js, with the chunks it shares with the
 * others) only once that tag is in the page, now or later. A page with one countdown loads the
 * countdown; nothing of the card, the agenda or add to calendar.
 *
 * It imports nothing itself (no Lit): a page whose widgets are all pre-rendered and never
 * upgraded pays only for this file. It looks in the document, not inside other elements' shadow
 * roots: a framework that renders our tags in its own shadow DOM imports the npm package.
 */
const TAGS = ['uclg-session-card', 'uclg-countdown', 'uclg-guiding-questions', 'uclg-agenda', 'uclg-add-to-calendar'];

const pending = new Set(TAGS);

/** Imports the module of every pending tag found in `root` (the document, or a node just added). */
function scan(root: Document | Element): void {
  for (const tag of pending) {
    const defined = customElements.get(tag); // by another copy (the one-file bundle, npm)
    if (!defined && !(root instanceof Element && root.localName === tag) && !root.querySelector(tag)) continue;
    pending.delete(tag);
    if (defined) continue;
    import(new URL(`elements/${tag}.js`, import.meta.url).href).catch((e: unknown) =>
      console.error(`[@uclg/widgets] <${tag}> could not be loaded:`, e),
    );
  }
  if (!pending.size) observer.disconnect();
}

// Only what was added is looked at: a busy page's mutations cost a few checks each, not a search
// of the whole document per tag still pending.
const observer = new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
});
observer.observe(document, {childList: true, subtree: true});
scan(document);
