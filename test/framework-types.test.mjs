/**
 * The framework bindings are generated from custom-elements.json (scripts/gen-framework-types.js)
 * and committed: they must be what the generator writes today, cover every attribute, property
 * and event of every element, and type-check real usage in React 19 and Preact (test/types/*.tsx,
 * tsc), Vue (test/types/vue, vue-tsc with strict templates) and Svelte 5 (test/types/svelte,
 * svelte-check): the right usage passes, and each mistake written there is reported.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {elements, generate} from '../scripts/gen-framework-types.js';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

test('src/jsx/props.ts and src/react.ts are what the manifest generates (run `npm run types:generate`)', () => {
  for (const [file, text] of Object.entries(generate(manifest))) assert.equal(readFileSync(file, 'utf8'), text, `${file} is stale`);
});

test('every attribute, property and event of every element is in the JSX props and the wrappers', () => {
  const props = readFileSync('src/jsx/props.ts', 'utf8');
  const react = readFileSync('src/react.ts', 'utf8');
  const els = elements(manifest);
  assert.equal(els.length, 5);
  /** The props of an interface and of those it extends. */
  const keysOf = (name) => {
    const m = new RegExp(`export interface ${name} (?:extends (\\w+) )?\\{([\\s\\S]*?)\\n\\}`).exec(props);
    assert.ok(m, `no interface ${name}`);
    return new Set([...(m[1] ? keysOf(m[1]) : []), ...[...m[2].matchAll(/^ {2}'?([\w-]+)'?\?:/gm)].map((k) => k[1])]);
  };
  for (const el of els) {
    const keys = keysOf(`${el.className}Props`);
    const want = [...el.attributes.map((a) => (a.name.includes('-') || !a.fieldName ? a.name : a.fieldName)), ...el.fields.map((f) => f.name), ...el.events.map((e) => `on${e.name}`)];
    assert.deepEqual(want.filter((k) => !keys.has(k)), [], `<${el.tag}>`);
    for (const e of el.events) assert.match(react, new RegExp(`tagName: '${el.tag}'[^\\n]*'${e.name}' as EventName<${e.type.text}>`), `${el.tag} wrapper: ${e.name}`);
  }
});

test('React 19 and Preact usage type-checks, and mistakes (a misspelled attribute, a wrong detail field) do not', () => {
  const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'test/types/tsconfig.json'], {encoding: 'utf8'});
  assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
});

const run = (bin, args) => spawnSync(process.execPath, [bin, ...args], {encoding: 'utf8'});

test('Vue templates type-check under vue-tsc, and mistakes do not (each @vue-expect-error must be an error)', () => {
  const r = run('node_modules/vue-tsc/bin/vue-tsc.js', ['-p', 'test/types/vue/tsconfig.json']);
  assert.equal(r.status, 0, r.stdout + r.stderr);
});

test('Svelte 5 templates type-check under svelte-check: App.svelte clean, each mistake in Wrong.svelte reported', () => {
  const r = run('node_modules/svelte-check/bin/svelte-check', ['--workspace', 'test/types/svelte', '--tsconfig', `${process.cwd()}/test/types/svelte/tsconfig.json`, '--output', 'machine']);
  const errors = r.stdout.split('\n').filter((l) => / ERROR /.test(l));
  assert.deepEqual(errors.filter((l) => !l.includes('"Wrong.svelte"')), [], r.stdout);
  const lines = errors.map((l) => Number(/"Wrong.svelte" (\d+):/.exec(l)?.[1])).sort((a, b) => a - b);
  assert.deepEqual(lines, [7, 8, 9, 10], `one error per mistake:\n${errors.join('\n')}`);
});
