/**
 * Clock faults as the field has them, in Chromium with the page's own clock faked (Playwright's
 * clock: Date, timers and performance): a feed whose `Date` is ten minutes old or ahead, with and
 * without `Age`; a feed the browser may keep for ten minutes, loaded twice; a device clock an
 * hour ahead or behind with a correct server; and an app's own test that fakes the clock.
 *
 * In every case the countdown is within 2 s of the true time left, ticks once a second, changes
 * status at the true instant with one `uclg-status-change`, and the main thread is idle between
 * ticks. "True" is this Node process's clock; the server's `Date` is written by each test.
 */
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {setTimeout as sleep} from 'node:timers/promises';
import {useSite} from './harness.mjs';

const site = useSite();
const SECOND = 1000, MINUTE = 60_000, HOUR = 3_600_000;

const feed = (start, end) => ({
  version: 1,
  event: {id: 'clock-test', name: {en: 'Clock test'}, defaultLanguage: 'en'},
  sessions: [{id: 's', kind: {en: 'Test'}, title: {en: 'A session about to start'}, body: [], guidingQuestions: [],
    start: new Date(start).toISOString(), end: new Date(end).toISOString(), timeZone: 'UTC'}],
});

const page = (attrs = '', feedPath = '/clock/feed.json') => `<!doctype html><html lang="en"${attrs}><title>Clock</title>
<script type="module" src="/dist/cdn/uclg-widgets.js"></script>
<uclg-countdown src="${feedPath}" session="s"></uclg-countdown>`;

/** Seconds in a label such as "Starts in 1 minute, 5 seconds". */
function secondsIn(label) {
  const n = (unit) => Number(new RegExp(`(\\d+) ${unit}`).exec(label)?.[1] ?? 0);
  return n('hour') * 3600 + n('minute') * 60 + n('second');
}

/**
 * Opens the countdown page in a fresh context whose clock reads `device` ms off the true time
 * (undefined: not faked), with the feed's session starting `lead` ms from now, answered with the
 * given headers. Returns what it saw.
 */
async function run({key, device, headers = {}, lead = 6 * SECOND, length = 3 * SECOND, context: reuse}) {
  const context = reuse ?? (await site.b.browser.newContext({locale: 'en-GB', timezoneId: 'UTC'}));
  if (device !== undefined && !reuse) await context.clock.install({time: Date.now() + device});
  const p = await context.newPage();
  const changes = [];
  await p.exposeFunction('__statusChange', (detail) => changes.push({...detail, at: Date.now()}));
  await p.addInitScript(() => document.addEventListener('uclg-status-change', (e) => window.__statusChange(e.detail)));
  // The session starts `lead` ms after the feed is asked for (not after the page is: on a busy
  // machine a page's load took longer than the lead once several ran side by side).
  let start, end;
  site.server.routes.set(`/clock/${key}/html`, {body: page('', `/clock/${key}/feed.json`), type: 'text/html; charset=utf-8'});
  site.server.routes.set(`/clock/${key}/feed.json`, {
    get body() {
      start = Date.now() + lead;
      end = start + length;
      return JSON.stringify(feed(start, end));
    },
    type: 'application/json',
    headers,
  });
  await p.goto(`${site.server.origin}/clock/${key}/html`);
  const label = () => p.evaluate(() => document.querySelector('uclg-countdown')?.shadowRoot?.querySelector('[role="timer"]')?.getAttribute('aria-label') ?? '');
  await p.waitForFunction(() => document.querySelector('uclg-countdown')?.shadowRoot?.querySelector('[role="timer"], .headline'), undefined, {timeout: 5000});

  // Left on the countdown against left in truth, and one change a second for three seconds.
  const samples = [];
  const cdp = await context.newCDPSession(p);
  await cdp.send('Performance.enable');
  const busy = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  const busyBefore = await busy();
  const from = Date.now();
  for (let i = 0; i < 12; i++) {
    const before = (start - Date.now()) / SECOND;
    const text = await label();
    samples.push({shown: secondsIn(text), before, after: (start - Date.now()) / SECOND, text});
    await sleep(250);
  }
  const busyShare = (await busy() - busyBefore) / ((Date.now() - from) / SECOND);
  await sleep(Math.max(0, end - Date.now() + 800));
  const after = await p.evaluate(() => document.querySelector('uclg-countdown').shadowRoot.textContent.replace(/\s+/g, ' ').trim());
  if (!reuse) await context.close();
  else await p.close();
  return {samples, busyShare, changes, start, end, after};
}

/**
 * How far a label is from the truth, in seconds. The label counts whole seconds rounded up, so
 * "5 seconds" is right for anything in (4, 5] s left; the truth is bracketed by the clock read
 * before and after the label (it falls while the label is read). Zero when the two overlap.
 */
function off({shown, before, after}) {
  return Math.max(0, after - shown, shown - 1 - before);
}

function assertTrue(result, what) {
  const {samples, busyShare, changes, start, end, after} = result;
  const show = samples.map((s) => `${s.text} (truth ${s.before.toFixed(2)}–${s.after.toFixed(2)} s, off ${off(s).toFixed(2)} s)`).join('\n  ');
  for (const s of samples) assert.ok(off(s) <= 2, `${what}: within 2 s of the truth\n  ${show}`);
  const distinct = new Set(samples.map((s) => s.text)).size;
  assert.ok(distinct >= 2 && distinct <= 5, `${what}: ticks once a second (${distinct} labels in 3 s)\n  ${show}`);
  assert.ok(busyShare < 0.25, `${what}: the main thread is idle between ticks (busy ${(busyShare * 100).toFixed(0)} % of the time)`);
  assert.deepEqual(changes.map((c) => `${c.oldStatus}→${c.newStatus}`), ['upcoming→live', 'live→ended'], `${what}: one change at the start, one at the end`);
  assert.ok(Math.abs(changes[0].at - start) < 900, `${what}: live at the true start (${changes[0].at - start} ms off)`);
  assert.ok(Math.abs(changes[1].at - end) < 900, `${what}: ended at the true end (${changes[1].at - end} ms off)`);
  assert.match(after, /Ended/, `${what}: says it ended`);
}

const dateHeader = (offset) => new Date(Date.now() + offset).toUTCString();
// A right server: no `date` given, so Node writes its own when it answers (one written here when
// the route is set would be as old as the page load by the time the feed is asked for).
const RIGHT = {};

// Each of these watches a countdown in real time for about ten seconds, mostly idle: they run
// side by side, four at a time (a page and feed URL each): this file took 95 s, now about 40.
describe('a countdown in real time', {concurrency: 4}, () => {
  for (const [i, [name, offset, age]] of [
    ['a Date ten minutes old, no Age (a cache that does not say)', -10 * MINUTE, undefined],
    ['a Date ten minutes old with Age: 600 (a CDN copy)', -10 * MINUTE, '600'],
    ['a Date ten minutes ahead, no Age', 10 * MINUTE, undefined],
    ['a Date ten minutes ahead with Age: 60', 10 * MINUTE, '60'],
  ].entries()) {
    test(`device clock right, feed with ${name}: the device is trusted`, async () => {
      assertTrue(await run({key: `date-${i}`, device: 0, headers: {date: dateHeader(offset), ...(age && {age})}}), name);
    });
  }

  for (const [name, device] of [['an hour ahead', HOUR], ['an hour behind', -HOUR]]) {
    test(`device clock ${name}, server right: the server's time is used`, async () => {
      assertTrue(await run({key: `device${device}`, device, headers: RIGHT}), `device ${name}`);
    });
  }

  test('a feed the browser may keep for ten minutes, loaded twice: asked again, never an old Date', async () => {
    const context = await site.b.browser.newContext({locale: 'en-GB', timezoneId: 'UTC'});
    await context.clock.install({time: Date.now() + HOUR});
    try {
      const cacheable = () => ({...RIGHT, 'cache-control': 'max-age=600', etag: '"v1"'});
      const asked = () => site.server.requests.filter((r) => r === '/clock/cached/feed.json').length;
      const before = asked();
      assertTrue(await run({key: 'cached', context, headers: cacheable()}), 'first load');
      // The second load comes a few seconds later; a copy kept by the HTTP cache would carry the first Date.
      assertTrue(await run({key: 'cached', context, headers: cacheable()}), 'second load');
      assert.equal(asked() - before, 2, 'the feed was asked for twice: revalidated, not taken from the HTTP cache');
    } finally {
      await context.close();
    }
  });
});

test('an app test that fakes the clock far from today sees the status change (no correction)', async () => {
  const context = await site.b.browser.newContext({locale: 'en-GB', timezoneId: 'UTC'});
  const fake = Date.UTC(2021, 4, 19, 9, 59, 56);
  await context.clock.install({time: fake});
  const p = await context.newPage();
  const changes = [];
  await p.exposeFunction('__statusChange', (detail) => changes.push(detail.newStatus));
  await p.addInitScript(() => document.addEventListener('uclg-status-change', (e) => window.__statusChange(e.detail)));
  site.server.routes.set('/clock/html', {body: page(), type: 'text/html; charset=utf-8'});
  site.server.routes.set('/clock/feed.json', {body: JSON.stringify(feed(fake + 5 * SECOND, fake + HOUR)), type: 'application/json', headers: RIGHT});
  await p.goto(`${site.server.origin}/clock/html`);
  await p.clock.runFor(8 * SECOND);
  await p.waitForFunction(() => /Live/.test(document.querySelector('uclg-countdown')?.shadowRoot?.textContent ?? ''), undefined, {timeout: 5000});
  assert.deepEqual(changes, ['live']);
  await context.close();
});

test('<html data-uclg-clock="device">: an app test with a clock 40 minutes off is followed, not corrected', async () => {
  for (const [attrs, expectCorrected] of [['', true], [' data-uclg-clock="device"', false]]) {
    const context = await site.b.browser.newContext({locale: 'en-GB', timezoneId: 'UTC'});
    await context.clock.install({time: Date.now() + 40 * MINUTE});
    const p = await context.newPage();
    const start = Date.now() + 40 * MINUTE + 30 * MINUTE;
    site.server.routes.set('/clock/html', {body: page(attrs), type: 'text/html; charset=utf-8'});
    site.server.routes.set('/clock/feed.json', {body: JSON.stringify(feed(start, start + HOUR)), type: 'application/json', headers: RIGHT});
    await p.goto(`${site.server.origin}/clock/html`);
    await p.waitForFunction(() => document.querySelector('uclg-countdown')?.shadowRoot?.querySelector('[role="timer"]'), undefined, {timeout: 5000});
    const label = await p.evaluate(() => document.querySelector('uclg-countdown').shadowRoot.querySelector('[role="timer"]').getAttribute('aria-label'));
    // True time: 70 minutes left; the faked clock says 30.
    const left = secondsIn(label) / 60;
    assert.ok(expectCorrected ? Math.abs(left - 70) < 1 : Math.abs(left - 30) < 1, `${attrs || 'no attribute'}: ${label}`);
    await context.close();
  }
});
