/**
 * The package's typesVersions map (what TypeScript's old `moduleResolution: node` reads instead
 * of "exports") names the same .d.ts as every export, so the two cannot drift apart. The full
 * checks on the packed tarball (publint, attw) are `npm run check:package`, after a build; the
 * old resolution compiling a real app is test/pack/node10.test.mjs.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {checkTypesVersions} from '../scripts/package-checks.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

test('typesVersions has one entry per export with types, naming the same file', () => {
  assert.deepEqual(checkTypesVersions(pkg), []);
});

test('a new export without its typesVersions entry, or a stale entry, is reported', () => {
  const added = structuredClone(pkg);
  added.exports['./speakers.js'] = {types: './dist/components/speakers/speakers.d.ts', default: './dist/components/speakers/speakers.js'};
  assert.deepEqual(checkTypesVersions(added), ['typesVersions has no "speakers.js" (exports "./speakers.js" has types ./dist/components/speakers/speakers.d.ts)']);
  const moved = structuredClone(pkg);
  moved.exports['./vue'].types = './dist/vue.d.ts';
  assert.match(checkTypesVersions(moved).join('\n'), /typesVersions "vue": \["\.\/dist\/jsx\/vue\.d\.ts"\], exports say \.\/dist\/vue\.d\.ts/);
  const stale = structuredClone(pkg);
  delete stale.exports['./svelte'];
  assert.deepEqual(checkTypesVersions(stale), ['typesVersions "svelte" is not an export with types']);
});

test('the CDN files have types (window.UclgWidgets)', () => {
  for (const key of ['./cdn/uclg-widgets.js', './cdn/uclg-widgets.iife.js']) {
    assert.equal(pkg.exports[key].types, './dist/cdn/uclg-widgets.d.ts', key);
  }
});
