/**
 * Every public CSS custom property the styles read (`var(--uclg-…)`) is documented: it is in
 * custom-elements.json (from the `@cssprop` JSDoc), which Storybook, editors and the README's
 * readers see. Needs custom-elements.json (`npm test` and `npm run build` make it).
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';

function sources(dir = 'src') {
  return readdirSync(dir, {withFileTypes: true}).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : /(?<!\.test)\.ts$/.test(e.name) ? [join(dir, e.name)] : []));
}

test('every var(--uclg-…) read in src/ is a documented CSS custom property of the elements', () => {
  const read = new Set(sources().flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/var\((--uclg-[\w-]+)/g)].map((m) => m[1])));
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const documented = new Set(manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).flatMap((d) => (d.cssProperties ?? []).map((p) => p.name)));
  assert.ok(read.size > 20, `found the properties read (${read.size})`);
  assert.deepEqual([...read].filter((p) => !documented.has(p)).sort(), []);
  // And nothing documented that no style reads.
  assert.deepEqual([...documented].filter((p) => !read.has(p)).sort(), []);
});
