/**
 * Registration is guarded: the ES bundle loaded twice (and a second copy of it from another URL),
 * the classic and the module bundles on one page, and two different versions on one page never
 * throw; only a different version logs one console warning; the first registration wins and the
 * elements already on the page keep working. The "other version" is dist/cdn/uclg-widgets.js with
 * its version string replaced, written to a temp dir for the run (never committed).
 *
 * Run: npm run build && npm run test:e2e
 */
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {CDN_DIR, CDN_MOUNT, EMBED, FEED, list, norm, openBrowser, PKG, ROOT, session} from './harness.mjs';
import {startServer} from '../../scripts/static-server.js';

const VERSION = PKG.version;
const OTHER = '9.9.9-e2e';

let b;
let server;
let tmp;
before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'uclg-e2e-'));
  const code = readFileSync(join(CDN_DIR, 'uclg-widgets.js'), 'utf8');
  const quoted = JSON.stringify(VERSION);
  const count = code.split(quoted).length - 1;
  if (count < 1) throw new Error(`dist/cdn/uclg-widgets.js does not contain its version ${quoted}: cannot make another version of it.`);
  writeFileSync(join(tmp, 'uclg-widgets.js'), code.replaceAll(quoted, JSON.stringify(OTHER)));
  server = await startServer({root: ROOT, mounts: {...CDN_MOUNT, '/__e2e/other-version/': tmp}});
  b = await openBrowser();
});
after(async () => {
  await b?.close();
  await server?.close();
  if (tmp) rmSync(tmp, {recursive: true, force: true});
});

const first = session('inclusive-digitalization');

/** The card and the agenda of the double-load pages show the feed. */
function assertRenders(result) {
  assert.ok(result.ready, `the widgets did not render: ${JSON.stringify(result.widgets, null, 1)}\nconsole errors:${list(result.consoleErrors)}\nexceptions:${list(result.exceptions)}`);
  const [card, agenda] = result.widgets;
  assert.equal(card.title, first.title.en);
  assert.ok(FEED.sessions.every((s) => agenda.text.includes(norm(s.title.en))), `the agenda lists every session: ${agenda.text}`);
}

/** The card still works: it follows a language change and a new element renders too. */
async function assertStillWorks() {
  await b.page.evaluate(() => document.querySelector('uclg-session-card').setAttribute('lang', 'fr'));
  await b.page.waitForFunction((title) => document.querySelector('uclg-session-card').shadowRoot.querySelector('#title')?.textContent.replace(/\s+/g, ' ').trim() === title,
    first.title.fr, {timeout: 5_000, polling: 50}).catch(async () => {
    assert.fail(`after lang="fr", the card shows "${await b.page.evaluate(() => document.querySelector('uclg-session-card').shadowRoot.querySelector('#title')?.textContent)}", not "${first.title.fr}"`);
  });
  const title = await b.page.evaluate(async (feed) => {
    const card = document.createElement('uclg-session-card');
    card.setAttribute('session', 'healthy-territories');
    card.feed = feed;
    document.body.append(card);
    await card.updateComplete;
    return card.shadowRoot.querySelector('#title')?.textContent.replace(/\s+/g, ' ').trim();
  }, FEED);
  assert.equal(title, session('healthy-territories').title.en, 'a card created after both copies loaded renders');
}

const versionInfo = () => b.page.evaluate(() => ({
  global: window.UclgWidgets?.version,
  card: customElements.get('uclg-session-card')?.uclgVersion,
}));

describe('the same version twice', () => {
  test('double-module.html: the ES bundle three times (twice one URL, once another): no error, no warning, widgets work', async () => {
    const before = server.requests.length;
    const result = await b.visit(`${server.origin}${EMBED}double-module.html`);
    assert.ok(server.requests.slice(before).includes('/dist/cdn/uclg-widgets.js?copy=2'), 'the second copy was loaded');
    assertRenders(result);
    assert.deepEqual([...result.exceptions, ...result.consoleErrors, ...result.warnings], [], `nothing thrown, logged or warned:${list([...result.exceptions, ...result.consoleErrors, ...result.warnings])}`);
    assert.deepEqual(await versionInfo(), {global: VERSION, card: VERSION});
    await assertStillWorks();
    assert.deepEqual((await b.problems()).consoleErrors, []);
  });

  test('double-classic-module.html: the classic script and the ES module: no error, no warning, widgets work', async () => {
    const result = await b.visit(`${server.origin}${EMBED}double-classic-module.html`);
    assertRenders(result);
    assert.deepEqual([...result.exceptions, ...result.consoleErrors, ...result.warnings], [], `nothing thrown, logged or warned:${list([...result.exceptions, ...result.consoleErrors, ...result.warnings])}`);
    assert.deepEqual(await versionInfo(), {global: VERSION, card: VERSION});
    await assertStillWorks();
    assert.deepEqual((await b.problems()).consoleErrors, []);
  });
});

describe('two versions on one page (versions.html)', () => {
  let result;
  before(async () => {
    result = await b.visit(`${server.origin}${EMBED}versions.html`);
  });

  test('nothing throws and nothing is logged as an error', () => {
    assert.ok(server.requests.includes('/__e2e/other-version/uclg-widgets.js'), 'the other version was loaded');
    assert.deepEqual(result.exceptions, [], `uncaught exceptions:${list(result.exceptions)}`);
    assert.deepEqual(result.consoleErrors, [], `console errors:${list(result.consoleErrors)}`);
  });

  test('the other version logs exactly one console warning, naming both versions', () => {
    assert.equal(result.warnings.length, 1, `one warning:${list(result.warnings)}`);
    assert.match(result.warnings[0], new RegExp(`^\\[@uclg/widgets ${OTHER.replaceAll('.', '\\.')}\\] .*already defined by version ${VERSION.replaceAll('.', '\\.')}`));
  });

  test('the first registration wins: elements, global and rendering are the first version\'s', async () => {
    assertRenders(result);
    assert.deepEqual(await versionInfo(), {global: VERSION, card: VERSION});
  });

  test('the elements already on the page keep working', async () => {
    await b.visit(`${server.origin}${EMBED}versions.html`);
    await assertStillWorks();
    const problems = await b.problems();
    assert.deepEqual([...problems.exceptions, ...problems.consoleErrors], []);
  });
});
