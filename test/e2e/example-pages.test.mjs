/**
 * The example pages hold their widgets' place (issue 15): the demo (`npm start`) and the three
 * embed examples follow the README's "No jump without pre-rendered HTML" (a reserving
 * `min-height`, in a style attribute or the page's stylesheet where its policy forbids those), so
 * that a partner copying one copies a page that does not move. Tested as the field loads them:
 * the CDN script 300 ms late and the feed 700 ms late, on a phone's window and a desktop's,
 * layout shift summed from the first paint (PerformanceObserver, buffered) until the widgets
 * have shown their feed. Without the reserves these pages measured 0.19–0.31. A fresh context
 * for each load: with one page navigated from load to load, some loads of the pages without
 * reserves measured no shift at all.
 * Lighthouse gates the same pages (`npm run lighthouse`), where script and feed come at once.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {setTimeout as sleep} from 'node:timers/promises';
import {lateVisit, useSite, widgetsReady} from './harness.mjs';

const site = useSite();
const PAGES = ['examples/index.html', 'examples/embed/module.html', 'examples/embed/classic.html', 'examples/embed/hostile.html'];
const WINDOWS = [[412, 823], [1280, 800]];
const LATE = {script: 300, feed: 700};
const PHOTO = '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" fill="#888"/></svg>';

async function layoutShift(path, size) {
  const {context, page, errors} = await lateVisit(site.b.browser, size, LATE);
  try {
    // The forum feed's speaker photos are on example.org: answered here with a small image, so
    // that the test never depends on the network (a failed DNS lookup is a console error).
    await context.route(/^https?:\/\/example\.org\//, (route) => route.fulfill({status: 200, contentType: 'image/svg+xml', body: PHOTO}));
    await page.goto(`${site.server.origin}/${path}`);
    // Every widget shows its feed, then a little longer (the programme fills at idle).
    await page.waitForFunction(widgetsReady, undefined, {timeout: 15_000, polling: 50});
    await sleep(500);
    return {shift: await page.evaluate(() => window.__shifts.reduce((sum, s) => sum + s.value, 0)), errors};
  } finally {
    await context.close();
  }
}

for (const path of PAGES) {
  test(`${path}: nothing moves when the script and the feed arrive late (phone and desktop windows)`, async () => {
    for (const size of WINDOWS) {
      const {shift, errors} = await layoutShift(path, size);
      assert.deepEqual(errors, [], `${path} at ${size.join('×')}: console errors`);
      assert.ok(shift <= 0.001, `${path} at ${size.join('×')}: layout shift ${shift.toFixed(4)}, expected 0`);
    }
  });
}
