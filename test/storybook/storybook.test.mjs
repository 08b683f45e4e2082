/**
 * The Storybook check (`npm run test:storybook`, which builds `storybook-static/` first).
 *
 * Serves the static Storybook on 127.0.0.1, reads its index.json and opens every story in
 * headless Chromium (Debian's, never a downloaded one). For each story it asserts that
 *  - every uclg-* element rendered (its shadow root has content, nothing pending) and, where
 *    the story says so, shows its state's text (`parameters.uclg.expect`, English only);
 *  - nothing went to the console as an error and no exception escaped (stories tagged
 *    `expect-console-error` must log the widget's own `[uclg-…]` error, and nothing else);
 *  - axe-core finds no violation in the story root;
 *  - no request left 127.0.0.1.
 * Then the same in French (dark theme, UTC+14, during the session) and in Spanish (Tokyo, after
 * it), every docs page, the Embed builder's snippets against `cdnSnippet()` and the manager UI.
 */
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {createRequire} from 'node:module';
import {launchChromium} from '../../scripts/chromium.js';
import {startServer} from '../../scripts/static-server.js';
import {cdnSnippet} from '../../scripts/embed-snippet.js';
import {embedCode} from '../../stories/embed-builder/markup.js';

const ROOT = resolve('storybook-static');
const PAGES = Number(process.env.STORYBOOK_TEST_PAGES ?? 3);
const STORY_TIMEOUT = 15_000;
// A docs page renders every story of its element at once (the card's has dozens): 15 s was too
// short once on a busy machine (its content came after 17 s).
const DOCS_TIMEOUT = 45_000;
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_PATH = '/__test__/axe.min.js';

/**
 * WCAG 2.0–2.2 A/AA and axe's best practices, minus the rules about the *page* a story sits in
 * (landmarks, an h1): a widget is embedded in the partner's page, which provides those.
 */
const AXE_OPTIONS = {
  runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']},
  rules: {region: {enabled: false}, 'landmark-one-main': {enabled: false}, 'page-has-heading-one': {enabled: false}},
};

/** What the error stories may (and must) log: the widget's own message, the browser's 404 line. */
const EXPECTED_ERROR = /^\[uclg-[a-z-]+\] |^Failed to load resource: the server responded with a status of 404/;

/** The second pass: other languages, zones, moments, and the dark theme. */
const SWEEPS = ['lang:fr;timeZone:kiritimati;now:during;theme:dark', 'lang:es;timeZone:tokyo;now:after'];

let server;
let base;
let browser;
let entries = [];
const external = [];
const idle = [];
const waiting = [];

/** A few pages, reused: each story gets one for its navigation, then gives it back. */
async function withPage(fn) {
  const page = idle.pop() ?? (await new Promise((ok) => waiting.push(ok)));
  try {
    return await fn(page);
  } finally {
    const next = waiting.shift();
    if (next) next(page);
    else idle.push(page);
  }
}

before(async () => {
  assert.ok(existsSync(join(ROOT, 'index.json')), 'storybook-static/index.json is missing: run `npm run build-storybook` (or `npm run test:storybook`)');
  entries = Object.values(JSON.parse(readFileSync(join(ROOT, 'index.json'), 'utf8')).entries);

  // The build does not change during the run: its files may be cached, so that each of the
  // ~300 story loads does not fetch and compile Storybook's runtime again (no-store, the
  // server's default, cost about half of this test's time).
  server = await startServer({root: ROOT, allHeaders: {'cache-control': 'max-age=3600'}});
  // axe-core from a URL the browser caches, not inlined into each page: sent over the protocol
  // and compiled anew, its 0.5 MB took about 370 ms of every story's check, from the cache 40 ms.
  server.routes.set(AXE_PATH, {body: AXE_SOURCE});
  base = server.origin;
  // Offline: no host name resolves except 127.0.0.1, and every request that
  // is not for our server is reported. Watching requests is enough: intercepting every one of
  // them (route) sent each through this process and slowed every load.
  browser = await launchChromium({args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1']});
  const context = await browser.newContext({viewport: {width: 1100, height: 900}, locale: 'en-GB', timezoneId: 'UTC'});
  context.on('request', (request) => {
    const url = request.url();
    if (!(url.startsWith(`${base}/`) || url.startsWith('data:') || url.startsWith('blob:'))) external.push(url);
  });
  for (let i = 0; i < PAGES; i++) idle.push(await context.newPage());
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Listens to one page's console and exceptions while `fn` runs. */
async function watchConsole(page, fn) {
  const errors = [];
  const onConsole = (m) => m.type() === 'error' && errors.push(m.text());
  const onError = (e) => errors.push(`uncaught: ${e.message}`);
  page.on('console', onConsole);
  page.on('pageerror', onError);
  try {
    return {result: await fn(), errors};
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onError);
  }
}

/**
 * In the page: every uclg-* element in `selector` (inside shadow roots too) has rendered; the
 * top-level ones have content and, unless `loading`, are no longer busy; the expected text shows.
 * Returns what it found, or false to be polled again.
 */
function probe({selector, loading, expect}) {
  const root = document.querySelector(selector);
  if (document.body.classList.contains('sb-show-errordisplay')) {
    return {storyError: document.querySelector('#error-message')?.textContent || 'Storybook error display'};
  }
  if (!root) return false;
  const all = [];
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.localName.startsWith('uclg-')) all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  const top = all.filter((el) => el.getRootNode() === document);
  if (!top.length) return false;
  if (all.some((el) => !el.hasUpdated || el.isUpdatePending)) return false;
  for (const el of top) {
    if (!el.shadowRoot?.textContent.trim()) return false;
    if (!loading && el.shadowRoot.querySelector('[aria-busy="true"]')) return false;
  }
  const text = (node) => {
    let out = '';
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) out += child.data;
      else if (child.nodeType === Node.ELEMENT_NODE) out += ` ${child.shadowRoot ? text(child.shadowRoot) : ''}${text(child)} `;
    }
    return out;
  };
  const shown = text(root).replace(/\s+/g, ' ');
  if (expect && !shown.includes(expect)) return false;
  return {elements: all.map((el) => el.localName), top: top.map((el) => el.localName), text: shown.slice(0, 300)};
}

/** What the page shows now, for a failure message. */
const describe = (page, selector) =>
  page.evaluate((sel) => {
    const text = (node) => [...node.childNodes].map((c) => (c.nodeType === 3 ? c.data : c.nodeType === 1 ? ` ${c.shadowRoot ? text(c.shadowRoot) : ''}${text(c)}` : '')).join('');
    const root = document.querySelector(sel);
    return root ? text(root).replace(/\s+/g, ' ').trim().slice(0, 500) : `(no ${sel})`;
  }, selector);

async function waitRendered(page, options) {
  const {timeout = STORY_TIMEOUT, ...probeOptions} = options;
  const handle = await page.waitForFunction(probe, probeOptions, {timeout, polling: 50}).catch(async (e) => {
    throw new assert.AssertionError({message: `did not render (${e.message.split('\n')[0]}); it shows: ${await describe(page, options.selector)}`});
  });
  const found = await handle.jsonValue();
  assert.ok(!found.storyError, `Storybook could not render the story: ${found.storyError}`);
  // Let any follow-up render (structured data, nested elements) and its console output happen.
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  return found;
}

async function axeViolations(page) {
  await page.addScriptTag({url: AXE_PATH});
  return page.evaluate(async (options) => {
    const results = await window.axe.run(document.querySelector('#storybook-root'), options);
    return results.violations.map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.html.slice(0, 160)}\n        ${n.failureSummary?.replace(/\n/g, ' ')}`),
    }));
  }, AXE_OPTIONS);
}

const formatViolations = (violations) =>
  violations.map((v) => `  ${v.rule} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `      ${n}`).join('\n')}`).join('\n');

function assertConsole(errors, entry) {
  if (entry.tags.includes('expect-console-error')) {
    assert.ok(errors.some((e) => /^\[uclg-[a-z-]+\] /.test(e)), `an error story should log the widget's [uclg-…] error; got ${JSON.stringify(errors)}`);
    const unexpected = errors.filter((e) => !EXPECTED_ERROR.test(e));
    assert.deepEqual(unexpected, [], 'console errors besides the expected one');
  } else {
    assert.deepEqual(errors, [], 'console errors or uncaught exceptions');
  }
}

async function checkStory(entry, globals) {
  return withPage(async (page) => {
    const url = `${base}/iframe.html?id=${entry.id}&viewMode=story${globals ? `&globals=${globals}` : ''}`;
    const {result: violations, errors} = await watchConsole(page, async () => {
      await page.goto(url, {waitUntil: 'load'});
      const expect = globals ? undefined : await page.locator('#storybook-root [data-expect]').first().getAttribute('data-expect', {timeout: STORY_TIMEOUT});
      await waitRendered(page, {selector: '#storybook-root', loading: entry.tags.includes('state-loading'), expect: expect || undefined});
      return axeViolations(page);
    });
    assertConsole(errors, entry);
    assert.equal(violations.length, 0, `axe found ${violations.length} violation(s) in ${url}:\n${formatViolations(violations)}`);
  });
}

const stories = () => entries.filter((e) => e.type === 'story');
const docs = () => entries.filter((e) => e.type === 'docs');

test('the static Storybook has a story per state for every element, and docs pages', () => {
  const titles = new Set(stories().map((e) => e.title));
  for (const title of ['Elements/Session card', 'Elements/Countdown', 'Elements/Guiding questions', 'Elements/Agenda', 'Embed builder']) {
    assert.ok(titles.has(title), `no stories titled ${title}`);
  }
  const names = (title) => stories().filter((e) => e.title === title).map((e) => e.name);
  const states = ['Loading', 'Error', 'Upcoming (days away)', 'Upcoming (seconds away)', 'Live', 'Cancelled', 'Postponed'];
  for (const title of ['Elements/Session card', 'Elements/Countdown', 'Elements/Agenda']) {
    for (const state of states) assert.ok(names(title).some((n) => n.startsWith(state)), `${title} has no "${state}" story`);
    assert.ok(names(title).some((n) => /^Ended/.test(n)), `${title} has no "Ended" story`);
    assert.ok(names(title).some((n) => /not found/i.test(n)), `${title} has no "not found" story`);
  }
  assert.ok(names('Elements/Guiding questions').includes('Collapsed'));
  assert.ok(names('Elements/Agenda').includes('Several days'));
  assert.ok(docs().some((e) => e.id === 'embed-builder--docs'), 'no Embed builder docs page');
});

test('every story renders, logs no error, and axe finds no violation', {concurrency: PAGES}, async (t) => {
  await Promise.all(stories().map((entry) => t.test(entry.id, () => checkStory(entry))));
});

for (const globals of SWEEPS) {
  test(`every story renders, logs no error, and axe finds no violation with globals ${globals}`, {concurrency: PAGES}, async (t) => {
    await Promise.all(stories().map((entry) => t.test(entry.id, () => checkStory(entry, globals))));
  });
}

test('every docs page renders its stories without unexpected console errors', {concurrency: PAGES}, async (t) => {
  await Promise.all(
    docs().map((entry) =>
      t.test(entry.id, () =>
        withPage(async (page) => {
          const own = stories().filter((s) => s.importPath === entry.importPath || entry.storiesImports?.includes(s.importPath));
          const {errors} = await watchConsole(page, async () => {
            await page.goto(`${base}/iframe.html?id=${entry.id}&viewMode=docs`, {waitUntil: 'load'});
            await page.locator('#storybook-docs .sbdocs-content').first().waitFor({timeout: DOCS_TIMEOUT});
            if (own.length) {
              await waitRendered(page, {selector: '#storybook-docs', loading: true, timeout: DOCS_TIMEOUT});
              await page.waitForLoadState('networkidle');
            }
          });
          // A docs page shows all its stories, the error states included: their errors only.
          const allowed = own.some((s) => s.tags.includes('expect-console-error')) ? EXPECTED_ERROR : /^$/;
          assert.deepEqual(errors.filter((e) => !allowed.test(e)), [], 'console errors or uncaught exceptions');
        }),
      ),
    ),
  );
});

const INTEGRITY = 'dist/cdn/integrity.json';

test('the Embed builder shows exactly what cdnSnippet() and embedCode() produce', {skip: !existsSync(INTEGRITY) && `${INTEGRITY} is missing: run \`npm run build\` first`}, () =>
  withPage(async (page) => {
    const integrity = JSON.parse(readFileSync(INTEGRITY, 'utf8'));
    const {version} = JSON.parse(readFileSync('package.json', 'utf8'));
    const {errors} = await watchConsole(page, async () => {
      await page.goto(`${base}/iframe.html?id=embed-builder--builder&viewMode=story`, {waitUntil: 'load'});
      await waitRendered(page, {selector: '#storybook-root', loading: false});
      const cdn = () => page.locator('[data-snippet="cdn"]').textContent();
      const npm = () => page.locator('[data-snippet="npm"]').textContent();

      // The default choice is the README's snippet, written by the same function at build time.
      assert.equal(await cdn(), cdnSnippet(integrity));

      const choice = {
        element: 'uclg-countdown', src: 'https://partner.example/feed.json?v=2&x="y"', session: 'healthy-territories', lang: 'es',
        options: {format: 'narrow', 'no-seconds': true, 'time-zone': 'Asia/Tokyo'},
      };
      await page.selectOption('select[name="element"]', choice.element);
      await page.fill('input[name="src"]', choice.src);
      await page.selectOption('select[name="session"]', choice.session);
      await page.selectOption('select[name="lang"]', choice.lang);
      await page.selectOption('select[name="format"]', 'narrow');
      await page.check('input[name="no-seconds"]');
      await page.selectOption('select[name="time-zone"]', 'Asia/Tokyo');
      const expected = embedCode(choice, {integrity, version});
      assert.equal(await cdn(), expected.cdn);
      const npmText = await npm();
      for (const part of [expected.npmInstall, expected.npmImport, expected.element]) assert.ok(npmText.includes(part), `npm usage lacks ${part}`);
      assert.match(expected.cdn, /^<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/@uclg\/widgets@[^"]+\/dist\/cdn\/uclg-widgets\.js"\n\s+integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous"><\/script>\n<uclg-countdown /);

      // The pre-rendered snippet is what `uclg-widgets render` writes for the same choice.
      const {prerender} = await import('../../dist/seo/prerender.js');
      const {parseFeed} = await import('../../dist/feed/parse.js');
      const feed = parseFeed(JSON.parse(readFileSync('examples/feed.json', 'utf8'))).feed;
      assert.equal(await page.locator('[data-snippet="prerendered"]').textContent(), prerender(feed, {element: 'countdown', session: choice.session, lang: 'es', src: choice.src}));
      assert.equal(await page.locator('[data-snippet="command"]').textContent(), `npx uclg-widgets render ${choice.src} --element countdown --session healthy-territories --lang es`);

      // The preview is that element, in that language, rendered from the local feed.
      await waitRendered(page, {selector: '.preview', loading: false, expect: 'Empieza en'});
      assert.equal(await page.locator('.preview uclg-countdown').getAttribute('lang'), 'es');
    });
    assert.deepEqual(errors, []);
  }));

test('the manager UI loads offline and lists the elements', () =>
  withPage(async (page) => {
    const {errors} = await watchConsole(page, async () => {
      await page.goto(`${base}/index.html?path=/docs/introduction--docs`, {waitUntil: 'load'});
      for (const name of ['Session card', 'Countdown', 'Guiding questions', 'Agenda', 'Embed builder']) {
        await page.locator('#storybook-explorer-tree').getByText(name, {exact: true}).first().waitFor({timeout: STORY_TIMEOUT});
      }
    });
    assert.deepEqual(errors, []);
  }));

test('the feed editor is deployed with the catalogue at /editor/ and opens the example feed', {skip: !existsSync(join(ROOT, 'editor', 'index.html')) && 'storybook-static/editor/ is missing: `npm run build` before `npm run build-storybook`'}, () =>
  withPage(async (page) => {
    const {errors} = await watchConsole(page, async () => {
      await page.goto(`${base}/editor/index.html`, {waitUntil: 'load'});
      const editor = page.locator('uclg-feed-editor');
      await editor.getByRole('button', {name: 'Start from the example feed'}).click({timeout: STORY_TIMEOUT});
      // Its preview is the real card, from the example feed: the seed session's title.
      await page.waitForFunction(() => /Inclusive Digitalization/.test(document.querySelector('uclg-feed-editor')?.shadowRoot?.querySelector('uclg-session-card')?.shadowRoot?.textContent ?? ''), undefined, {timeout: STORY_TIMEOUT});
    });
    assert.deepEqual(errors, []);
  }));

test('nothing was requested from the network', () => {
  assert.deepEqual(external, [], 'requests that left 127.0.0.1');
});
