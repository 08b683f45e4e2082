/**
 * The minified CDN module does what the sources do. The unit tests (web-test-runner) run on
 * the sources; the build renames our private members (scripts/private-names.js), swaps in short
 * feed messages (src/feed/messages.cdn.ts) and replaces nothing else, so this file drives each
 * widget's interactions once through dist/cdn/uclg-widgets.js: read more, add to calendar and
 * Escape, show all questions and a #fragment, the agenda's time switch and its saved choice,
 * the countdown's ticks and "Hide seconds", Retry, background refresh, and what the console says
 * about a broken feed.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {FEED, list, session, useSite} from './harness.mjs';

const site = useSite();
let feedRequests = 0;

const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>cdn</title></head><body>${body}
<script type="module" src="/dist/cdn/uclg-widgets.js"></script></body></html>`;

async function open(path, body) {
  site.server.routes.set(path, {body: page(body)});
  const problems = await site.b.visit(`${site.server.origin}${path}`);
  return problems;
}

/** Runs `fn(root)` in the page on the shadow root of the element matching `selector`. */
const inRoot = (selector, fn, arg) =>
  site.b.page.evaluate(([s, f, a]) => new Function('root', 'arg', `return (${f})(root, arg)`)(document.querySelector(s).shadowRoot, a), [selector, fn.toString(), arg]);

const text = (s) => s.replace(/\s+/g, ' ').trim();

test('session card: read more, and its add-to-calendar menu opens, closes on Escape and offers the .ics', async () => {
  const r = await open('/cdn-card.html', '<uclg-session-card id="c" src="/examples/feed.json" session="inclusive-digitalization" now="2021-05-19T08:00:00Z"></uclg-session-card>');
  assert.equal(r.ready, true, JSON.stringify(r.widgets));
  assert.equal(r.widgets[0].title, text(session('inclusive-digitalization').title.en));
  const before = await inRoot('#c', (root) => root.querySelectorAll('.body p.more').length);
  assert.ok(before > 0, 'paragraphs hidden before Read more');
  await site.b.page.locator('#c').locator('button[aria-controls="body"]').click();
  await site.b.page.waitForFunction(() => document.querySelector('#c').shadowRoot.querySelectorAll('.body p.more').length === 0);
  assert.equal(await inRoot('#c', (root) => root.querySelector('button[aria-controls="body"]').getAttribute('aria-expanded')), 'true');

  // Until used, a plain button (add-to-calendar.placeholder.ts): a click puts the menu there, opened.
  assert.equal(await site.b.page.locator('#c').locator('uclg-add-to-calendar').count(), 0);
  const menu = site.b.page.locator('#c').locator('uclg-add-to-calendar').locator('#menu');
  await site.b.page.locator('#c').locator('div[part="calendar"] > button').click();
  await menu.waitFor({state: 'visible'});
  const items = await menu.locator('li').allTextContents();
  assert.deepEqual(items.map(text), ['Download (.ics, any calendar)', 'Google Calendar', 'Outlook.com', 'Office 365']);
  const download = site.b.page.waitForEvent('download');
  await menu.locator('button').click();
  assert.equal((await download).suggestedFilename(), 'inclusive-digitalization.ics');
  await menu.waitFor({state: 'hidden'});
  await site.b.page.locator('#c').locator('uclg-add-to-calendar').locator('button[aria-controls="menu"]').click();
  await menu.waitFor({state: 'visible'});
  await site.b.page.keyboard.press('Escape');
  await menu.waitFor({state: 'hidden'});
  const problems = await site.b.problems();
  assert.deepEqual([...problems.consoleErrors, ...problems.exceptions], []);
});

test('guiding questions: show all and fewer, and a #fragment opens the list at its question', async () => {
  const r = await open('/cdn-questions.html', '<uclg-guiding-questions id="q" src="/examples/feed.json" session="healthy-territories" collapsed="2" lang="fr"></uclg-guiding-questions>');
  assert.equal(r.ready, true);
  const shown = () => inRoot('#q', (root) => [...root.querySelectorAll('li')].filter((li) => getComputedStyle(li).display !== 'none').length);
  assert.equal(await shown(), 2);
  const button = site.b.page.locator('#q').locator('button');
  assert.equal(text(await button.textContent()), 'Afficher les 6 questions');
  await button.click();
  await site.b.page.waitForFunction(() => document.querySelector('#q').shadowRoot.querySelector('button').getAttribute('aria-expanded') === 'true');
  assert.equal(await shown(), 6);
  await button.click();
  await site.b.page.waitForFunction(() => document.querySelector('#q').shadowRoot.querySelector('button').getAttribute('aria-expanded') === 'false');
  assert.equal(await shown(), 2);
  await site.b.page.evaluate(() => (location.hash = '#healthy-territories-q5'));
  await site.b.page.waitForFunction(() => document.querySelector('#q').shadowRoot.querySelector('li.target')?.id === 'healthy-territories-q5');
  assert.equal(await shown(), 6, 'the list opened at the fifth question');
});

test('agenda: the time switch changes the times and is remembered', async () => {
  await site.b.page.goto(`${site.server.origin}/examples/feed.json`);
  await site.b.page.evaluate(() => localStorage.clear());
  const body = '<uclg-agenda id="a" src="/examples/feed.json" now="2021-05-19T08:00:00Z"></uclg-agenda>';
  const r = await open('/cdn-agenda.html', body);
  assert.equal(r.ready, true);
  const times = () => inRoot('#a', (root) => [...root.querySelectorAll('.when')].map((p) => p.textContent.replace(/\s+/g, ' ').trim()));
  const mine = await times();
  assert.match(mine[0], /^10:00/, `viewer's time (UTC): ${mine}`);
  assert.match(await inRoot('#a', (root) => root.querySelector('.item').className), /\bnext\b/);
  await site.b.page.locator('#a').locator('input[value="event"]').check();
  await site.b.page.waitForFunction(() => /^12:00/.test(document.querySelector('#a').shadowRoot.querySelector('.when').textContent.trim()));
  const saved = await site.b.page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('uclg-widgets:agenda-zone:v1:')));
  assert.deepEqual(saved.map(([, v]) => v), ['event']);
  await open('/cdn-agenda.html', body);
  assert.match((await times())[0], /^12:00/, 'the choice survives a reload');
  assert.equal(await inRoot('#a', (root) => root.querySelector('input[value="event"]').checked), true);
});

test('countdown: ticks every second near the start, "Hide seconds" stops that; frozen, live and ended states; French', async () => {
  const start = new Date(Date.now() + 150_000).toISOString();
  const r = await open('/cdn-countdown.html', `<uclg-countdown id="t" start="${start}"></uclg-countdown>
    <uclg-countdown id="live" start="2021-05-19T10:00:00Z" end="2021-05-19T11:30:00Z" now="2021-05-19T10:30:00Z"></uclg-countdown>
    <uclg-countdown id="ended" lang="fr" start="2021-05-19T10:00:00Z" end="2021-05-19T11:30:00Z" now="2021-05-19T12:30:00Z"></uclg-countdown>
    <uclg-countdown id="far" lang="es" start="2021-06-19T10:00:00Z" now="2021-05-19T10:00:00Z"></uclg-countdown>`);
  assert.equal(r.ready, true, JSON.stringify(r.widgets));
  const label = () => inRoot('#t', (root) => root.querySelector('[role="timer"]').getAttribute('aria-label'));
  const first = await label();
  assert.match(first, /^Starts in 2 minutes(,| and) \d+ seconds$/);
  await site.b.page.waitForFunction((l) => document.querySelector('#t').shadowRoot.querySelector('[role="timer"]').getAttribute('aria-label') !== l, first, {timeout: 3000});
  await site.b.page.locator('#t').locator('button').click();
  await site.b.page.waitForFunction(() => !/second/.test(document.querySelector('#t').shadowRoot.querySelector('[role="timer"]').getAttribute('aria-label')));
  assert.equal(await inRoot('#t', (root) => root.querySelector('button').getAttribute('aria-pressed')), 'true');
  assert.match(await inRoot('#live', (root) => root.textContent.replace(/\s+/g, ' ')), /Live now .*1 hour left/);
  assert.match(await inRoot('#ended', (root) => root.textContent.replace(/\s+/g, ' ')), /Terminée/);
  assert.match(await inRoot('#far', (root) => root.textContent.replace(/\s+/g, ' ')), /Empieza dentro de 31 días/);
});

test('Retry loads again; refresh fetches again in the background; events fire', async () => {
  let fail = true;
  feedRequests = 0;
  const feed = JSON.stringify(FEED);
  site.server.routes.set('/flaky.json', {get body() {
    feedRequests++;
    return fail ? '{"version":' : feed;
  }, type: 'application/json'});
  await open('/cdn-retry.html', '<uclg-session-card id="c" src="/flaky.json" session="healthy-territories" refresh="10"></uclg-session-card>');
  assert.match(await inRoot('#c', (root) => root.textContent), /The programme could not be read\./);
  fail = false;
  await site.b.page.evaluate(() => {
    window.__events = [];
    const c = document.querySelector('#c');
    for (const type of ['uclg-feed-load', 'uclg-feed-error']) c.addEventListener(type, (e) => window.__events.push(type + ' ' + JSON.stringify(e.detail)));
  });
  await site.b.page.locator('#c').locator('button', {hasText: 'Retry'}).click();
  await site.b.page.waitForFunction(() => document.querySelector('#c').shadowRoot.querySelector('#title'));
  const afterRetry = feedRequests;
  await site.b.page.waitForFunction((n) => window.__events.length >= 2, afterRetry, {timeout: 15_000});
  const events = await site.b.page.evaluate(() => window.__events);
  assert.ok(events.every((e) => e.startsWith('uclg-feed-load ') && e.includes('"sessions":2')), list(events));
  assert.ok(feedRequests > afterRetry, 'refresh asked again');
});

test('a broken feed: the console gives each problem\'s path and value in a few words, and where to have it explained', async () => {
  const bad = {version: 1, event: {id: 'e', name: 'Plain', defaultLanguage: 'de'}, sessions: []};
  const good = structuredClone(FEED);
  good.sessions[0].start = '19/05/2021';
  good.sessions[1].links = {details: 'javascript:alert(1)'};
  site.server.routes.set('/bad-event.json', {body: JSON.stringify(bad), type: 'application/json'});
  site.server.routes.set('/bad-session.json', {body: JSON.stringify(good), type: 'application/json'});
  const r = await open('/cdn-bad.html', `<uclg-session-card src="/bad-event.json" session="x"></uclg-session-card>
    <uclg-session-card src="/bad-session.json" session="healthy-territories"></uclg-session-card>`);
  const problems = (e) => e.includes('Problems in the feed');
  assert.deepEqual(r.consoleErrors.filter((e) => !problems(e)), []);
  assert.deepEqual(r.consoleErrors.filter(problems), [
    '[uclg-session-card] Problems in the feed (npx uclg-widgets validate /bad-event.json explains them):\n' +
      'event.name: "Plain" is not a map of languages\nevent.defaultLanguage: "de" is not en, fr or es',
  ]);
  assert.deepEqual(r.warnings.filter(problems), [
    '[uclg-session-card] Problems in the feed (npx uclg-widgets validate /bad-session.json explains them):\n' +
      'sessions[0].start: "19/05/2021" is not an ISO 8601 date-time\nsessions[1].links.details: "javascript:alert(1)" is not an http(s) or mailto URL',
  ]);
});
