/**
 * The layers of src/ (README, "Contributing"): a folder imports only from its own folder or
 * from a lower layer, so the dependencies run one way and no two folders import each other.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {dirname, join, normalize, relative} from 'node:path';

/** Bottom to top. Folders on one line are side by side: neither may import the other. */
export const LAYERS = [
  ['core', 'internal'], // shared vocabulary (languages, the feed's types, statuses) and small helpers
  ['i18n'], // languages, interface strings, Intl formatters
  ['time'], // instants, zones, formatting, the page clock and ticker
  ['feed'], // parse and load
  ['calendar', 'events'], // .ics and calendar links, event classes
  ['seo'], // JSON-LD and pre-rendered HTML (whose agenda has calendar links)
  ['base'], // element base classes and their controllers
  ['components'], // the elements
  ['.', 'jsx'], // npm entry points (index, define, react) and JSX types
  ['bundle'], // the CDN files, built on define
  ['editor'], // the feed editor page (dist/editor/), built on define
];
const rank = new Map(LAYERS.flatMap((folders, i) => folders.map((f) => [f, i])));

/** `components/agenda/agenda.ts` → `components`; `index.ts` → `.`. */
const folderOf = (file) => (file.includes('/') ? file.split('/')[0] : '.');

function sources(dir = 'src') {
  return readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'test-support' ? [] : sources(p);
    return /(?<!\.test|\.d)\.ts$/.test(e.name) ? [p] : [];
  });
}

test('every folder of src/ has a layer', () => {
  const folders = new Set(sources().map((f) => folderOf(relative('src', f))));
  assert.deepEqual([...folders].filter((f) => !rank.has(f)), []);
});

test('imports run one way: own folder or a lower layer, never side by side or up', () => {
  const wrong = [];
  let count = 0;
  for (const file of sources()) {
    const from = relative('src', file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*'(\.[^']+)'/g)) {
      const to = normalize(join(dirname(from), spec));
      const [a, b] = [folderOf(from), folderOf(to)];
      count++;
      if (a !== b && !(rank.get(b) < rank.get(a))) wrong.push(`${from} → ${to}`);
    }
  }
  assert.ok(count > 100, `read the imports (${count})`);
  assert.deepEqual(wrong, []);
});
