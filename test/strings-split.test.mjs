/**
 * Interface strings are split per namespace (scripts/split-strings.js → src/i18n/generated/strings/)
 * so that an element's bundle carries only the strings it shows (issue 16). That works only if
 * every module calling msg() with ids of a namespace registers that namespace itself: a module
 * that relied on another one to register its strings would show English whenever it is imported
 * without that other module. This reads the sources and checks each one.
 *
 * Run: node --test test/strings-split.test.mjs
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SRC = join(ROOT, 'src');
const STRINGS = join(SRC, 'i18n', 'generated', 'strings');

const tsFiles = (dir) => readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
  const path = join(dir, e.name);
  if (e.isDirectory()) return path === join(SRC, 'i18n', 'generated') || e.name === 'test-support' ? [] : tsFiles(path);
  return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
});

/** The code without its comment lines (a JSDoc example is no lookup). */
const code = (file) => readFileSync(file, 'utf8').split('\n').filter((l) => !/^\s*(\/\/|\/\*|\*)/.test(l)).join('\n');
/** Namespaces of the ids a module looks up: `{id: 'countdown.starts-in', …}` → countdown. */
const used = (code) => new Set([...code.matchAll(/\bid: '([a-z-]+)\.[\w.-]+'/g)].map((m) => m[1]));
/** Namespaces a module registers: an import of generated/strings/<ns>.js handed to addStrings(). */
function registered(code) {
  const names = new Map([...code.matchAll(/import \{(\w+)\} from '[./]+(?:i18n\/)?generated\/strings\/([a-z-]+)\.js';/g)].map((m) => [m[1], m[2]]));
  return new Set([...code.matchAll(/^addStrings\((\w+)\);$/gm)].map((m) => names.get(m[1])).filter(Boolean));
}

const translated = new Set(readdirSync(STRINGS).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)));

test('every module registers the translations of the strings it looks up', () => {
  const missing = [];
  let checked = 0;
  for (const file of tsFiles(SRC)) {
    const source = code(file);
    const need = [...used(source)].filter((ns) => translated.has(ns));
    if (!need.length) continue;
    checked++;
    const have = registered(source);
    for (const ns of need) if (!have.has(ns)) missing.push(`${relative(ROOT, file)} looks up '${ns}.*' strings without addStrings(${ns}Strings)`);
  }
  assert.ok(checked >= 10, `only ${checked} modules look strings up: is the id pattern still right?`);
  assert.deepEqual(missing, []);
});

test('every generated namespace is registered somewhere, and nothing registers what it does not use', () => {
  const registeredAnywhere = new Set();
  const extra = [];
  for (const file of tsFiles(SRC)) {
    const source = code(file);
    const have = registered(source);
    const need = used(source);
    for (const ns of have) {
      registeredAnywhere.add(ns);
      if (!need.has(ns)) extra.push(`${relative(ROOT, file)} registers '${ns}.*' strings it never looks up`);
    }
  }
  assert.deepEqual([...translated].filter((ns) => !registeredAnywhere.has(ns)), [], 'translated namespaces nobody registers');
  assert.deepEqual(extra, []);
});
