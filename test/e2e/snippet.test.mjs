/**
 * The README's CDN snippet: it is the one `cdnSnippet(integrity)` (scripts/embed-snippet.js)
 * makes from dist/cdn/integrity.json (a README not updated after a build fails here), the SRI
 * hashes in integrity.json are those of the files, and the snippet works in a browser: served
 * from a second local origin standing in for the CDN (same path as jsDelivr, CORS like jsDelivr,
 * the very bytes of dist/cdn/), its `integrity` and `crossorigin` let the file run, and a file
 * changed by one comment is blocked.
 *
 * Run: npm run build && npm run test:e2e
 */
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {CDN_DIR, CDN_PATH, CSP, list, openCdnSite, PKG, ROOT, session} from './harness.mjs';
import {CDN_BASE, CDN_FILES, cdnSnippet, cdnUrl} from '../../scripts/embed-snippet.js';
import {loaderFiles} from '../../scripts/loader-snippet.js';

process.chdir(ROOT); // scripts/embed-snippet.js reads ./package.json

const integrity = JSON.parse(readFileSync(join(CDN_DIR, 'integrity.json'), 'utf8'));
const FEED_URL = 'https://example.org/uclg-feed.json'; // the snippet's placeholder

let b;
let site;
let cdn;
let env;
// The "CDN", and a copy of its two files each changed by one comment.
before(async () => ({b, site, cdn} = env = await openCdnSite(() => CDN_FILES)));
after(() => env?.close());

/** A partner's page: the snippet pasted into its body, the CDN and the feed pointed at the local servers. */
function partnerPage(name, snippet, cdnPrefix = '') {
  const html = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>A partner's page</title></head>
  <body>
    <h1>A partner's page</h1>
    ${snippet.replaceAll(CDN_BASE, `${cdn.origin}${cdnPrefix}/npm/@uclg/widgets`).replaceAll(FEED_URL, `${site.origin}/examples/feed.json`)}
  </body>
</html>`;
  site.routes.set(`/__e2e/${name}.html`, {body: html});
  return `${site.origin}/__e2e/${name}.html`;
}

describe('the README CDN snippet and dist/cdn/integrity.json', () => {
  test("the README's snippet is cdnSnippet(integrity) with dist/cdn/integrity.json (run `npm run build` if not)", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = /<!-- cdn-snippet -->\n```html\n([\s\S]*?)\n```\n<!-- \/cdn-snippet -->/.exec(readme);
    assert.ok(block, 'README.md has a ```html block between <!-- cdn-snippet --> and <!-- /cdn-snippet -->');
    assert.equal(block[1], cdnSnippet(integrity), 'the README snippet is stale: `npm run build` regenerates it');
  });

  test('integrity.json holds the sha384 of each CDN file (the loader and its modules too), and nothing else', () => {
    const files = [...CDN_FILES, ...loaderFiles(CDN_DIR)];
    assert.deepEqual(Object.keys(integrity).sort(), files.sort());
    for (const file of files) {
      const sri = `sha384-${createHash('sha384').update(readFileSync(join(CDN_DIR, file))).digest('base64')}`;
      assert.equal(integrity[file], sri, `dist/cdn/${file}`);
    }
  });

  test('the snippet works: with its integrity and crossorigin, from another origin, the card renders', async () => {
    const snippet = cdnSnippet(integrity);
    assert.match(snippet, /crossorigin="anonymous"/);
    const result = await b.visit(partnerPage('snippet', snippet));
    assert.ok(result.ready, `the card did not render: ${JSON.stringify(result.widgets)}\nconsole errors:${list(result.consoleErrors)}`);
    assert.equal(result.widgets[0].title, session('inclusive-digitalization').title.fr, 'the snippet\'s card, in French');
    assert.deepEqual([...result.consoleErrors, ...result.exceptions], [], `console errors and exceptions:${list([...result.consoleErrors, ...result.exceptions])}`);
    assert.ok(cdn.requests.includes(`${CDN_PATH}uclg-widgets.js`), 'the module came from the "CDN"');
  });

  test('the classic file works the same with its own integrity', async () => {
    const tag = `<script src="${cdnUrl('uclg-widgets.iife.js', PKG.version)}" integrity="${integrity['uclg-widgets.iife.js']}" crossorigin="anonymous" defer></script>`;
    const snippet = cdnSnippet(integrity).replace(/^<script[\s\S]*?<\/script>/, tag);
    const result = await b.visit(partnerPage('snippet-classic', snippet));
    assert.ok(result.ready, `the card did not render: ${JSON.stringify(result.widgets)}\nconsole errors:${list(result.consoleErrors)}`);
    assert.deepEqual([...result.consoleErrors, ...result.exceptions], []);
  });

  test('a file that does not match the integrity is blocked: nothing is defined, the console says why', async () => {
    const result = await b.visit(partnerPage('snippet-tampered', cdnSnippet(integrity), '/tampered'), {timeout: 1_000});
    assert.ok(cdn.requests.includes(`/tampered${CDN_PATH}uclg-widgets.js`), 'the tampered file was requested');
    const defined = await b.page.evaluate(() => [!!customElements.get('uclg-session-card'), !!window.UclgWidgets]);
    assert.deepEqual(defined, [false, false], 'the tampered file did not run');
    assert.ok(result.consoleErrors.some((e) => /integrity/i.test(e) && e.includes('uclg-widgets.js')), `an integrity error in the console:${list(result.consoleErrors)}`);
  });
});

test('the README shows the CSP line that the hostile page and these tests use', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const page = readFileSync(join(ROOT, 'examples/embed/hostile.html'), 'utf8');
  assert.ok(page.includes(`content="${CSP}"`), 'hostile.html carries the tested policy');
  assert.ok(readme.includes(`\n${CSP}\n`), 'README.md quotes the tested policy on a line of its own');
});
