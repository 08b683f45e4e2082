/**
 * A returning visitor's loading box (base/remembered-height.ts, issue 15): a widget that showed
 * its feed from `src` once is, on the next visit, as high while it loads as it then was, in each
 * language, so that nothing moves when the feed arrives. bench/run.mjs figure 5 measures the
 * same as layout shift, with the script from the HTTP cache and the feed arriving late.
 */
import {expect, html, waitUntil} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import '../define.js';
import type {UclgElement} from '../base/element.js';
import type {Language} from '../core/types.js';
import {clearFeedCache} from '../feed/load.js';
import {testFeed} from '../test-support/fixtures.js';
import {$, mount, settled, unmountAll} from '../test-support/dom.js';
import {neverAnswered, withFetch} from '../test-support/fetch.js';
import {heightKey, rememberedHeight} from '../base/remembered-height.js';

const KEY = 'uclg-widgets:heights:v1';
const FEED = `data:application/json,${encodeURIComponent(JSON.stringify(testFeed()))}`;
// The suite runs in several pages at once (one per time zone) that share this origin's storage.
let n = 0;
const unique = () => `${++n}-${Math.random().toString(36).slice(2)}`;

/** The widget as a partner pastes it, at a width of 480 px; a feed URL no other test uses. */
function paste(element: 'session-card' | 'guiding-questions' | 'agenda' | 'countdown', lang: Language, src: string, extra: Partial<Record<'session' | 'compact', string>> = {}) {
  const session = extra.session ?? (element === 'agenda' ? undefined : 'digital');
  const templates: Record<typeof element, TemplateResult> = {
    'session-card': html`<uclg-session-card src=${src} lang=${lang} session=${session!} ?compact=${extra.compact !== undefined}></uclg-session-card>`,
    'guiding-questions': html`<uclg-guiding-questions src=${src} lang=${lang} session=${session!}></uclg-guiding-questions>`,
    agenda: html`<uclg-agenda src=${src} lang=${lang}></uclg-agenda>`,
    countdown: html`<uclg-countdown src=${src} lang=${lang} session=${session!} now="2021-05-01T00:00:00Z"></uclg-countdown>`,
  };
  const box = mount(html`<div style="width: 480px">${templates[element]}</div>`);
  return box.firstElementChild!.firstElementChild as UclgElement;
}

const task = () => new Promise((resolve) => setTimeout(resolve));
// What this origin's storage holds. Asserted on only for keys no other page writes: the suite's
// pages (one per time zone, and other files) write at once and keep the 30 most recent, so this
// page's own copy (rememberedHeight) is what the tests wait on.
const saved = (): Record<string, number> => JSON.parse(localStorage.getItem(KEY) ?? '{}');
const height = (el: Element) => el.getBoundingClientRect().height;

describe('a returning visitor\'s loading box', () => {
  beforeEach(clearFeedCache);
  afterEach(unmountAll);

  for (const element of ['session-card', 'guiding-questions', 'agenda'] as const) {
    for (const lang of ['en', 'fr', 'es'] as const) {
      it(`<uclg-${element}> in ${lang}: as high while loading as it was once its feed showed`, async () => {
        // A URL of its own (the fragment is not part of the request), so that no other test
        // has shown it: the first visit's loading box (one line; a card's reaches the view's bottom).
        const src = `${FEED}#${element}-${lang}-${unique()}`;
        let first!: number;
        await withFetch(neverAnswered, async () => {
          const el = paste(element, lang, src);
          await el.updateComplete;
          expect($(el, '.state[role="status"]'), 'loading').to.exist;
          first = height(el);
          unmountAll();
        });
        // One request per feed URL per page: the one never answered is forgotten, as by a new visit.
        clearFeedCache();
        const el = paste(element, lang, src);
        await new Promise((resolve) => el.addEventListener('uclg-feed-load', resolve, {once: true}));
        await settled(el);
        expect($(el, '.state'), 'the feed shows').to.be.null;
        const shown = height(el);
        expect(shown, 'the widget is taller than its loading box').to.be.greaterThan(first + 20);
        await waitUntil(() => rememberedHeight(heightKey(el)) !== undefined, 'its height is remembered', {timeout: 5_000});
        unmountAll();

        // The next visit: the same snippet, the feed not there yet.
        clearFeedCache();
        await withFetch(neverAnswered, async () => {
          const again = paste(element, lang, src);
          // Set in the same task as the first render (a microtask after it), so before any paint.
          await again.updateComplete;
          await task();
          expect($(again, '.state[role="status"]'), 'loading').to.exist;
          expect(height(again)).to.be.closeTo(shown, 0.5);
          // A page that reserves more for loading boxes still gets that; less, the remembered height.
          again.style.setProperty('--uclg-state-min-height', `${Math.round(shown) + 100}px`);
          expect(height(again)).to.be.closeTo(Math.round(shown) + 100, 0.5);
          again.style.setProperty('--uclg-state-min-height', '10px');
          expect(height(again)).to.be.closeTo(shown, 0.5);
          // Not another configuration of it: a card of another session, a compact card.
          if (element === 'session-card') {
            const other = paste(element, lang, src, {session: 'health'});
            const compact = paste(element, lang, src, {compact: ''});
            await Promise.all([other.updateComplete, compact.updateComplete]);
            await task();
            expect(height(other)).to.be.closeTo(first, 0.5);
            expect(height(compact)).to.be.lessThan(shown - 20);
          }
        });
      });
    }
  }

  for (const lang of ['en', 'fr', 'es'] as const) {
    it(`cards an app creates with properties (src, session) each take their own height (${lang})`, async () => {
      // As an app writes it (card.src = …; card.session = …), or React 18's wrappers set them: no
      // attribute says which feed and session. Until 2026-12-03 every such card had one key.
      const src = `${FEED}#properties-${lang}-${unique()}`;
      const create = (session: string) => {
        const box = mount(html`<div style="width: 480px"></div>`);
        const el = document.createElement('uclg-session-card') as UclgElement & {src?: string; session?: string};
        el.setAttribute('lang', lang);
        Object.assign(el, {src, session});
        box.firstElementChild!.append(el);
        return el;
      };
      const cards = ['digital', 'health'].map(create);
      await Promise.all(cards.map((el) => new Promise((resolve) => el.addEventListener('uclg-feed-load', resolve, {once: true}))));
      for (const el of cards) await settled(el);
      const shown = cards.map(height);
      expect(Math.abs(shown[0] - shown[1]), 'the two sessions are not as high').to.be.greaterThan(20);
      await waitUntil(() => cards.every((el) => rememberedHeight(heightKey(el)) !== undefined), 'every height is remembered', {timeout: 5_000});
      unmountAll();
      // The next visit, the feed not there yet: each card as high as it was.
      clearFeedCache();
      await withFetch(neverAnswered, async () => {
        const again = ['digital', 'health'].map(create);
        for (const el of again) await el.updateComplete;
        await task();
        for (const el of again) expect($(el, '.state[role="status"]'), 'loading').to.exist;
        expect(again.map(height)[0]).to.be.closeTo(shown[0], 0.5);
        expect(again.map(height)[1]).to.be.closeTo(shown[1], 0.5);
      });
    });
  }

  it('remembers nothing for a feed given as a property', async () => {
    const mounted = mount(html`<uclg-session-card session="digital" .feed=${testFeed()}></uclg-session-card>`);
    await settled(mounted.firstElementChild as UclgElement);
    await new Promise((r) => setTimeout(r, 50));
    // Every other widget of these tests has a src (other pages of the suite share this storage).
    expect(Object.keys(saved()).filter((k) => !k.includes(' src='))).to.deep.equal([]);
  });

  it('gives an error box its own height, not the remembered one', async () => {
    const src = `${FEED}#failing-${unique()}`;
    const shown = paste('session-card', 'en', src);
    await new Promise((resolve) => shown.addEventListener('uclg-feed-load', resolve, {once: true}));
    await waitUntil(() => rememberedHeight(heightKey(shown)) !== undefined, 'its height is remembered', {timeout: 5_000});
    unmountAll();
    clearFeedCache();
    await withFetch(() => new Promise((resolve) => setTimeout(() => resolve(new Response('not json', {status: 200})), 100)), async () => {
      const el = paste('session-card', 'en', src);
      await el.updateComplete;
      await task();
      const box = $(el, '.state')!;
      expect(parseFloat(box.style.getPropertyValue('--_h')), 'loading: the remembered height').to.be.greaterThan(200);
      await waitUntil(() => $(el, '[role="alert"]'), 'the error shows');
      await task();
      expect(box.style.getPropertyValue('--_h')).to.equal('');
      expect(box.getBoundingClientRect().height).to.be.lessThan(200);
    });
  });

  it('measures the widgets of a page together: one read and one write of the storage', async () => {
    const {getItem, setItem} = Storage.prototype;
    const calls: string[] = [];
    const counted = (name: string, real: (this: Storage, ...args: string[]) => unknown) =>
      function (this: Storage, ...args: string[]) {
        if (args[0] === KEY) calls.push(name);
        return real.apply(this, args);
      };
    const lang = (['en', 'fr', 'es'] as const)[n % 3];
    // One feed URL (one request), four configurations: their updates come in the same task.
    const src = `${FEED}#together-${unique()}`;
    const cards = [{}, {compact: ''}, {session: 'health'}, {session: 'health', compact: ''}].map((extra) => paste('session-card', lang, src, extra));
    // The page's copy is read by the first loading box of the page, before these.
    rememberedHeight('');
    Storage.prototype.getItem = counted('read', getItem) as typeof getItem;
    Storage.prototype.setItem = counted('write', setItem) as typeof setItem;
    try {
      await Promise.all(cards.map((el) => new Promise((resolve) => el.addEventListener('uclg-feed-load', resolve, {once: true}))));
      await waitUntil(() => cards.every((el) => rememberedHeight(heightKey(el)) !== undefined), 'every height is remembered', {timeout: 5_000});
    } finally {
      Object.assign(Storage.prototype, {getItem, setItem});
    }
    for (const el of cards) expect(rememberedHeight(heightKey(el))).to.be.closeTo(height(el), 0.5);
    expect(calls).to.deep.equal(['read', 'write']);
  });

  it('keeps working where storage is forbidden', async () => {
    const src = `${FEED}#forbidden-${unique()}`;
    const {getItem, setItem} = Storage.prototype;
    // Forbidden for this library's keys only: the test runner keeps its own storage.
    const forbidden = (real: (this: Storage, ...args: string[]) => unknown) =>
      function (this: Storage, ...args: string[]) {
        if (args[0].startsWith('uclg-widgets:')) throw new DOMException('denied', 'SecurityError');
        return real.apply(this, args);
      };
    Storage.prototype.getItem = forbidden(getItem) as typeof getItem;
    Storage.prototype.setItem = forbidden(setItem) as typeof setItem;
    try {
      const el = paste('guiding-questions', 'fr', src);
      await new Promise((resolve) => el.addEventListener('uclg-feed-load', resolve, {once: true}));
      await settled(el);
      expect($(el, 'ol'), 'the questions show').to.exist;
      // Its height measured and not kept, without an error.
      await new Promise((r) => setTimeout(r, 20));
    } finally {
      Object.assign(Storage.prototype, {getItem, setItem});
    }
  });
});

describe('a first visit\'s loading box', () => {
  beforeEach(clearFeedCache);
  afterEach(unmountAll);

  for (const lang of ['en', 'fr', 'es'] as const) {
    it(`a card's reaches the view's bottom when it starts in the view; below the view, and for the other widgets, one line (${lang})`, async () => {
      const src = `${FEED}#first-visit-${lang}-${unique()}`;
      await withFetch(neverAnswered, async () => {
        // A card is usually taller than the view: its box reaches the bottom, so that the feed's
        // arrival moves only what is below the view (base/remembered-height.ts, firstVisitHeight).
        const card = paste('session-card', lang, src);
        await card.updateComplete;
        await task();
        expect($(card, '.state[role="status"]'), 'loading').to.exist;
        expect(card.getBoundingClientRect().top).to.be.lessThan(innerHeight / 2);
        expect(card.getBoundingClientRect().bottom).to.be.closeTo(innerHeight, 1);
        unmountAll();
        // Starting below the view: what follows it is out of view already.
        mount(html`<div style="height: ${innerHeight + 50}px"></div>`);
        const low = paste('session-card', lang, `${src}-low`);
        await low.updateComplete;
        await task();
        expect($(low, '.state[role="status"]'), 'loading').to.exist;
        expect(height(low)).to.be.within(20, 200);
        unmountAll();
        // Not laid out (a hidden tab): no position, so no reach; one line once shown.
        const tab = mount(html`<div hidden></div>`);
        const hidden = paste('session-card', lang, `${src}-hidden`);
        tab.firstElementChild!.append(hidden.parentElement!);
        await hidden.updateComplete;
        await task();
        expect($(hidden, '.state')!.style.getPropertyValue('--_h'), 'hidden: no reach').to.equal('');
        unmountAll();
        // The questions and the programme are often shorter than the view: one line.
        for (const element of ['guiding-questions', 'agenda'] as const) {
          const el = paste(element, lang, `${src}-${element}`);
          await el.updateComplete;
          await task();
          expect($(el, '.state[role="status"]'), `${element} loading`).to.exist;
          expect(height(el), element).to.be.within(20, 200);
        }
      });
    });
  }
});
