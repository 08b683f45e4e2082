/**
 * Pre-rendered snippets on a partner page whose type is not ours (18 px serif, other margins):
 * the page must not move when the script arrives, nor when the feed does (issue 15: CLS 0.00
 * with pre-rendered HTML). Each snippet sits between two paragraphs; the space between them is
 * measured before the script runs, once it has upgraded the elements (the feed held back), and
 * once the feed has arrived and the widgets show their own rendering.
 * - Upgrade: the pre-rendered HTML keeps the page's type and its margins (custom state
 *   `prerendered`): no element moves, in EN, FR and ES.
 * - Feed: the questions and the ended countdown render shorter than their snippets; they keep
 *   the snippet's height until the visitor presses a pointer in them, or until they are out of
 *   view. No layout shift is recorded from the first paint to the end. The agenda's snippet is
 *   written at least as tall as its widget. The card may grow (its snippet is shorter than the
 *   widget in the bench's sans-serif page): never shrink, and what it grows by is printed.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {ROOT, useSite} from './harness.mjs';

const site = useSite();
const {prerender} = await import(join(ROOT, 'dist/seo/prerender.js'));
const {parseFeed} = await import(join(ROOT, 'dist/feed/parse.js'));
const FEED_TEXT = readFileSync(join(ROOT, 'examples/feed.json'), 'utf8');
const feed = parseFeed(JSON.parse(FEED_TEXT)).feed;
const ELEMENTS = ['guiding-questions', 'countdown', 'agenda', 'session-card'];

const page = (lang) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Partner page</title>
<style>body { font: 18px/1.7 Georgia, 'DejaVu Serif', serif; margin: 2em; max-width: 40em } p { margin: 0 0 1.2em }</style></head>
<body><main>${ELEMENTS.map((element) => `<p class="before">Before the ${element}.</p>\n${prerender(feed, {element, session: element === 'agenda' ? undefined : feed.sessions[0].id, lang, src: '/layout/feed.json'})}<p class="after">After it.</p>`).join('\n')}</main></body></html>`;

/** Run in the page: for each element, the space between the paragraphs around it, and how its pasted text is set. */
function measure() {
  return [...document.querySelectorAll('main > p.before')].map((before) => {
    const el = before.nextElementSibling;
    const after = el.nextElementSibling;
    const pasted = el.querySelector(':scope > [slot="prerendered"] p');
    let state = null;
    try {
      state = el.matches(':state(prerendered)');
    } catch {
      // No :state() in this browser.
    }
    const box = el.getBoundingClientRect();
    return {
      tag: el.localName,
      inView: box.top < innerHeight && box.bottom > 0,
      space: Math.round((after.getBoundingClientRect().top - before.getBoundingClientRect().bottom) * 10) / 10,
      type: pasted && pasted.getClientRects().length ? `${getComputedStyle(pasted).fontSize} ${getComputedStyle(pasted).fontFamily}` : null,
      prerenderedState: state,
    };
  });
}

/** A page in a new context that records its console errors and every layout shift, as Core Web Vitals counts them (none after input). */
async function watchedPage(options) {
  const context = await site.b.browser.newContext(options);
  const p = await context.newPage();
  const errors = [];
  p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  p.on('pageerror', (e) => errors.push(e.message));
  await p.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((l) => window.__shifts.push(...l.getEntries().filter((e) => !e.hadRecentInput).map((e) => e.value))).observe({type: 'layout-shift', buffered: true});
  });
  return {context, p, errors};
}

const frames = (p) => p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

for (const lang of ['en', 'fr', 'es']) {
  test(`pre-rendered snippets in ${lang} on a page in another type: nothing moves when the script runs, nor when the feed arrives`, async () => {
    site.server.routes.set(`/layout/${lang}.html`, {body: page(lang), type: 'text/html; charset=utf-8'});
    const {context, p, errors} = await watchedPage({viewport: {width: 900, height: 1300}, timezoneId: 'America/New_York', locale: 'en-US'});
    let release;
    const released = new Promise((r) => (release = r));
    await p.route('**/layout/feed.json', async (route) => {
      await released;
      await route.fulfill({body: FEED_TEXT, contentType: 'application/json'});
    });
    try {
      await p.goto(`${site.server.origin}/layout/${lang}.html`);
      const before = await p.evaluate(measure);
      assert.ok(before.every((m) => m.space > 40 && /serif/i.test(m.type)), JSON.stringify(before));

      await p.addScriptTag({url: '/dist/cdn/uclg-widgets.js', type: 'module'});
      await p.waitForFunction(() => [...document.querySelectorAll('main > p.before + *')].every((el) => el.shadowRoot?.querySelector('slot[name="prerendered"]')));
      await frames(p);
      const upgraded = await p.evaluate(measure);
      for (const [i, m] of upgraded.entries()) {
        assert.equal(m.space, before[i].space, `${m.tag} (${lang}): the space it takes is the same once the script has run`);
        assert.equal(m.type, before[i].type, `${m.tag} (${lang}): the pasted text keeps the page's type`);
        assert.equal(m.prerenderedState, true, `${m.tag}: the custom state "prerendered" is on`);
      }

      release();
      await p.waitForFunction(() => [...document.querySelectorAll('main > p.before + *')].every((el) => el.shadowRoot && !el.shadowRoot.querySelector('slot[name="prerendered"]')));
      await frames(p);
      const loaded = await p.evaluate(measure);
      const at = (tag, list) => list.find((m) => m.tag === `uclg-${tag}`);
      for (const tag of ['guiding-questions', 'countdown', 'agenda']) assert.equal(at(tag, loaded).prerenderedState, false, `${tag}: the state is off once the widget shows its own rendering`);
      // In view, a widget takes the snippet's place without moving what follows (held, or as
      // tall); out of view (the card, when below the window) it takes its own height at once.
      for (const m of loaded.filter((x) => x.inView)) {
        const grew = Math.round((m.space - at(m.tag.slice(5), before).space) * 10) / 10;
        if (m.tag === 'uclg-session-card') console.log(`# ${lang}: the session card, in view, grows by ${grew} px when its feed arrives`);
        else assert.equal(grew, 0, `${m.tag} (${lang}): in view, what follows does not move`);
      }
      assert.deepEqual(loaded.slice(0, 3).map((m) => m.inView), [true, true, true], 'the questions, countdown and agenda in view');

      // The questions render shorter than the snippet: the height is kept until the visitor acts.
      const own = await p.evaluate(() => {
        const el = document.querySelector('uclg-guiding-questions');
        return {held: getComputedStyle(el).minHeight, content: el.shadowRoot.querySelector('section').getBoundingClientRect().height};
      });
      assert.match(own.held, /px$/, 'held: a min-height in px');
      await p.locator('uclg-guiding-questions').click({position: {x: 10, y: 10}});
      await frames(p);
      const after = at('guiding-questions', await p.evaluate(measure));
      assert.ok(after.space < at('guiding-questions', before).space, `once pressed, the questions take their own height (${after.space} < ${at('guiding-questions', before).space})`);
      assert.equal(await p.evaluate(() => getComputedStyle(document.querySelector('uclg-guiding-questions')).minHeight), '0px');

      // The ended countdown is held too; scrolled out of view, it lets go: what is in view stays put.
      const countdownHeld = () => p.evaluate(() => getComputedStyle(document.querySelector('uclg-countdown')).minHeight);
      assert.match(await countdownHeld(), /^[1-9][\d.]*px$/);
      await p.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await p.waitForFunction(() => getComputedStyle(document.querySelector('uclg-countdown')).minHeight === '0px');
      await frames(p);
      assert.deepEqual(await p.evaluate(() => window.__shifts), [], 'no layout shift from the first paint to here');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}

/**
 * The field's case the example feed (sessions long over) leaves out: a countdown pasted before
 * its session and read two hours before it, when the widget shows its caption, digits and "Hide
 * seconds", taller than the snippet's one line. The snippet keeps that room (four blank lines);
 * measured on a page in small type (14px/1.4), where those lines are shortest. (At 14px/1.3 the
 * widget is 0.1 px taller than the room: smaller type than that moves the page a little.)
 */
const soon = JSON.parse(FEED_TEXT);
const soonSession = soon.sessions[0];
const soonStart = Date.now() + 2 * 3600e3;
[soonSession.start, soonSession.end] = [soonStart, soonStart + 3600e3].map((t) => new Date(t).toISOString());
const SOON_TEXT = JSON.stringify(soon);

for (const lang of ['en', 'fr', 'es']) {
  test(`a countdown in ${lang} pasted before its session and read on the day: the page does not move when its digits appear`, async () => {
    const snippet = prerender(parseFeed(JSON.parse(SOON_TEXT)).feed, {element: 'countdown', session: soonSession.id, lang, src: '/layout/soon.json', now: soonStart - 5 * 86400e3});
    site.server.routes.set(`/layout/soon-${lang}.html`, {
      type: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Partner page</title><style>body { font: 14px/1.4 sans-serif; margin: 1em; max-width: 50em }</style></head>
<body><main><p class="before">Before the countdown.</p>\n${snippet}<p class="after">After it.</p></main></body></html>`,
    });
    const {context, p, errors} = await watchedPage({viewport: {width: 900, height: 700}, timezoneId: 'Asia/Kathmandu'});
    await p.route('**/layout/soon.json', (route) => route.fulfill({body: SOON_TEXT, contentType: 'application/json'}));
    try {
      await p.goto(`${site.server.origin}/layout/soon-${lang}.html`);
      const [before] = await p.evaluate(measure);
      await p.addScriptTag({url: '/dist/cdn/uclg-widgets.js', type: 'module'});
      await p.waitForFunction(() => document.querySelector('uclg-countdown').shadowRoot?.querySelector('[part=unit]'));
      await frames(p);
      const [loaded] = await p.evaluate(measure);
      const shown = await p.evaluate(() => {
        const root = document.querySelector('uclg-countdown').shadowRoot;
        return {units: root.querySelectorAll('[part=unit]').length, button: !!root.querySelector('button'), own: root.querySelector('[part=countdown]').getBoundingClientRect().height};
      });
      assert.equal(shown.units, 3, `${lang}: hours, minutes and seconds`);
      assert.ok(shown.button, `${lang}: "Hide seconds"`);
      assert.equal(loaded.space, before.space, `${lang}: what follows stays where it was (the widget, ${shown.own} px, within the snippet's ${before.space} px)`);
      assert.deepEqual(await p.evaluate(() => window.__shifts), [], 'no layout shift');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}
