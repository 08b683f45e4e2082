/**
 * The per-element CDN files (issue 16): `uclg-widgets-loader.js` imports an element's module
 * from `elements/` only when its tag is in the page. Served from a second origin standing in for
 * the CDN, with the README's loader snippet: a page with one countdown (start, end) loads the
 * loader, the countdown and the chunks it shares, not the feed code and nothing else; a page
 * with no widget loads only the loader and queues no idle work (the one file prepares every
 * element at idle there); a card added later is loaded then, with the feed code; the
 * import map's integrity blocks a changed chunk; the snippet runs under a strict CSP with the
 * import map's hash and Lit's Trusted Types policy, with zero violations.
 *
 * Run: npm run build && npm run test:e2e
 */
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {CDN_DIR, CDN_PATH, list, openCdnSite, PKG, ROOT} from './harness.mjs';
import {CDN_BASE} from '../../scripts/embed-snippet.js';
import {loaderSnippet} from '../../scripts/loader-snippet.js';

process.chdir(ROOT); // scripts/embed-snippet.js reads ./package.json

const integrity = JSON.parse(readFileSync(join(CDN_DIR, 'integrity.json'), 'utf8'));
const FEED_URL = 'https://example.org/uclg-feed.json';
const COUNTDOWN = '<uclg-countdown id="cd" start="2031-05-19T12:00:00+02:00" end="2031-05-19T13:30:00+02:00" lang="fr"></uclg-countdown>';
const gzip = (file) => gzipSync(readFileSync(join(CDN_DIR, file)), {level: 9}).length;

let b;
let site;
let cdn;
let env;
// The "CDN", and a copy of it with every shared chunk changed by one comment.
before(async () => ({b, site, cdn} = env = await openCdnSite((dir) => readdirSync(join(dir, 'elements')).filter((n) => n.startsWith('shared-')).map((n) => `elements/${n}`))));
after(() => env?.close());

/** The snippet with the CDN and feed URLs pointed at the local servers. */
const localSnippet = (element, prefix = '') =>
  loaderSnippet(integrity, {version: PKG.version, element}).replaceAll(CDN_BASE, `${cdn.origin}${prefix}/npm/@uclg/widgets`).replaceAll(FEED_URL, `${site.origin}/examples/feed.json`);

function partnerPage(name, body, headers = {}) {
  site.routes.set(`/__e2e/${name}.html`, {body: `<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><title>A partner's page</title></head>
<body><h1>A partner's page</h1>
${body}
</body></html>`, headers});
  return `${site.origin}/__e2e/${name}.html`;
}

/** What the page fetched from the "CDN", as paths under dist/cdn/. */
function fetched(prefix = '') {
  const base = `${prefix}${CDN_PATH}`;
  return [...new Set(cdn.requests.filter((r) => r.startsWith(base)).map((r) => r.slice(base.length)))].sort();
}

test("the README's loader snippet is loaderSnippet(integrity) (run `npm run build` if not)", () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const block = /<!-- cdn-loader-snippet -->\n```html\n([\s\S]*?)\n```\n<!-- \/cdn-loader-snippet -->/.exec(readme);
  assert.ok(block, 'README.md has a ```html block between <!-- cdn-loader-snippet --> and <!-- /cdn-loader-snippet -->');
  assert.equal(block[1], loaderSnippet(integrity), 'the README loader snippet is stale: `npm run build` regenerates it');
});

test('a page with one countdown loads the loader, the countdown and its shared chunks, nothing else', async (t) => {
  cdn.requests.length = 0;
  const result = await b.visit(partnerPage('loader-countdown', localSnippet(COUNTDOWN)));
  assert.ok(result.ready, `the countdown did not render: ${JSON.stringify(result.widgets)}${list(result.consoleErrors)}`);
  assert.match(result.widgets[0].text ?? JSON.stringify(result.widgets[0]), /Commence|jours|jour/);
  assert.deepEqual([...result.consoleErrors, ...result.exceptions], []);
  const files = fetched();
  assert.ok(files.includes('uclg-widgets-loader.js') && files.includes('elements/uclg-countdown.js'), files.join(', '));
  assert.deepEqual(files.filter((f) => /uclg-(session-card|agenda|guiding-questions|add-to-calendar)\.js$/.test(f) || f === 'uclg-widgets.js'), [], 'no other element\'s module');
  assert.deepEqual(await b.page.evaluate(() => ['uclg-countdown', 'uclg-session-card', 'uclg-agenda'].map((tag) => !!customElements.get(tag))), [true, false, false]);
  // Nor the feed code: the countdown was given only start and end.
  const feedCode = files.filter((f) => readFileSync(join(CDN_DIR, f), 'utf8').includes('uclg-feed-load'));
  assert.deepEqual(feedCode, [], 'the feed code (parser, loader, feed events) was not loaded');
  const loader = gzip('uclg-widgets-loader.js');
  const total = files.reduce((sum, f) => sum + gzip(f), 0);
  t.diagnostic(`loader ${loader} B gzip -9; the countdown page fetched ${files.length} files, ${total} B gzip -9 (${(total / 1024).toFixed(1)} KB); the one-file bundle is ${gzip('uclg-widgets.js')} B`);
  assert.ok(loader <= 2048, `the loader is ${loader} B gzip, over 2 KB`);
  assert.ok(total < gzip('uclg-widgets.js'), 'one countdown costs less than the one-file bundle');
});

// Counts the page's requestIdleCallback calls; `__idleDone()` waits for the idle callbacks queued
// so far, without being counted.
const COUNT_IDLE = `<script>
  const ric = window.requestIdleCallback.bind(window);
  window.__idle = 0;
  window.requestIdleCallback = (f, o) => (window.__idle++, ric(f, o));
  window.__idleDone = () => new Promise((r) => ric(() => setTimeout(r, 0), {timeout: 2000}));
</script>`;

test('a page with no widget: the loader imports no element and queues no idle work; the one file prepares every element', async (t) => {
  cdn.requests.length = 0;
  const empty = await b.visit(partnerPage('loader-empty', `${COUNT_IDLE}\n${localSnippet('')}`));
  assert.deepEqual([...empty.consoleErrors, ...empty.exceptions], []);
  await b.page.evaluate(() => window.__idleDone());
  assert.deepEqual(fetched(), ['uclg-widgets-loader.js'], 'only the loader');
  assert.equal(await b.page.evaluate(() => window.__idle), 0, 'idle callbacks queued with the loader');
  // The README's reason to paste the loader into a whole site's template: the one file defines
  // every element, and each prepares its first render at idle, on this page too.
  const oneFile = await b.visit(partnerPage('one-file-empty', `${COUNT_IDLE}\n<script type="module" src="/dist/cdn/uclg-widgets.js"></script>`));
  assert.deepEqual([...oneFile.consoleErrors, ...oneFile.exceptions], []);
  await b.page.evaluate(() => window.__idleDone());
  const queued = await b.page.evaluate(() => window.__idle);
  t.diagnostic(`the one file queued ${queued} idle callbacks on a page without widgets`);
  assert.ok(queued >= 5, `one warm-up per element at least: ${queued}`);
});

test('a card added after the page loaded is loaded then, and renders', async () => {
  cdn.requests.length = 0;
  await b.visit(partnerPage('loader-later', localSnippet(COUNTDOWN)));
  assert.ok(!fetched().includes('elements/uclg-session-card.js'));
  await b.page.evaluate((src) => {
    const card = document.createElement('uclg-session-card');
    card.setAttribute('src', src);
    card.setAttribute('session', 'inclusive-digitalization');
    document.body.append(card);
  }, `${site.origin}/examples/feed.json`);
  await b.page.waitForFunction(() => document.querySelector('uclg-session-card').shadowRoot?.querySelector('article'), undefined, {timeout: 8000});
  const files = fetched();
  assert.ok(files.includes('elements/uclg-session-card.js'));
  assert.ok(files.some((f) => readFileSync(join(CDN_DIR, f), 'utf8').includes('uclg-feed-load')), 'the feed code came with the card');
  assert.deepEqual((await b.problems()).consoleErrors, []);
});

test('a shared chunk that does not match the import map\'s integrity is blocked, and the console says which element', async () => {
  cdn.requests.length = 0;
  const result = await b.visit(partnerPage('loader-tampered', localSnippet(COUNTDOWN, '/tampered')), {timeout: 1500});
  assert.ok(fetched('/tampered').includes('elements/uclg-countdown.js'), 'the countdown module was requested');
  assert.equal(await b.page.evaluate(() => !!customElements.get('uclg-countdown')), false, 'the changed chunk did not run');
  assert.ok(result.consoleErrors.some((e) => e.includes('<uclg-countdown> could not be loaded')), `the loader says so:${list(result.consoleErrors)}`);
});

test('under a strict CSP with the import map\'s hash and only Lit\'s Trusted Types policy: zero violations', async () => {
  const snippet = localSnippet(COUNTDOWN);
  const map = /<script type="importmap">([\s\S]*?)<\/script>/.exec(snippet)[1];
  const hash = createHash('sha256').update(map).digest('base64');
  // The README's comment gives the hash of the published map; here the URLs are local ones.
  assert.match(loaderSnippet(integrity), /<!-- Strict CSP: script-src 'sha256-[A-Za-z0-9+/=]+' lets this import map run\. -->/);
  const csp = `default-src 'self'; script-src 'self' ${cdn.origin} 'sha256-${hash}'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'`;
  const result = await b.visit(partnerPage('loader-csp', snippet, {'content-security-policy': csp}));
  assert.ok(result.ready, `the countdown did not render: ${JSON.stringify(result.widgets)}${list(result.consoleErrors)}`);
  assert.deepEqual(result.violations, []);
  assert.deepEqual([...result.consoleErrors, ...result.exceptions], []);
});
