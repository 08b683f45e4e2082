/**
 * Pre-rendered snippets (`uclg-widgets render`, issue 15) in a page set in another type, in each
 * browser of the suite: the snippet takes the same place in an element the script has upgraded
 * as in one it has not (the custom state `prerendered`), and when the feed arrives, a widget whose
 * own rendering is shorter keeps that place until the visitor presses a pointer or a key in it.
 * test/e2e/prerender-layout.test.mjs checks the same with the script arriving late in Chromium.
 */
import {expect, html, waitUntil} from '@open-wc/testing';
import '../define.js';
import type {LitElement} from 'lit';
import type {Language} from '../core/types.js';
import {clearFeedCache} from '../feed/load.js';
import {parseFeed} from '../feed/parse.js';
import {prerender, type PrerenderElement} from '../seo/prerender.js';
import {testFeed} from '../test-support/fixtures.js';
import {mount, unmountAll} from '../test-support/dom.js';
import {withFetch} from '../test-support/fetch.js';

const SRC = 'https://feeds.example.org/prerendered.json';
const hasState = CSS.supports('selector(:state(x))');

/** The snippet between two paragraphs in a page of 18 px serif; `tag` renames the element (an undefined one stands for "before the script"). */
function place(element: PrerenderElement, lang: Language, tag = `uclg-${element}`): {el: HTMLElement; space: () => number} {
  const feed = parseFeed(testFeed()).feed!;
  const snippet = prerender(feed, {element, lang, src: SRC, session: element === 'agenda' ? undefined : 'digital'}).replaceAll(`uclg-${element}`, tag);
  const page = mount(html`<div style="font: 18px/1.7 Georgia, serif; width: 560px"><p style="margin: 0 0 1.2em">Before.</p><p style="margin: 0">After.</p></div>`);
  const template = document.createElement('template');
  template.innerHTML = snippet;
  const [before, after] = page.querySelectorAll('p');
  before.after(template.content);
  return {el: before.nextElementSibling as HTMLElement, space: () => after.getBoundingClientRect().top - before.getBoundingClientRect().bottom};
}

// Not an animation frame: a test page in the background gets none. Layout is read synchronously anyway.
const frame = () => new Promise((r) => setTimeout(r));

describe('pre-rendered snippets', () => {
  beforeEach(clearFeedCache);
  afterEach(() => {
    unmountAll();
    clearFeedCache();
  });

  for (const lang of ['en', 'fr', 'es'] as const) {
    for (const element of ['guiding-questions', 'countdown', 'agenda', 'session-card'] as const) {
      it(`${element} (${lang}): takes the same place upgraded as not, in the page's type; then keeps it when its own rendering is shorter`, async () => {
        const plain = place(element, lang, `uclg-plain-${element}`);
        const unupgraded = {space: plain.space(), font: getComputedStyle(plain.el.querySelector('[slot="prerendered"] p')!).fontFamily};
        unmountAll();

        // The feed is held back until answered; a request the widget gives up on is let go.
        const answers: (() => void)[] = [];
        const held = (_real: typeof fetch, _input: RequestInfo | URL, init?: RequestInit) =>
          new Promise<Response>((resolve, reject) => {
            answers.push(() => resolve(new Response(JSON.stringify(testFeed()), {headers: {'content-type': 'application/json'}})));
            init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
          });
        await withFetch(held, async () => {
          const {el, space} = place(element, lang);
          await (el as LitElement).updateComplete;
          await frame();
          expect(space(), 'space, upgraded, feed not yet there').to.be.closeTo(unupgraded.space, 0.5);
          expect(getComputedStyle(el.querySelector('[slot="prerendered"] p')!).fontFamily).to.equal(unupgraded.font);
          if (hasState) expect(el.matches(':state(prerendered)')).to.equal(true);

          await waitUntil(() => answers.length, 'the widget asks for its feed', {timeout: 5000});
          answers.forEach((answer) => answer());
          await waitUntil(() => !el.shadowRoot!.querySelector('slot[name="prerendered"]'), 'its own rendering replaces the snippet', {timeout: 5000});
          await (el as LitElement).updateComplete;
          await frame();
          expect(el.shadowRoot!.querySelector('slot[name="prerendered"]'), 'its own rendering').to.equal(null);
          if (hasState) expect(el.matches(':state(prerendered)')).to.equal(false);
          const own = space();
          // Never shorter than the snippet while the visitor has not acted (the card may grow).
          if (element === 'session-card') expect(own).to.be.at.least(unupgraded.space - 0.5);
          else expect(own, 'space once the feed is there').to.be.closeTo(unupgraded.space, 0.5);

          const wasHeld = el.style.getPropertyValue('--_held');
          el.dispatchEvent(new KeyboardEvent('keydown', {bubbles: true, composed: true, key: 'Tab'}));
          await frame();
          expect(el.style.getPropertyValue('--_held')).to.equal('');
          if (wasHeld) expect(space(), 'its own height once the visitor acted').to.be.below(own - 0.5);
          else expect(space()).to.be.closeTo(own, 0.5);
        });
      });
    }
  }
});
