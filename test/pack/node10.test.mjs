/**
 * An app whose tsconfig still says `"moduleResolution": "node"` (node10: no "exports", only
 * "types" and typesVersions) imports every subpath of the packed tarball and type-checks, and so
 * does the same app with `bundler`; the CDN files' types give `window.UclgWidgets` and the tags.
 * The tarball is unpacked into a scratch node_modules beside links to the repo's own packages
 * (lit, the framework types): no install, a few seconds. Needs `npm run build` first.
 */
import {after, before, test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
let tmp;

/** Every export that has types, as an import of the subpath. */
const typedSubpaths = Object.entries(pkg.exports)
  .filter(([, v]) => typeof v === 'object' && v.types)
  .map(([key]) => `@uclg/widgets${key.slice(1)}`);

before(() => {
  if (!existsSync(join(ROOT, 'dist/cdn/uclg-widgets.d.ts'))) throw new Error('dist/cdn/uclg-widgets.d.ts is missing: run `npm run build` first.');
  tmp = mkdtempSync(join(tmpdir(), 'uclg-node10-'));
  const packed = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], {cwd: ROOT, encoding: 'utf8'});
  const tarball = join(tmp, JSON.parse(packed.slice(packed.indexOf('[')))[0].filename);
  const modules = join(tmp, 'node_modules');
  mkdirSync(join(modules, '@uclg/widgets'), {recursive: true});
  execFileSync('tar', ['-xzf', tarball, '-C', join(modules, '@uclg/widgets'), '--strip-components=1']);
  // The package's dependencies and peers (lit, @types/react, vue, svelte, preact…): the repo's.
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (entry.startsWith('.') || entry === '@uclg') continue;
    symlinkSync(join(ROOT, 'node_modules', entry), join(modules, entry));
  }
  const imports = typedSubpaths.map((s, i) => `import * as m${i} from '${s}';`).join('\n');
  writeFileSync(join(tmp, 'app.ts'), `${imports}
export const all = [${typedSubpaths.map((_, i) => `m${i}`).join(', ')}];
import {parseFeed, UclgCountdown} from '@uclg/widgets';
export const version: string = window.UclgWidgets.version;
export const countdown: UclgCountdown = document.createElement('uclg-countdown');
export const problems = parseFeed({}).problems;
`);
  // What must not compile: the global's type is not \`any\`.
  writeFileSync(join(tmp, 'wrong.ts'), `import '@uclg/widgets/cdn/uclg-widgets.js';\nexport const n: number = window.UclgWidgets.version;\n`);
});

after(() => tmp && rmSync(tmp, {recursive: true, force: true}));

/** tsc on one file with the given module resolution; returns its status and output. */
function tsc(file, moduleResolution) {
  const config = {
    compilerOptions: {
      target: 'ES2022', module: 'ESNext', moduleResolution, lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      strict: true, noEmit: true, skipLibCheck: true, types: [], jsx: 'react-jsx',
    },
    files: [file],
  };
  writeFileSync(join(tmp, 'tsconfig.json'), JSON.stringify(config));
  const result = spawnSync(process.execPath, [TSC, '-p', 'tsconfig.json'], {cwd: tmp, encoding: 'utf8'});
  return {status: result.status, output: `${result.stdout}${result.stderr}`};
}

test(`every typed subpath (${typedSubpaths.length}) compiles with moduleResolution "node" (node10)`, () => {
  assert.ok(typedSubpaths.length >= 18, typedSubpaths.join(', '));
  const {status, output} = tsc('app.ts', 'node');
  assert.equal(status, 0, output);
});

test('and with moduleResolution "bundler"', () => {
  const {status, output} = tsc('app.ts', 'bundler');
  assert.equal(status, 0, output);
});

test('window.UclgWidgets is typed, not any', () => {
  const {status, output} = tsc('wrong.ts', 'node');
  assert.notEqual(status, 0);
  assert.match(output, /wrong\.ts.*TS2322: Type 'string' is not assignable to type 'number'/);
});
