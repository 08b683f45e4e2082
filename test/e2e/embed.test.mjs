/**
 * The embed examples in Chromium: examples/embed/module.html (ES module, a plain page),
 * classic.html (classic script, deferred) and hostile.html (strict CSP with Trusted Types, no
 * inline script, `* { all: unset }` and `html { font-size: 62.5% }`). Each must render the
 * example feed with no console error and no CSP violation, and the card must measure the same
 * on the hostile page as on the plain one.
 *
 * Run: npm run build && npm run test:e2e
 */
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {CDN_MOUNT, CSP, EMBED, FEED, list, norm, openBrowser, ROOT, session, widgetsReady} from './harness.mjs';
import {startServer} from '../../scripts/static-server.js';

const HOSTILE = `${EMBED}hostile.html`;
const hostileHtml = readFileSync(join(ROOT, 'examples/embed/hostile.html'), 'utf8');
const withoutMeta = (html) => html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/i, '');
/** The hostile page with the classic bundle loaded too: two copies of the library, one version. */
const twoCopies = (html) => html.replace('<script type="module"', '<script src="../../dist/cdn/uclg-widgets.iife.js"></script>\n    <script type="module"');
const NOW = Date.parse('2021-05-17T12:00:00Z'); // the pages' `now`

let b;
let server;
const seen = {};

before(async () => {
  server = await startServer({
    root: ROOT,
    mounts: CDN_MOUNT,
    headers: {
      [HOSTILE]: {'content-security-policy': CSP},
      // The same page with its <meta> policy only…
      [`${HOSTILE}?meta-only`]: {},
    },
  });
  const route = (name, html, csp = CSP) => server.routes.set(`${EMBED}${name}`, {body: html, headers: {'content-security-policy': csp}});
  // …and with the header only.
  route('hostile-header-only.html', withoutMeta(hostileHtml));
  route('hostile-two-copies.html', twoCopies(hostileHtml));
  const noDuplicates = CSP.replace(" 'allow-duplicates'", '');
  route('hostile-two-copies-no-duplicates.html', twoCopies(hostileHtml).replace(CSP, noDuplicates), noDuplicates);
  const without = CSP.replace(' lit-html', '');
  route('hostile-without-lit-html.html', hostileHtml.replace(CSP, without), without);
  // What every Lit app's CSP says, and nothing for us.
  const litOnly = "require-trusted-types-for 'script'; trusted-types lit-html";
  route('hostile-lit-only.html', hostileHtml.replace(CSP, litOnly), litOnly);
  b = await openBrowser();
});

after(async () => {
  await b?.close();
  await server?.close();
});

const TAGS = ['uclg-session-card', 'uclg-countdown', 'uclg-guiding-questions', 'uclg-agenda'];

/** Inherited text properties: what a page can push into our shadow trees through the host. */
const TEXT_PROPS = ['display', 'fontFamily', 'fontSize', 'fontStyle', 'fontWeight', 'lineHeight', 'letterSpacing', 'wordSpacing',
  'textTransform', 'textIndent', 'textAlign', 'whiteSpace'];

/** Each widget's size, and its host's and first shadow element's computed text properties, on the current page. */
const measure = () => b.page.evaluate(([tags, props]) => Object.fromEntries(tags.map((tag) => {
  const el = document.querySelector(tag);
  const {width, height} = el.getBoundingClientRect();
  const first = el.shadowRoot?.firstElementChild;
  const styles = (s) => Object.fromEntries(props.map((p) => [p, s[p]]));
  return [tag, {width, height, host: styles(getComputedStyle(el)), inner: first ? styles(getComputedStyle(first)) : {}}];
})), [TAGS, TEXT_PROPS]);

/** Visits a page once and measures its widgets; the tests of one page share the visit. */
async function visit(path) {
  if (!seen[path]) {
    const result = await b.visit(server.origin + path);
    seen[path] = {...result, sizes: await measure()};
  }
  return seen[path];
}

/** The card, countdown, questions and agenda of module/classic/hostile.html show examples/feed.json. */
function assertRendersFeed(result, page) {
  assert.ok(result.ready, `${page}: the widgets did not all render the feed:\n${JSON.stringify(result.widgets, null, 1)}\nconsole errors:${list(result.consoleErrors)}`);
  const [card, countdown, questions, agenda] = result.widgets;
  const first = session('inclusive-digitalization');
  const second = session('healthy-territories');
  assert.equal(card.tag, 'uclg-session-card');
  assert.equal(card.title, first.title.en);
  assert.ok(card.text.includes(norm(FEED.event.name.en)) && card.text.includes(first.kind.en), `${page}: card shows the event and kind: ${card.text}`);
  assert.deepEqual(card.questions.map((q) => q.text), first.guidingQuestions.map((q) => q.en), `${page}: the card's guiding questions`);
  assert.equal(card.events, 1, `${page}: the card describes its session as a schema.org Event`);

  // The countdown: from the pages' frozen `now` to the session's start.
  const hours = Math.floor((Date.parse(first.start) - NOW) / 3_600_000);
  const days = Math.floor(hours / 24);
  assert.equal(countdown.tag, 'uclg-countdown');
  assert.match(countdown.timer ?? '', new RegExp(`^Starts in ${days} days?, ${hours % 24} hours`), `${page}: countdown`);

  assert.equal(questions.tag, 'uclg-guiding-questions');
  assert.deepEqual(questions.questions.map((q) => q.text), second.guidingQuestions.map((q) => q.en), `${page}: questions`);
  assert.equal(questions.questions.filter((q) => q.shown).length, 2, `${page}: collapsed="2" shows two questions`);
  assert.equal(questions.button, `Show all ${second.guidingQuestions.length} questions`);

  assert.equal(agenda.tag, 'uclg-agenda');
  const at = FEED.sessions.map((s) => agenda.text.indexOf(norm(s.title.en)));
  assert.ok(at.every((i) => i >= 0) && at.every((i, n) => n === 0 || i > at[n - 1]), `${page}: the agenda lists every session in order: ${agenda.text}`);
}

function assertClean(result, page) {
  assert.deepEqual(result.consoleErrors, [], `${page}: console errors:${list(result.consoleErrors)}`);
  assert.deepEqual(result.exceptions, [], `${page}: uncaught exceptions:${list(result.exceptions)}`);
  assert.deepEqual(result.violations, [], `${page}: securitypolicyviolation events:${list(result.violations)}`);
}

for (const name of ['module.html', 'classic.html', 'hostile.html']) {
  describe(`examples/embed/${name}`, () => {
    test('renders the example feed: card, countdown, guiding questions, agenda', async () => {
      assertRendersFeed(await visit(EMBED + name), name);
    });
    test('no console error, no uncaught exception, no securitypolicyviolation event', async () => {
      assertClean(await visit(EMBED + name), name);
    });
  });
}

describe('the hostile page (examples/embed/hostile.html)', () => {
  const compare = async (tags) => {
    const plain = (await visit(`${EMBED}module.html`)).sizes;
    const hostile = (await visit(HOSTILE)).sizes;
    const off = tags.filter((t) => Math.abs(plain[t].width - hostile[t].width) > 0.5 || Math.abs(plain[t].height - hostile[t].height) > 0.5);
    const diff = (a, b) => TEXT_PROPS.filter((p) => a[p] !== b[p]).map((p) => `${p} ${a[p]} → ${b[p]}`).join('; ') || 'none';
    assert.deepEqual(off, [], `same viewport (800 px), different sizes:${off.map((t) => `\n<${t}> plain ${plain[t].width}×${plain[t].height}, hostile ${hostile[t].width}×${hostile[t].height}` +
      `\n  computed on the host, plain → hostile: ${diff(plain[t].host, hostile[t].host)}` +
      `\n  computed on the shadow root's first element: ${diff(plain[t].inner, hostile[t].inner)}`).join('')}` +
      '\nOur host elements are light-DOM elements of the page: its `* { all: unset }` matches them, a page rule beats a :host rule' +
      ' (only `:host { … !important }` wins), and every inherited property not set on the host flows from the page\'s body into the shadow tree.' +
      ' (A widget that crashed or shows an error state also measures differently: see the other tests of hostile.html.)');
  };

  test('the card measures the same as on the plain page (module.html), within 0.5 px', async () => {
    await compare(['uclg-session-card']);
  });

  test('so do the countdown, the guiding questions and the agenda', async () => {
    await compare(['uclg-countdown', 'uclg-guiding-questions', 'uclg-agenda']);
  });

  test('the card\'s Add to calendar becomes its menu, opened, under the policy: no violation, no console error', async () => {
    const result = await b.visit(server.origin + HOSTILE);
    assert.ok(result.ready, 'the widgets rendered');
    const card = b.page.locator('uclg-session-card');
    assert.equal(await card.locator('uclg-add-to-calendar').count(), 0, 'a plain button until used');
    await card.locator('div[part="calendar"] > button').click();
    const menu = card.locator('uclg-add-to-calendar').locator('#menu');
    await menu.waitFor({state: 'visible'});
    assert.deepEqual((await menu.locator('li').allTextContents()).map(norm), ['Download (.ics, any calendar)', 'Google Calendar', 'Outlook.com', 'Office 365']);
    await b.page.keyboard.press('Escape');
    await menu.waitFor({state: 'hidden'});
    assertClean({...(await b.problems())}, 'hostile.html, after Add to calendar');
  });

  test('the page complies with its own policy: no inline script, style or handler; the <meta> policy comes first', () => {
    const html = hostileHtml.replace(/<!--[\s\S]*?-->/g, '');
    const inlineScripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
      .filter(([, attrs, body]) => body.trim() && !/type="application\/(ld\+)?json"/i.test(attrs));
    assert.deepEqual(inlineScripts.map((m) => m[0]), [], 'inline scripts');
    assert.doesNotMatch(html, /<style\b/i, 'no <style> element');
    assert.doesNotMatch(html, /\sstyle=/i, 'no style attribute');
    assert.doesNotMatch(html, /\son[a-z]+=/i, 'no event-handler attribute');
    assert.doesNotMatch(html, /javascript:/i, 'no javascript: URL');
    const meta = /<meta http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
    assert.ok(meta, 'a <meta http-equiv="Content-Security-Policy">');
    assert.equal(meta[1], CSP, 'the <meta> policy is the one the test server sends as a header (harness.mjs CSP)');
    assert.ok(meta.index < html.search(/<script|<link/i), 'the <meta> policy comes before any script or stylesheet (it only applies to what follows it)');
    // A <meta> policy cannot carry these (the browser ignores them and says so in the console).
    for (const headerOnly of ['frame-ancestors', 'report-uri', 'report-to', 'sandbox']) assert.ok(!meta[1].includes(headerOnly), `${headerOnly} works only in a header`);
  });

  for (const [label, path] of [['the <meta> alone', `${HOSTILE}?meta-only`], ['the header alone', `${EMBED}hostile-header-only.html`]]) {
    test(`${label} enforces the policy, and the widgets render under it with no violation`, async () => {
      const result = await b.visit(server.origin + path);
      const enforced = await b.page.evaluate(() => {
        try {
          document.createElement('div').innerHTML = '<b>x</b>';
          return false;
        } catch {
          return true;
        }
      });
      assert.ok(enforced, `${label}: Trusted Types are enforced (innerHTML with a string throws)`);
      assertRendersFeed(result, path);
      assertClean(result, path);
    });
  }

  test('two copies of the library (classic + module) under the policy: both start, no violation', async () => {
    const result = await b.visit(`${server.origin}${EMBED}hostile-two-copies.html`);
    assertRendersFeed(result, 'hostile-two-copies.html');
    assertClean(result, 'hostile-two-copies.html');
    assert.deepEqual(result.warnings, [], 'same version: no warning');
  });

  test('the policy is minimal: without the Trusted Types policy name lit-html, the browser reports a violation', async () => {
    const result = await b.visit(`${server.origin}${EMBED}hostile-without-lit-html.html`, {timeout: 1_500});
    assert.ok(result.violations.some((v) => v.startsWith('trusted-types') || v.startsWith('require-trusted-types-for')),
      `a Trusted Types violation:${list(result.violations)}`);
  });

  test('a page whose CSP lists only Lit\'s policy (trusted-types lit-html): every widget works, with its structured data, and nothing is reported', async () => {
    const result = await b.visit(`${server.origin}${EMBED}hostile-lit-only.html`);
    assertRendersFeed(result, 'hostile-lit-only.html');
    assertClean(result, 'hostile-lit-only.html');
  });

  test("a returning visitor: each loading box takes the height its widget took on the first visit (through the CSSOM, which style-src 'self' allows), and nothing is reported", async () => {
    // The feed 1.5 s late, so that the second visit's loading boxes can be read.
    const name = 'hostile-slow-feed.html';
    server.routes.set(`${EMBED}${name}`, {body: hostileHtml.replaceAll('src="../feed.json"', 'src="../feed.json?delay=1500"'), headers: {'content-security-policy': CSP}});
    const url = `${server.origin}${EMBED}${name}`;
    const first = await b.visit(url);
    assertRendersFeed(first, name);
    assertClean(first, name);
    const shown = await measure();
    const remembered = () => Object.keys(JSON.parse(localStorage.getItem('uclg-widgets:heights:v1') ?? '{}')).filter((k) => k.includes('delay=1500')).length;
    await b.page.waitForFunction(remembered, undefined, {timeout: 2_000, polling: 50}).catch(() => {});
    assert.equal(await b.page.evaluate(remembered), TAGS.length, 'each widget remembered its height');

    await b.page.goto(url);
    await b.page.waitForFunction((tags) => tags.every((t) => document.querySelector(t)?.shadowRoot?.querySelector('.state[aria-busy="true"]')), TAGS, {timeout: 1_000, polling: 20});
    const loading = await b.page.evaluate((tags) => tags.map((t) => document.querySelector(t).getBoundingClientRect().height), TAGS);
    const off = TAGS.filter((t, i) => Math.abs(loading[i] - shown[t].height) > 0.5);
    assert.deepEqual(off, [], `loading boxes as high as the widgets were:${off.map((t) => `\n<${t}> ${loading[TAGS.indexOf(t)]} px loading, ${shown[t].height} px shown`).join('')}`);
    await b.page.waitForFunction(widgetsReady, undefined, {timeout: 8_000, polling: 50});
    assertClean(await b.problems(), name);
  });

  test("why the policy has 'allow-duplicates': without it, a second copy cannot create its Trusted Types policies", async () => {
    const result = await b.visit(`${server.origin}${EMBED}hostile-two-copies-no-duplicates.html`, {timeout: 1_500});
    assert.ok(result.violations.some((v) => v.startsWith('trusted-types')), `a trusted-types violation:${list(result.violations)}`);
    assert.ok(result.exceptions.some((e) => /createPolicy|already exists/i.test(e)), `the second copy throws at createPolicy:${list(result.exceptions)}`);
  });
});
