import {expect, waitUntil} from '@open-wc/testing';
import '../define.js';
import type {UclgCountdown} from './countdown/countdown.js';
import type {UclgFeedElement as FeedElement} from '../base/feed-element.js';
import {NO_DATA_AFTER} from '../base/feed-controller.js';
import {pageClock} from '../time/clock.js';
import {testFeed} from '../test-support/fixtures.js';
import {FakeClock} from '../test-support/fake-clock.js';
import {consoleDuring} from '../test-support/console.js';
import {$, settled, textOf} from '../test-support/dom.js';

/**
 * A widget that has not been given a feed yet: an app still fetching it (`feed` unset, or `null`
 * as React's useState(null) and Vue's ref(null) hold it), or server-rendered HTML that a framework
 * has not hydrated yet (React 18's wrappers set `src` and `session` as properties then). Until
 * 2026-12-03 such a widget said at once "No programme was given to this widget." as an alert,
 * which screen readers spoke, and `feed = null` was "The programme could not be read." with an
 * error in the console. Now: the loading box until a feed comes, and the message only when none
 * has come after NO_DATA_AFTER.
 */
const BEFORE = '2021-05-01T00:00:00Z';
const LOADING = {en: 'Loading…', fr: 'Chargement…', es: 'Cargando…'};
const NONE = {en: 'No programme was given to this widget.', fr: 'Aucun programme n’a été fourni à ce widget.', es: 'No se ha proporcionado ningún programa a este widget.'};
const TAGS = ['uclg-session-card', 'uclg-agenda', 'uclg-guiding-questions', 'uclg-countdown'] as const;

const TITLE = {en: 'Inclusive Digitalization', fr: 'Numérisation inclusive', es: 'Digitalización inclusiva'};
// From 2021-05-01 00:00 to the session's start, 19 May 10:00 UTC: 18.4 days, counted up.
const STARTS_IN = {en: /19 days/, fr: /19 jours/, es: /19 días/};
type Lang = keyof typeof LOADING;
// The test feed's own problem (a javascript: link, dropped), reported once per feed given.
const notTheFeeds = (line: string): boolean => !line.includes('javascript:alert(1)');

function widget(tag: string, lang: Lang, feed?: null): FeedElement {
  const el = document.createElement(tag) as FeedElement;
  el.setAttribute('lang', lang);
  el.setAttribute('now', BEFORE);
  if (tag !== 'uclg-agenda') el.setAttribute('session', 'digital');
  if (feed === null) el.feed = null;
  document.body.append(el);
  return el;
}

const loading = (el: Element, lang: Lang): boolean => {
  const box = $(el, '.state.loading');
  return !!box && box.getAttribute('role') === 'status' && box.getAttribute('aria-busy') === 'true' && textOf(box) === LOADING[lang];
};

describe('a widget not given a feed yet', () => {
  let clock: FakeClock;
  beforeEach(() => {
    clock = new FakeClock(Date.now()).install();
  });
  afterEach(() => {
    pageClock.use();
    for (const el of document.querySelectorAll(TAGS.join())) el.remove();
  });

  for (const lang of ['en', 'fr', 'es'] as const) {
    it(`feed = null shows the loading box, says nothing in the console, and renders the feed when it comes (${lang})`, async () => {
      let els: FeedElement[] = [];
      const said = [
        ...(await consoleDuring('error', async () => {
          const warned = await consoleDuring('warn', async () => {
            els = TAGS.map((tag) => widget(tag, lang, null));
            for (const el of els) await settled(el);
            for (const el of els) expect(loading(el, lang), `${el.localName}: ${textOf(el)}`).to.be.true;
            await clock.advance(NO_DATA_AFTER - 1);
            for (const el of els) expect(loading(el, lang), `${el.localName} after ${NO_DATA_AFTER - 1} ms`).to.be.true;
            await expect(els[0]).to.be.accessible();
            for (const el of els) el.feed = testFeed();
            for (const el of els) await settled(el);
          }, notTheFeeds);
          expect(warned).to.deep.equal([]);
        }, notTheFeeds)),
      ];
      expect(said).to.deep.equal([]);
      for (const el of els) expect($(el, '.state'), `${el.localName}: ${textOf(el)}`).to.equal(null);
      expect(textOf(els[0])).to.contain(TITLE[lang]);
      expect(textOf(els[1])).to.contain(TITLE[lang]);
      expect($(els[2], 'ol')).to.not.equal(null);
      expect(textOf(els[3])).to.match(STARTS_IN[lang]);
    });

    it(`given nothing, says "No programme was given" after ${NO_DATA_AFTER} ms, not before (${lang})`, async () => {
      const els = TAGS.map((tag) => widget(tag, lang));
      for (const el of els) await settled(el);
      for (const el of els) expect(loading(el, lang), `${el.localName}: ${textOf(el)}`).to.be.true;
      await clock.advance(NO_DATA_AFTER - 1);
      for (const el of els) expect(loading(el, lang), `${el.localName} after ${NO_DATA_AFTER - 1} ms`).to.be.true;
      await clock.advance(1);
      for (const el of els) await settled(el);
      for (const el of els) {
        const box = $(el, '.state.error');
        expect(box?.getAttribute('role'), el.localName).to.equal('alert');
        expect(textOf(box!), el.localName).to.equal(NONE[lang]);
      }
      // Given one after all: shown.
      els[0].feed = testFeed();
      await settled(els[0]);
      expect(textOf(els[0])).to.contain(TITLE[lang]);
    });
  }

  it('a src or start given during the wait: the message never shows', async () => {
    const card = widget('uclg-session-card', 'fr');
    const countdown = widget('uclg-countdown', 'es') as UclgCountdown;
    await settled(card);
    await clock.advance(NO_DATA_AFTER / 2);
    // An attribute: remembered-height.test.ts expects every height this suite's pages remember
    // (they share one storage) to be keyed by a src attribute.
    card.setAttribute('src', `data:application/json,${encodeURIComponent(JSON.stringify(testFeed()))}`);
    countdown.start = '2021-05-19T10:00:00Z';
    countdown.end = '2021-05-19T11:30:00Z';
    await waitUntil(() => !$(card, '.state'), 'the card did not render its feed', {timeout: 4000});
    await settled(countdown);
    await clock.advance(NO_DATA_AFTER);
    await settled(card);
    await settled(countdown);
    expect($(card, '.state'), textOf(card)).to.equal(null);
    expect($(countdown, '.state'), textOf(countdown)).to.equal(null);
    expect(textOf(card)).to.contain('Numérisation inclusive');
    expect(textOf(countdown)).to.contain('días');
  });

  it('a feed taken away again waits afresh: the first wait does not end the second early', async () => {
    const el = widget('uclg-agenda', 'en', null);
    await settled(el);
    await clock.advance(NO_DATA_AFTER - 1000);
    el.feed = testFeed();
    await settled(el);
    expect($(el, '.state')).to.equal(null);
    el.feed = null;
    await settled(el);
    await clock.advance(2000);
    await settled(el);
    expect(loading(el, 'en'), textOf(el)).to.be.true;
    await clock.advance(NO_DATA_AFTER - 2000);
    await settled(el);
    expect(textOf($(el, '.state.error')!)).to.equal(NONE.en);
  });
});

describe('a feed given as a property', () => {
  afterEach(() => {
    for (const el of document.querySelectorAll('uclg-agenda')) el.remove();
  });

  it('is read once per object: a new object is read again, sessions pushed into the old one are not (README)', async () => {
    const feed = testFeed() as {sessions: Record<string, unknown>[]};
    const el = widget('uclg-agenda', 'en', null);
    el.feed = feed;
    await settled(el);
    const items = () => el.shadowRoot!.querySelectorAll('li.item').length;
    const before = items();
    expect(before).to.be.greaterThan(0);
    feed.sessions.push({...feed.sessions[0], id: 'pushed'});
    el.feed = feed;
    el.requestUpdate();
    await settled(el);
    expect(items()).to.equal(before);
    el.feed = {...feed, sessions: [...feed.sessions]};
    await settled(el);
    expect(items()).to.equal(before + 1);
  });
});
