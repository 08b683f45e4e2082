/**
 * What an npm user pays per import (issue 16): the packed tarball, built the way a Vite app
 * builds it, one tiny entry per case (`import '@uclg/widgets/countdown/define.js'` …), each
 * build's emitted JS summed and gzipped at level 9, Lit included. Budgets are in
 * size-budget.npm.json: `target` is the issue's promise, `limit` what CI enforces today (so that
 * nothing grows unnoticed while we are above the target). Every run prints, per entry, the size,
 * the limit, the target and the distance to it, and the CDN file's size for comparison.
 *
 * No install: `npm pack` → the tarball unpacked into a scratch app's node_modules/@uclg/widgets,
 * its dependencies (lit, @lit/localize) linked from this repo's node_modules (the lockfile's
 * versions, which a fresh install of the package resolves today), and the repo's own Vite (a
 * devDependency, the major the framework apps use) with its defaults for a production app build:
 * minify 'oxc', target 'baseline-widely-available', Lit's "production" export condition.
 * About 5 s. Needs `npm run build` first. `UCLG_PACK_KEEP=1` keeps the temp dir.
 *
 * Run: npm run build && node --test test/pack/size.test.mjs
 */
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {gzipSync} from 'node:zlib';
import {build, version as viteVersion} from 'vite';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const KEEP = process.env.UCLG_PACK_KEEP === '1';
const run = promisify(execFile);

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const budget = JSON.parse(readFileSync(join(ROOT, 'size-budget.npm.json'), 'utf8'));
const CDN_FILE = 'dist/cdn/uclg-widgets.js';

const gzip9 = (code) => gzipSync(code, {level: 9}).length;
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
const signedKb = (n) => `${n < 0 ? '-' : '+'}${kb(Math.abs(n))}`;

const state = {sizes: new Map()};

/** `import '<specifier>'` built alone: the emitted JS chunks, and their gzip -9 total. */
async function measure(specifier) {
  const entry = join(state.app, `${specifier.replace(/\W+/g, '-')}.js`);
  writeFileSync(entry, `import '${specifier}';\n`);
  const result = await build({
    root: state.app,
    configFile: false,
    envDir: false,
    mode: 'production',
    logLevel: 'warn',
    build: {write: false, reportCompressedSize: false, rolldownOptions: {input: entry}},
  });
  const chunks = [result].flat().flatMap((r) => r.output).filter((o) => o.type === 'chunk');
  // What the page loads at once: the entry and what it imports statically. The rest is
  // imported on demand (the feed code, when a widget is given a feed).
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const initial = new Set();
  const visit = (c) => {
    if (!c || initial.has(c)) return;
    initial.add(c);
    for (const name of c.imports) visit(byName.get(name));
  };
  chunks.filter((c) => c.isEntry).forEach(visit);
  const size = (list) => ({raw: list.reduce((n, c) => n + Buffer.byteLength(c.code), 0), gzip: list.reduce((n, c) => n + gzip9(c.code), 0)});
  const lazy = chunks.filter((c) => !initial.has(c));
  return {chunks, ...size(chunks), initial: size([...initial]), lazy: size(lazy)};
}

describe(`what each import costs an app built with Vite ${viteVersion} (gzip -9, Lit included)`, {timeout: 120_000}, () => {
  before(async () => {
    for (const file of ['dist/define.js', CDN_FILE]) {
      if (!existsSync(join(ROOT, file))) throw new Error(`${file} is missing: run \`npm run build\` first.`);
    }
    state.tmp = mkdtempSync(join(tmpdir(), 'uclg-size-'));
    // Exactly what `npm publish` would upload (lifecycle scripts off: dist is built).
    const {stdout} = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', state.tmp], {cwd: ROOT, maxBuffer: 64 * 1024 * 1024});
    const [info] = JSON.parse(stdout.slice(stdout.indexOf('[')));
    state.app = join(state.tmp, 'app');
    const installed = join(state.app, 'node_modules', pkg.name);
    mkdirSync(installed, {recursive: true});
    await run('tar', ['-xzf', join(state.tmp, info.filename), '-C', installed, '--strip-components=1']);
    for (const dep of Object.keys(pkg.dependencies)) {
      mkdirSync(dirname(join(state.app, 'node_modules', dep)), {recursive: true});
      symlinkSync(join(ROOT, 'node_modules', dep), join(state.app, 'node_modules', dep), 'dir');
    }
    writeFileSync(join(state.app, 'package.json'), `${JSON.stringify({name: 'uclg-size-app', private: true, type: 'module'}, null, 2)}\n`);
    state.installed = installed;
  });

  after(() => {
    if (state.tmp && !KEEP) rmSync(state.tmp, {recursive: true, force: true});
    else if (state.tmp) console.log(`# kept ${state.tmp}`);
  });

  for (const [path, entry] of Object.entries(budget.entries)) {
    const specifier = `${pkg.name}/${path}`;
    test(`import '${specifier}': within its CI limit`, async (t) => {
      const m = await measure(specifier);
      const {chunks} = m;
      // `count: "initial"`: what the element costs when it needs no feed (a countdown with start
      // and end); otherwise the feed code it loads on demand counts too.
      const {raw, gzip} = entry.count === 'initial' ? m.initial : m;
      state.sizes.set(path, gzip);
      if (m.lazy.gzip) t.diagnostic(`${specifier}: ${m.initial.gzip} B at once + ${m.lazy.gzip} B (gzip -9) imported when a widget is given a feed; counted: ${entry.count === 'initial' ? 'at once' : 'both'}`);
      const toTarget = gzip - entry.target;
      t.diagnostic(`${specifier}: ${gzip} B gzip -9 (${kb(gzip)}; ${raw} B minified, ${chunks.length} chunk${chunks.length === 1 ? '' : 's'}); `
        + `CI limit ${entry.limit} B (${kb(entry.limit)}); target ${kb(entry.target)}: `
        + `${toTarget > 0 ? `${kb(toTarget)} (${toTarget} B) over it` : `within it, ${kb(-toTarget)} to spare`}`);
      const code = chunks.map((c) => c.code).join('\n');
      // The build measured what it should: the element is registered, with Lit's production build.
      for (const tag of entry.defines) assert.match(code, new RegExp(`["'\`]${tag}["'\`]`), `${tag} is not in the build of ${specifier}`);
      assert.ok(!code.includes('Lit is in dev mode'), 'the build has Lit\'s development build');
      // We look strings up ourselves (src/i18n/msg.ts): @lit/localize's runtime (its global
      // locale and status event) must not come along with `str` (scripts/npm-shrink.js).
      const localize = chunks.flatMap((c) => Object.keys(c.modules)).filter((id) => /@lit[\\/]localize[\\/]/.test(id) && !/str-tag\.js$/.test(id));
      assert.deepEqual(localize, [], `${specifier} bundles more of @lit/localize than its str tag`);
      assert.ok(gzip <= entry.limit,
        `${specifier} is ${gzip} B gzip -9, over its CI limit of ${entry.limit} B (target ${entry.target} B). `
        + 'Make it smaller, or raise the limit in size-budget.npm.json with a history line saying why.');
    });
  }

  test(`the CDN file, for comparison (${CDN_FILE}; its budget is size-budget.json)`, (t) => {
    const cdn = gzip9(readFileSync(join(state.installed, CDN_FILE)));
    t.diagnostic(`${CDN_FILE}: ${cdn} B gzip -9 (${kb(cdn)}), every element and the global`);
    const everything = state.sizes.get('define.js');
    if (everything !== undefined) {
      t.diagnostic(`npm define.js (every element) in a Vite app: ${everything} B, ${signedKb(everything - cdn)} (${everything - cdn} B) against the CDN file: `
        + 'the CDN build also shortens string ids, ships short feed messages, '
        + 'skips @lit/localize\'s runtime and renames private members (see size-budget.npm.json "notes")');
    }
  });
});
