/**
 * The slots and custom states the elements render are the ones custom-elements.json documents
 * (from the `@slot` and `@cssstate` JSDoc), which Storybook, editors, the API report and the
 * README's readers see; the README says the manifest lists every element's slots. Needs
 * custom-elements.json (`npm test` and `npm run build` make it).
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';

function sources(dir = 'src') {
  return readdirSync(dir, {withFileTypes: true}).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : /(?<!\.test)\.ts$/.test(e.name) ? [join(dir, e.name)] : []));
}
const code = sources().map((f) => readFileSync(f, 'utf8')).join('\n');
const elements = JSON.parse(readFileSync('custom-elements.json', 'utf8')).modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const byTag = Object.fromEntries(elements.map((d) => [d.tagName, d]));
const names = (list) => new Set((list ?? []).map((x) => x.name));

test('every named <slot> in src/ is a documented slot of an element, and every documented slot is rendered', () => {
  const rendered = new Set([...code.matchAll(/<slot name="([\w-]+)"/g)].map((m) => m[1]));
  const documented = new Set(elements.flatMap((d) => [...names(d.slots)]));
  assert.ok(rendered.has('prerendered') && rendered.has('heading'), `found the slots rendered (${[...rendered]})`);
  assert.deepEqual([...rendered].filter((s) => !documented.has(s)).sort(), []);
  assert.deepEqual([...documented].filter((s) => !rendered.has(s)).sort(), []);
});

test('every custom state set in src/ is documented, and every element that shows a feed has the pre-rendered slot and state', () => {
  const set = new Set([...code.matchAll(/\.states\??\.?(?:\[[^\]]*\]|\w+)\('([\w-]+)'\)/g)].map((m) => m[1]));
  assert.ok(set.has('prerendered'), `found the states set (${[...set]})`);
  const documented = new Set(elements.flatMap((d) => [...names(d.cssStates)]));
  assert.deepEqual([...set].filter((s) => !documented.has(s)).sort(), []);
  for (const tag of ['uclg-session-card', 'uclg-countdown', 'uclg-guiding-questions', 'uclg-agenda']) {
    assert.ok(names(byTag[tag]?.slots).has('prerendered'), `${tag}: slot prerendered`);
    assert.ok(names(byTag[tag]?.cssStates).has('prerendered'), `${tag}: state prerendered`);
  }
  assert.ok(names(byTag['uclg-guiding-questions'].slots).has('heading'));
});
