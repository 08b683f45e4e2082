#!/usr/bin/env node
/**
 * `npm run check:package` (after `npm run build`): the tarball `npm publish` would upload, checked
 * as its users' tools read it.
 * - publint --strict: package.json fields, exports, files that exist, formats (warnings fail too);
 * - @arethetypeswrong/cli: every export's types resolve for TypeScript users, including the old
 *   `moduleResolution: node` (node10, which ignores "exports": the typesVersions map serves it) and
 *   the CDN files (dist/cdn/uclg-widgets.d.ts: `window.UclgWidgets` and the tags).
 *   One rule is off: "cjs-resolves-to-esm". The package is ESM only (Lit is), so a CommonJS file
 *   reaches it with `import()`, never `require()`; attw's node16-from-CJS column says just that;
 * - typesVersions mirrors the exports' "types" (checkTypesVersions, also a Node test).
 * Exits 1 on any problem. Nothing is installed or fetched (no @types lookup on the registry).
 */
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

/**
 * What `moduleResolution: node` users need: one typesVersions entry per export that has types,
 * naming the same .d.ts. Returns the differences, as sentences.
 */
export function checkTypesVersions(pkg) {
  const problems = [];
  const map = pkg.typesVersions?.['*'] ?? {};
  const wanted = new Map();
  for (const [key, value] of Object.entries(pkg.exports)) {
    if (key === '.' || typeof value !== 'object' || !value.types) continue;
    wanted.set(key.slice(2), value.types);
  }
  for (const [subpath, types] of wanted) {
    const got = map[subpath];
    if (!got) problems.push(`typesVersions has no "${subpath}" (exports "./${subpath}" has types ${types})`);
    else if (got.length !== 1 || got[0] !== types) problems.push(`typesVersions "${subpath}": ${JSON.stringify(got)}, exports say ${types}`);
  }
  for (const subpath of Object.keys(map)) {
    if (!wanted.has(subpath)) problems.push(`typesVersions "${subpath}" is not an export with types`);
  }
  if (pkg.types !== pkg.exports['.']?.types) problems.push(`"types" (${pkg.types}) differs from exports["."].types`);
  return problems;
}

function main() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const tmp = mkdtempSync(join(tmpdir(), 'uclg-package-checks-'));
  const failed = [];
  try {
    const packed = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], {cwd: root, encoding: 'utf8'});
    const tarball = join(tmp, JSON.parse(packed.slice(packed.indexOf('[')))[0].filename);
    console.log(`Package checks on ${tarball}`);
    const tools = [
      ['publint', ['run', tarball, '--strict']],
      ['attw', [tarball, '--ignore-rules', 'cjs-resolves-to-esm',
        '--no-definitely-typed', '--format', 'table-flipped', '--no-color']],
    ];
    for (const [name, args] of tools) {
      try {
        execFileSync(join(root, 'node_modules/.bin', name), args, {cwd: root, stdio: 'inherit'});
      } catch {
        failed.push(name);
      }
    }
    const problems = checkTypesVersions(pkg);
    for (const p of problems) console.error(`package.json: ${p}`);
    if (problems.length) failed.push('typesVersions');
  } finally {
    rmSync(tmp, {recursive: true, force: true});
  }
  if (failed.length) {
    console.error(`Package checks failed: ${failed.join(', ')}`);
    process.exit(1);
  }
  console.log('Package checks: publint, attw (node10, node16, bundler) and typesVersions clean.');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
