/**
 * Browser tests run two Chromium pages at a time, so one of them is often in the background, and a
 * background page gets no animation frames. open-wc's `fixture()` waits for a frame when the
 * template's root is not a Lit element (a plain `<div>` wrapper), so such a test hangs until its
 * timeout, now and then. Wrappers go through `mount()` from src/test-support/dom.ts instead.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';

function testFiles(dir) {
  return readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? testFiles(p) : /\.test\.ts$/.test(e.name) ? [p] : [];
  });
}

/** The root tag of every `fixture(html`<tag …`)` call, with the file and line it is on. */
export function fixtureRoots(source, file = '') {
  const calls = /\bfixture\s*(?:<[^>()]*>)?\(\s*html`\s*<([a-zA-Z][\w-]*)/g;
  return [...source.matchAll(calls)].map((m) => ({
    tag: m[1].toLowerCase(),
    at: `${file}:${source.slice(0, m.index).split('\n').length}`,
  }));
}

test('fixtureRoots sees a root tag, with or without a type argument', () => {
  const src = 'await fixture<X>(html`<div><uclg-countdown></uclg-countdown></div>`);\nfixture(html`\n  <uclg-agenda>`)';
  assert.deepEqual(
    fixtureRoots(src, 'f.ts').map((r) => [r.tag, r.at]),
    [['div', 'f.ts:1'], ['uclg-agenda', 'f.ts:2']],
  );
});

test('every fixture() in a browser test has a custom element as its root', () => {
  const roots = testFiles('src').flatMap((f) => fixtureRoots(readFileSync(f, 'utf8'), f));
  assert.ok(roots.length > 10, `only ${roots.length} fixture() calls found: is the pattern still right?`);
  assert.deepEqual(roots.filter((r) => !r.tag.includes('-')).map((r) => `${r.at} <${r.tag}>`), []);
});
