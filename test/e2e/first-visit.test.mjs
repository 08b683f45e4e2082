/**
 * A first visit with only `src` (issue 15, item 2): the card's loading box reaches down to the
 * bottom of the view when it starts in the view (base/remembered-height.ts, firstVisitHeight), so
 * that the feed's arrival moves nothing in view. Loaded as the field loads it: bench figure 5's
 * partner page (a heading, the card, a paragraph), the CDN script 300 ms late and the feed 700 ms
 * late, in a fresh context (no remembered height), on a phone's window and a desktop's. With
 * `blocking="render"` on the script, the box is in the first paint and nothing moves at all;
 * without it, what follows the card moves once, when the script runs (it was twice: the
 * one-line box, then the card).
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {setTimeout as sleep} from 'node:timers/promises';
import {lateVisit, PKG, useSite, widgetsReady} from './harness.mjs';

const site = useSite();
const WINDOWS = [[412, 823], [1280, 720]];
const LATE = {script: 300, feed: 700};

const partnerPage = (blocking) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>A partner's page</title>
<script type="module" ${blocking ? 'blocking="render" ' : ''}src="/dist/cdn/uclg-widgets.js"></script></head>
<body><header><h1>A partner's page</h1><p>Some text above the widget, as on any partner's site.</p></header>
<main><uclg-session-card src="/examples/feed.json" session="inclusive-digitalization"></uclg-session-card>
<p id="below">${'Partners embed the widget in pages that already carry a lot. '.repeat(12)}</p></main></body></html>`;

async function firstVisit(blocking, size) {
  const {context, page, errors} = await lateVisit(site.b.browser, size, LATE, {'/partner.html': partnerPage(blocking)});
  try {
    await page.goto(`${site.server.origin}/partner.html`);
    // While the feed is on its way: the loading box, and where it ends.
    await page.waitForFunction(() => document.querySelector('uclg-session-card')?.shadowRoot?.querySelector('.state[aria-busy="true"]'), undefined, {timeout: 10_000, polling: 20});
    const loading = await page.evaluate(() => ({bottom: document.querySelector('uclg-session-card').getBoundingClientRect().bottom, view: innerHeight, shifts: window.__shifts.length}));
    await page.waitForFunction(widgetsReady, undefined, {timeout: 15_000, polling: 50});
    await sleep(500);
    const card = await page.evaluate(() => document.querySelector('uclg-session-card').getBoundingClientRect().height);
    return {loading, card, shifts: await page.evaluate(() => window.__shifts), errors};
  } finally {
    await context.close();
  }
}

for (const blocking of [true, false]) {
  test(`a first visit with only src, script ${blocking ? 'blocking render' : 'as usual'}: the loading box reaches the view's bottom and the feed moves nothing in view (phone and desktop windows; ${PKG.name} CDN file)`, async () => {
    for (const size of WINDOWS) {
      const where = `${size.join('×')}`;
      const {loading, card, shifts, errors} = await firstVisit(blocking, size);
      assert.deepEqual(errors, [], `${where}: console errors`);
      assert.ok(Math.abs(loading.bottom - loading.view) < 1, `${where}: the loading box ends at ${loading.bottom.toFixed(1)} px, the view at ${loading.view} px`);
      assert.ok(card > loading.view, `${where}: the card (${card} px) is taller than the view, as the example's are`);
      const total = shifts.reduce((sum, s) => sum + s.value, 0);
      if (blocking) assert.ok(total <= 0.001, `${where}: layout shift ${total.toFixed(4)}, expected 0`);
      // The one shift is the script's (the box appearing); none when the feed arrived.
      else assert.equal(shifts.length, 1, `${where}: ${shifts.length} layout shifts (${shifts.map((s) => `${s.value.toFixed(4)} at ${Math.round(s.at)} ms`).join(', ')}), expected the script's alone`);
    }
  });
}
