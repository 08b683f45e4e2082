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

function scan(): void {
  for (const tag of pending) {
    if (!customElements.get(tag) && !document.querySelector(tag)) continue;
    pending.delete(tag);
    if (customElements.get(tag)) continue; // another copy (the one-file bundle, npm) has it
    import(new URL(`elements/${tag}.js`, import.meta.url).href).catch((e: unknown) =>
      console.error(`[@uclg/widgets] <${tag}> could not be loaded:`, e),
    );
  }
  if (!pending.size) observer.disconnect();
}

const observer = new MutationObserver(scan);
observer.observe(document, {childList: true, subtree: true});
scan();
