import {expect, html, oneEvent, waitUntil} from '@open-wc/testing';
import '../define.js';
import type {UclgFeedElement} from './feed-element.js';
import {clearFeedCache, loadFeed} from '../feed/load.js';
import {mount, textOf, unmountAll} from '../test-support/dom.js';

/**
 * A feed fetched from `src` is shown by each of its widgets in a task of its own (feed-engine.ts):
 * on a slow phone, one long task for all of them was most of the page's blocking time.
 * Task boundaries are read with microtasks: one queued in a widget's turn has run by the next
 * widget's turn only if that turn is in a later task (in the same task, the next turn was
 * queued first).
 */
describe('a fetched feed shown by its widgets, one task each', () => {
  afterEach(() => {
    unmountAll();
    clearFeedCache();
  });

  it('in English, French and Spanish, not in the task that parsed it, in the order they asked, each in a later task, each showing the feed when its load event fires', async () => {
    const src = `/examples/feed.json?share=${Math.random().toString(36).slice(2)}`;
    let lastTurnOver = true;
    // The page's one request and parse for `src`, which the widgets share (load.ts): this reaction
    // to it runs first in the task that parsed the feed, as every widget's did before.
    void loadFeed(src).then(() => {
      lastTurnOver = false;
      queueMicrotask(() => (lastTurnOver = true));
    });
    const wrap = mount(html`
      <uclg-session-card lang="en" src=${src} session="inclusive-digitalization" now="2021-05-17T12:00:00Z"></uclg-session-card>
      <uclg-guiding-questions lang="fr" src=${src} session="inclusive-digitalization"></uclg-guiding-questions>
      <uclg-countdown lang="es" src=${src} session="inclusive-digitalization" now="2021-05-17T12:00:00Z"></uclg-countdown>
    `);
    const widgets = [...wrap.children] as UclgFeedElement[];
    const turns: string[] = [];
    const shown = new Map<Element, string>();
    for (const el of widgets) {
      el.addEventListener('uclg-feed-load', async () => {
        turns.push(`${el.localName} ${lastTurnOver ? 'in a later task' : 'in the same task'}`);
        lastTurnOver = false;
        queueMicrotask(() => (lastTurnOver = true));
        // When its load event fires, the widget's next update shows the feed.
        await el.updateComplete;
        shown.set(el, textOf(el));
      });
    }
    await Promise.all(widgets.map((el) => oneEvent(el, 'uclg-feed-load')));
    await waitUntil(() => shown.size === 3);
    expect(turns).to.deep.equal(['uclg-session-card in a later task', 'uclg-guiding-questions in a later task', 'uclg-countdown in a later task']);
    const [card, questions, countdown] = widgets;
    expect(shown.get(card)).to.include('Inclusive Digitalization: Present and Future of Service Provision');
    expect(shown.get(questions)).to.include('Questions directrices');
    expect(shown.get(countdown)).to.include('Empieza en');
  });
});
