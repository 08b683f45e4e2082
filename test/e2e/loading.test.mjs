/**
 * However a page loads the library, a card whose feed is an inline
 * `<script type="application/json">` child renders it: a blocking script in <head> (the element
 * is defined before its children are parsed), `defer`, `async` (classic and module: they run
 * whenever they arrive, possibly in the middle of parsing) and injected after DOMContentLoaded
 * (module and classic). Each page is also served on a "slow network": the answer stops for a
 * moment right after the card's start tag, or in the middle of its inline JSON, while the browser
 * parses and runs what it has.
 *
 * Run: npm run build && npm run test:e2e
 */
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {EMBED, list, norm, ROOT, useSite} from './harness.mjs';

// [page, how it loads the library, when the library runs: while the page is still parsed or after]
const PAGES = [
  ['load-sync-head.html', 'a blocking classic script in <head>', 'loading'],
  ['load-defer.html', 'a classic script with defer', 'after'],
  ['load-async.html', 'a classic script with async', 'any'],
  ['load-async-module.html', 'an ES module with async', 'any'],
  ['load-injected.html', 'the ES module injected after DOMContentLoaded', 'after'],
  ['load-injected.html?bundle=classic', 'the classic script injected after DOMContentLoaded', 'after'],
];
// An async script that arrives during a stall runs in the middle of parsing: the stall is long
// enough for it to arrive even on a busy machine, and the test checks that it did.
const NETWORKS = [
  ['', 'in one piece'],
  ['now="2021-05-17T12:00:00Z">', "right after the card's start tag"],
  ['"title":', 'in the middle of the inline JSON'],
];

const site = useSite();

for (const [page, how, runs] of PAGES) {
  const file = page.split('?')[0];
  const html = readFileSync(join(ROOT, 'examples/embed', file), 'utf8');
  const inline = JSON.parse(/<script type="application\/json">([\s\S]*?)<\/script>/.exec(html)[1]);
  describe(`examples/embed/${page}: ${how}`, () => {
    for (const [marker, network] of NETWORKS) {
      const ms = runs === 'any' ? 1_000 : 300;
      test(marker ? `renders the inline-feed card, served with a ${ms} ms stall ${network}` : `renders the inline-feed card, served ${network}`, async () => {
        assert.ok(!marker || html.includes(marker), `${file} contains ${marker}`);
        const query = marker ? `${page.includes('?') ? '&' : '?'}stall=${encodeURIComponent(marker)}&ms=${ms}` : '';
        const before = site.server.requests.length;
        const result = await site.b.visit(`${site.server.origin}${EMBED}${page}${query}`);
        const [card] = result.widgets;
        assert.ok(result.ready, `the card did not render its inline feed: ${card?.text}\nconsole errors:${list(result.consoleErrors)}`);
        assert.equal(card.title, norm(inline.sessions[0].title.en));
        assert.deepEqual(card.questions.map((q) => q.text), inline.sessions[0].guidingQuestions.map((q) => norm(q.en)));
        assert.deepEqual(result.consoleErrors, [], `console errors:${list(result.consoleErrors)}`);
        assert.deepEqual(result.warnings, [], `console warnings:${list(result.warnings)}`);
        assert.deepEqual(result.exceptions, [], `uncaught exceptions:${list(result.exceptions)}`);
        const feedRequests = site.server.requests.slice(before).filter((r) => r.endsWith('.json'));
        assert.deepEqual(feedRequests, [], 'an inline feed needs no request');
        const definedWhile = await site.b.page.evaluate(() => window.__definedWhile);
        const expected = runs === 'any' ? (marker ? 'loading' : undefined) : runs;
        if (expected === 'loading') assert.equal(definedWhile, 'loading', 'the library ran while the page was still being parsed (else this case tested nothing)');
        if (expected === 'after') assert.notEqual(definedWhile, 'loading', 'the library ran after parsing');
        if (file === 'load-injected.html') {
          const at = await site.b.page.evaluate(() => document.documentElement.dataset.injectedAt);
          assert.ok(at === 'interactive' || at === 'complete', `injected after DOMContentLoaded, before any definition (${at})`);
        }
      });
    }
  });
}

describe('examples/embed/module-as-classic.html: the module file run as a classic script (a CMS or tag manager dropped type="module")', () => {
  test('it renders, keeps the page\'s own globals, and leaves none of its own that a later page script could collide with', async () => {
    const result = await site.b.visit(`${site.server.origin}${EMBED}module-as-classic.html`);
    const [card] = result.widgets;
    assert.ok(result.ready, `the card did not render: ${card?.text}\nconsole errors:${list(result.consoleErrors)}`);
    assert.deepEqual([result.consoleErrors, result.exceptions], [[], []], `console errors:${list(result.consoleErrors)}\nuncaught exceptions:${list(result.exceptions)}`);
    const page = await site.b.page.evaluate(() => [globalThis.t, globalThis.e(), typeof globalThis.UclgWidgets?.version]);
    assert.deepEqual(page, ['the page’s t', 'the page’s e', 'string']);
    // A classic script declaring every name of one or two letters (what a minifier gives) throws
    // "Identifier … has already been declared" if the library left a global let, const or class.
    const clash = await site.b.page.evaluate(() => {
      const first = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$'];
      const names = [...first, ...first.flatMap((a) => [...first, ...'0123456789'].map((b) => a + b))].filter((n) => !['do', 'if', 'in'].includes(n));
      try {
        (0, eval)(`var ${names.join(', ')};`);
        return null;
      } catch (err) {
        return String(err);
      }
    });
    assert.equal(clash, null);
  });
});
