/**
 * The package as users get it: `npm pack` → install the tarball into a scratch app outside the
 * repo (test/pack/app/ copied to a temp dir) → type-check that app (TypeScript, React 19 and
 * Preact JSX) → bundle it with esbuild → render it in Chromium from examples/feed.json.
 * Also checks the tarball's contents, the `exports` map, `sideEffects`, the `.d.ts` files and
 * tree-shaking. Needs `npm run build` first. `UCLG_PACK_KEEP=1` keeps the temp dir.
 *
 * Run: npm run build && npm run test:pack
 */
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, posix} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {promisify} from 'node:util';
import {launchChromium} from '../../scripts/chromium.js';
import {recordProblems} from './page-problems.mjs';
import {startServer} from '../../scripts/static-server.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const APP_SOURCES = fileURLToPath(new URL('./app', import.meta.url));
const KEEP = process.env.UCLG_PACK_KEEP === '1';
const run = promisify(execFile);

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const feedJson = JSON.parse(readFileSync(join(ROOT, 'examples/feed.json'), 'utf8'));
const session = (id) => feedJson.sessions.find((s) => s.id === id);

/** Runs a command; on failure the error says which command and shows its output. */
async function sh(file, args, cwd, timeout = 120_000) {
  try {
    return await run(file, args, {cwd, timeout, maxBuffer: 64 * 1024 * 1024, env: {...process.env, NO_COLOR: '1'}});
  } catch (error) {
    throw new Error(`\`${[file, ...args].join(' ')}\` failed in ${cwd}:\n${error.stdout ?? ''}\n${error.stderr ?? error.message}`);
  }
}

/** A `sideEffects` glob (`*` within a path segment, `**` across segments) → RegExp. */
function globToRegExp(glob) {
  const body = glob.replace(/^\.\//, '').split('/')
    .map((part) => (part === '**' ? '.*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '[^/]*'))).join('/');
  return new RegExp(`^${body}$`);
}

/** Bare specifiers (`lit`, `@lit/react`…) that a JS or d.ts file imports, including `import("x")` types. */
function bareImports(code) {
  const found = new Set();
  const patterns = [/\b(?:import|export)\s[^'"]*?\sfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g, /\/\/\/\s*<reference\s+types=['"]([^'"]+)['"]/g];
  const withoutComments = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/(?!\/).*$/gm, '');
  for (const re of patterns) for (const [, spec] of withoutComments.matchAll(re)) if (!spec.startsWith('.')) found.add(spec);
  return found;
}
const packageName = (spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
const relativeImports = (code) => [...code.replace(/\/\*[\s\S]*?\*\//g, '')
  .matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]);

const state = {};

describe('the packed tarball, installed into a scratch app', {timeout: 240_000}, () => {
  before(async () => {
    for (const file of ['dist/index.js', 'dist/define.js', 'dist/index.d.ts', 'custom-elements.json', 'dist/cdn/uclg-widgets.js']) {
      if (!existsSync(join(ROOT, file))) throw new Error(`${file} is missing: run \`npm run build\` before \`npm run test:pack\`.`);
    }
    const tmp = mkdtempSync(join(tmpdir(), 'uclg-pack-'));
    state.tmp = tmp;
    // 1. npm pack, exactly what `npm publish` would upload (lifecycle scripts off: dist is built).
    const {stdout} = await sh('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], ROOT);
    const [info] = JSON.parse(stdout.slice(stdout.indexOf('[')));
    state.pack = info;
    state.tarball = join(tmp, info.filename);
    state.files = new Set(info.files.map((f) => f.path));
    // 2. The scratch app: test/pack/app/ plus the tarball as a dependency.
    const app = join(tmp, 'app');
    cpSync(APP_SOURCES, app, {recursive: true});
    const appPkg = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'));
    appPkg.dependencies['@uclg/widgets'] = `file:${state.tarball}`;
    writeFileSync(join(app, 'package.json'), `${JSON.stringify(appPkg, null, 2)}\n`);
    const started = Date.now();
    await sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], app, 170_000);
    state.installMs = Date.now() - started;
    state.app = app;
    state.installed = join(app, 'node_modules/@uclg/widgets');
  });

  after(() => {
    if (state.tmp && !KEEP) rmSync(state.tmp, {recursive: true, force: true});
    else if (state.tmp) console.log(`# kept ${state.tmp}`);
  });

  test('the tarball ships dist, types, manifest, schema and bin, and nothing else', (t) => {
    const files = [...state.files];
    t.diagnostic(`${state.pack.filename}: ${state.pack.size} B packed, ${state.pack.unpackedSize} B unpacked, ${state.pack.entryCount} files; npm install took ${state.installMs} ms`);
    const required = ['package.json', 'README.md', 'dist/index.js', 'dist/index.d.ts', 'dist/define.js', 'dist/define.d.ts',
      'dist/react.js', 'dist/react.d.ts', 'dist/jsx/react.d.ts', 'dist/jsx/preact.d.ts', 'dist/cdn/uclg-widgets.js',
      'dist/cdn/uclg-widgets.iife.js', 'custom-elements.json', 'schema/feed.schema.json', 'bin/uclg-widgets.js'];
    for (const name of ['session-card', 'countdown', 'guiding-questions', 'agenda']) {
      for (const ext of ['js', 'd.ts', 'define.js', 'define.d.ts']) required.push(`dist/components/${name}/${name}.${ext}`);
    }
    assert.deepEqual(required.filter((f) => !state.files.has(f)), [], 'files missing from the tarball');
    const forbidden = [
      [/\.test\.|\.spec\./, 'tests'], [/^src\//, 'sources'], [/^dist\/bundle\//, 'the CDN build inputs'],
      [/test-support/, 'test support'], [/^test\//, 'tests'], [/xliff|\.xlf$/, 'translation sources'],
      [/node_modules\//, 'node_modules'], [/^(bench|examples|stories|scripts|\.ci|\.tmp|storybook-static)\//, 'repo tooling'],
      [/\.tgz$|\.map$|tsconfig|\.tsbuildinfo$/, 'build leftovers'],
    ];
    // Data the CLI reads once installed: `uclg-widgets template csv` starts from the seed sessions.
    const shipped = new Set(['examples/feed.json']);
    for (const [re, what] of forbidden) assert.deepEqual(files.filter((f) => re.test(f) && !shipped.has(f)), [], `the tarball ships ${what}`);
    // Every file is under one of the `files` entries, or one that npm always adds.
    const allowedTop = /^(README\.md|LICEN[CS]E(\.\w+)?|CHANGELOG\.md|package\.json|bin|custom-elements\.json|dist|schema)$/i;
    assert.deepEqual([...new Set(files.filter((f) => !shipped.has(f)).map((f) => f.split('/')[0]))].filter((f) => !allowedTop.test(f)), [], 'unexpected top-level entries');
    if (!files.some((f) => /^licen[cs]e/i.test(f))) t.diagnostic(`note: no LICENSE file is shipped although "license" is ${pkg.license}`);
  });

  test('dist: unbundled, unminified ES modules with a .d.ts each; Lit and @lit/localize stay dependencies', () => {
    // Not the script-tag files: the CDN bundles and the feed editor's page script (one app).
    const js = [...state.files].filter((f) => f.startsWith('dist/') && f.endsWith('.js') && !f.startsWith('dist/cdn/') && !f.startsWith('dist/editor/'));
    assert.ok(js.length > 20, `only ${js.length} modules in dist/`);
    const missingTypes = js.filter((f) => !state.files.has(f.replace(/\.js$/, '.d.ts')));
    assert.deepEqual(missingTypes, [], 'modules without a .d.ts');
    for (const file of js) {
      const code = readFileSync(join(state.installed, file), 'utf8');
      const longest = Math.max(...code.split('\n').map((l) => l.length));
      assert.ok(longest < 400, `${file} looks minified (a ${longest}-character line)`);
      for (const marker of ['litHtmlVersions', 'reactiveElementVersions', 'litElementVersions', '_$litType$:']) {
        assert.ok(!code.includes(marker), `${file} inlines Lit (${marker}) instead of importing it`);
      }
    }
    const litUsers = js.filter((f) => bareImports(readFileSync(join(state.installed, f), 'utf8')).has('lit'));
    assert.ok(litUsers.length >= 4, 'the elements import "lit"');
    assert.ok(pkg.dependencies.lit && pkg.dependencies['@lit/localize'], 'lit and @lit/localize are dependencies');
  });

  test('every import in the published JS and .d.ts files is a package we depend on', () => {
    const deps = new Set(Object.keys(pkg.dependencies ?? {}));
    const peers = new Set(Object.keys(pkg.peerDependencies ?? {}));
    // The React/Preact entries may use the optional peers; nothing reachable from the others may.
    const peerEntries = {'dist/react.js': ['react', '@lit/react'], 'dist/react.d.ts': ['react', '@lit/react'],
      'dist/jsx/react.d.ts': ['react'], 'dist/jsx/preact.d.ts': ['preact'], 'dist/jsx/vue.d.ts': ['vue'], 'dist/jsx/svelte.d.ts': ['svelte']};
    const problems = [];
    const files = [...state.files].filter((f) => f.startsWith('dist/') && !f.startsWith('dist/cdn/') && /\.(d\.ts|js)$/.test(f));
    for (const file of files) {
      const allowedPeers = new Set(peerEntries[file] ?? []);
      for (const spec of bareImports(readFileSync(join(state.installed, file), 'utf8'))) {
        const name = packageName(spec);
        if (name === pkg.name || deps.has(name) || allowedPeers.has(name)) continue;
        problems.push(`${file} imports "${spec}": ${peers.has(name) ? 'an optional peer, outside the React/Preact entries' : `"${name}" is not a dependency`}`);
      }
    }
    // Only the React/Preact entries reach the peers (no other module imports those files).
    for (const file of files) {
      for (const spec of relativeImports(readFileSync(join(state.installed, file), 'utf8'))) {
        const target = posix.join(posix.dirname(file), spec);
        if (/\/(react|jsx\/(react|preact|vue|svelte))\.(js|d\.ts)$/.test(target) && !file.startsWith('dist/jsx/')) problems.push(`${file} imports ${spec}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  test('exports: types first, every target in the tarball, class and define entries for each element', () => {
    const problems = [];
    const targets = [];
    for (const [key, value] of Object.entries(pkg.exports)) {
      if (typeof value === 'string') { targets.push([key, value]); continue; }
      const conditions = Object.keys(value);
      if ('types' in value && conditions[0] !== 'types') problems.push(`${key}: "types" is not the first condition (${conditions})`);
      if (!('types' in value) && Object.values(value).some((v) => String(v).endsWith('.js'))) problems.push(`${key}: no "types"`);
      for (const target of Object.values(value)) targets.push([key, target]);
    }
    for (const [key, target] of targets) {
      if (!state.files.has(target.replace(/^\.\//, ''))) problems.push(`${key} → ${target}: not in the tarball`);
    }
    for (const field of ['main', 'types', 'customElements']) {
      if (!state.files.has(pkg[field].replace(/^\.\//, ''))) problems.push(`"${field}": ${pkg[field]} not in the tarball`);
    }
    for (const [name, path] of Object.entries(pkg.bin)) {
      const file = path.replace(/^\.\//, '');
      if (!state.files.has(file)) problems.push(`bin ${name}: ${path} not in the tarball`);
      else if (!readFileSync(join(state.installed, file), 'utf8').startsWith('#!/usr/bin/env node')) problems.push(`bin ${name}: no shebang`);
    }
    for (const key of ['.', './define.js', './react.js', './jsx-react', './jsx-preact', './vue', './svelte', './custom-elements.json', './package.json']) {
      if (!(key in pkg.exports)) problems.push(`no "${key}" export`);
    }
    // One class entry and one define entry for every element that the tarball defines.
    const elements = [...state.files].map((f) => /^dist\/components\/([^/]+)\/\1\.define\.js$/.exec(f)?.[1]).filter(Boolean);
    assert.ok(elements.length >= 4, `elements found: ${elements}`);
    for (const name of elements) {
      const classEntry = pkg.exports[`./${name}.js`];
      const defineEntry = pkg.exports[`./${name}/define.js`];
      if (classEntry?.default !== `./dist/components/${name}/${name}.js`) problems.push(`element ${name}: no "./${name}.js" export of its class`);
      if (defineEntry?.default !== `./dist/components/${name}/${name}.define.js`) problems.push(`element ${name}: no "./${name}/define.js" export`);
      const tag = `uclg-${name}`;
      // react.d.ts and preact.d.ts map every tag of props.d.ts's UclgTags (the TSX files below prove the mapping).
      if (!readFileSync(join(state.installed, 'dist/jsx/props.d.ts'), 'utf8').includes(`'${tag}'`)) problems.push(`dist/jsx/props.d.ts: no JSX type for <${tag}>`);
      for (const file of ['dist/jsx/react.d.ts', 'dist/jsx/preact.d.ts', 'dist/jsx/vue.d.ts', 'dist/jsx/svelte.d.ts']) {
        if (!readFileSync(join(state.installed, file), 'utf8').includes('keyof UclgTags')) problems.push(`${file}: does not map UclgTags`);
      }
      if (!readFileSync(join(state.installed, 'dist/react.js'), 'utf8').includes(`'${tag}'`)) problems.push(`dist/react.js: no React wrapper for <${tag}>`);
    }
    assert.deepEqual(problems, []);
  });

  test('exports resolve in Node from the scratch app', async () => {
    const script = `
      import {createRequire} from 'node:module';
      const keys = ${JSON.stringify(Object.keys(pkg.exports))};
      const out = {};
      for (const key of keys) {
        const spec = '@uclg/widgets' + key.slice(1);
        try { out[key] = import.meta.resolve(spec); } catch (e) { out[key] = 'ERROR ' + e.code; }
      }
      out.version = createRequire(import.meta.url)('@uclg/widgets/package.json').version;
      console.log(JSON.stringify(out));`;
    writeFileSync(join(state.app, 'resolve.mjs'), script);
    const {stdout} = await sh(process.execPath, ['resolve.mjs'], state.app);
    const resolved = JSON.parse(stdout);
    assert.equal(resolved.version, pkg.version);
    for (const [key, value] of Object.entries(pkg.exports)) {
      const typesOnly = typeof value === 'object' && Object.keys(value).every((c) => c === 'types');
      if (typesOnly) {
        assert.equal(resolved[key], 'ERROR ERR_PACKAGE_PATH_NOT_EXPORTED', `${key} is types-only`);
        continue;
      }
      const file = fileURLToPath(resolved[key]);
      assert.ok(file.startsWith(state.installed) && existsSync(file), `${key} → ${resolved[key]}`);
    }
  });

  test('sideEffects: exactly the modules that register elements', (t) => {
    const patterns = pkg.sideEffects.map(globToRegExp);
    const js = [...state.files].filter((f) => f.endsWith('.js') && f.startsWith('dist/'));
    const matched = js.filter((f) => patterns.some((re) => re.test(f)));
    // A module registers elements if it calls customElements.define / defineElement, or only
    // imports modules that do (dist/define.js).
    const registers = js.filter((f) => {
      const code = readFileSync(join(state.installed, f), 'utf8');
      return /\bcustomElements\.define\(|\bdefineElement\(\s*['"]/.test(code) && !/export function defineElement/.test(code);
    });
    registers.push('dist/define.js');
    // The per-element CDN modules and their shared chunks (minified: defineElement has another
    // name) are for script tags, never for bundlers; the loader registers elements through them.
    registers.push(...js.filter((f) => (f.startsWith('dist/cdn/elements/') || f === 'dist/cdn/uclg-widgets-loader.js') && !registers.includes(f)));
    assert.deepEqual(registers.filter((f) => !matched.includes(f)).sort(), [], 'registering modules missing from sideEffects');
    assert.deepEqual(matched.filter((f) => !registers.includes(f)).sort(), [], 'side-effect-free modules listed in sideEffects');
    const unused = pkg.sideEffects.filter((p, i) => !js.some((f) => patterns[i].test(f)));
    if (unused.length) t.diagnostic(`sideEffects patterns matching no shipped file (repo build only): ${unused.join(', ')}`);
  });

  test('custom-elements.json describes the shipped modules', () => {
    const manifest = JSON.parse(readFileSync(join(state.installed, 'custom-elements.json'), 'utf8'));
    const problems = [];
    const tags = [];
    for (const mod of manifest.modules) {
      if (!state.files.has(mod.path)) problems.push(`module path ${mod.path} is not in the tarball`);
      for (const d of mod.declarations ?? []) if (d.customElement && d.tagName) tags.push(d.tagName);
      for (const e of mod.exports ?? []) {
        if (e.kind === 'custom-element-definition' && !/^uclg-/.test(e.name)) problems.push(`${mod.path}: custom-element-definition "${e.name}" is not a tag`);
      }
    }
    state.manifestTags = tags.sort();
    for (const tag of ['uclg-session-card', 'uclg-countdown', 'uclg-guiding-questions', 'uclg-agenda']) assert.ok(tags.includes(tag), tag);
    assert.deepEqual(problems, []);
  });

  test('the bin runs from the installed package', async () => {
    const feed = join(state.app, 'feed.json');
    writeFileSync(feed, JSON.stringify(feedJson));
    const {stdout} = await sh(join(state.app, 'node_modules/.bin/uclg-widgets'), ['validate', feed, '--json'], state.app);
    const report = JSON.parse(stdout);
    assert.equal(report.valid, true, stdout);
    assert.equal(report.sessions, feedJson.sessions.length);
  });

  test('TypeScript consumers type-check (bundler and NodeNext resolution, React 19 and Preact JSX)', async () => {
    const tsc = join(state.app, 'node_modules/typescript/bin/tsc');
    // Both configs are strict with skipLibCheck off; the app's @ts-expect-error lines prove the
    // element, event and ref types are precise (not any).
    await Promise.all(['tsconfig.json', 'tsconfig.nodenext.json'].map((p) => sh(process.execPath, [tsc, '-p', p], state.app)));
  });

  test('esbuild bundles the plain, React and Preact apps', async () => {
    const esbuild = await import(pathToFileURL(join(state.app, 'node_modules/esbuild/lib/main.js')).href);
    const result = await esbuild.build({
      absWorkingDir: state.app,
      entryPoints: ['main.js', 'entries.js', 'react-main.tsx', 'preact-app.tsx'],
      outdir: 'out',
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      define: {'process.env.NODE_ENV': '"production"'},
      logLevel: 'silent',
      metafile: true,
    });
    assert.deepEqual(result.warnings.map((w) => w.text), []);
    state.bundled = true;
  });

  test('tree-shaking: importing parseFeed from "." pulls in no Lit and no element', async (t) => {
    const esbuild = await import(pathToFileURL(join(state.app, 'node_modules/esbuild/lib/main.js')).href);
    const build = (ignoreAnnotations) => esbuild.build({absWorkingDir: state.app, entryPoints: ['tree-shake.js'], bundle: true,
      minify: true, format: 'esm', platform: 'browser', write: false, metafile: true, ignoreAnnotations, logLevel: 'silent'});
    const shaken = await build(false);
    const code = shaken.outputFiles[0].text;
    const kept = Object.entries(Object.values(shaken.metafile.outputs)[0].inputs).filter(([, v]) => v.bytesInOutput > 0).map(([k]) => k);
    // `ignoreAnnotations` makes esbuild ignore package.json `sideEffects`: what users would get without it.
    const unshaken = (await build(true)).outputFiles[0].text;
    t.diagnostic(`parseFeed alone: ${code.length} B minified (${kept.length} modules); ${unshaken.length} B if sideEffects were ignored`);
    assert.ok(!code.includes('customElements.define'), 'registers elements');
    assert.deepEqual(kept.filter((f) => /node_modules\/(lit|lit-html|lit-element|@lit\/[^/]+)\//.test(f)), [], 'Lit code kept');
    assert.deepEqual(kept.filter((f) => /\/dist\/(components|internal\/(base|feed-element|session-element|define))/.test(f)), [], 'element code kept');
    assert.ok(!/\$lit\$|lit\$|_\$litType\$/.test(code), 'lit-html template code in the bundle');
    // The parser and its helpers are ~12 KB minified (people, places and languages since issue 17,
    // the skipped-time message since issue 19, per-page caches since issue 18); Lit alone would
    // add ~15 KB, so a ceiling well under that still catches it.
    assert.ok(code.length < 14_000, `${code.length} B`);
    assert.ok(unshaken.length > 4 * code.length, 'the sideEffects field is what makes the difference');
  });

  describe('in Chromium', () => {
    let server;
    let browser;
    let origin;

    before(async () => {
      assert.ok(state.bundled, 'the bundles were not built');
      const out = join(state.app, 'out');
      // Each bundled entry gets a page that runs it.
      const page = (name) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>
<link rel="icon" href="data:,"></head><body><div id="app"></div><script type="module" src="/${name}.js"></script></body></html>`;
      const routes = {'/feed.json': {body: JSON.stringify(feedJson)}};
      for (const name of readdirSync(out).filter((f) => f.endsWith('.js')).map((f) => f.slice(0, -3))) routes[`/${name}.html`] = {body: page(name)};
      // date: false, or the widgets would take the server's Date for the clock that a test fakes.
      server = await startServer({root: out, routes, date: false});
      origin = server.origin;
      browser = await launchChromium();
    });

    after(async () => {
      await browser?.close();
      await server?.close();
    });

    /** Opens a page and collects console errors/warnings, page errors and failed requests. */
    async function open(name, {clock} = {}) {
      const context = await browser.newContext({locale: 'en-GB', timezoneId: 'Europe/Madrid'});
      const page = await context.newPage();
      const problems = recordProblems(page);
      if (clock) await page.clock.install({time: clock});
      await page.goto(`${origin}/${name}.html`);
      return {page, problems, close: () => context.close()};
    }

    /** Text of an element's shadow root, nested shadow roots included (not its light DOM). */
    const shadowText = (page, selector) => page.evaluate((sel) => {
      const el = document.querySelector(sel);
      if (!el?.shadowRoot) return null;
      let text = '';
      const walk = (node) => {
        if (node.shadowRoot) walk(node.shadowRoot);
        for (const child of node.childNodes) {
          if (child.nodeType === Node.TEXT_NODE) text += child.data;
          else if (child.nodeName !== 'STYLE' && child.nodeName !== 'SCRIPT') walk(child);
        }
      };
      walk(el.shadowRoot);
      return text.replace(/\s+/g, ' ').trim();
    }, selector);

    async function waitForText(page, selector, expected) {
      try {
        await page.waitForFunction(([sel, want]) => {
          const el = document.querySelector(sel);
          const collect = (n) => [...(n.shadowRoot ? [n.shadowRoot] : []), ...n.childNodes]
            .map((c) => (c.nodeType === Node.TEXT_NODE ? c.data : collect(c))).join('');
          return el?.shadowRoot && collect(el.shadowRoot).replace(/\s+/g, ' ').includes(want);
        }, [selector, expected.replace(/\s+/g, ' ')], {timeout: 15_000});
      } catch {
        assert.fail(`${selector} never showed "${expected}"; its shadow root reads: ${await shadowText(page, selector)}`);
      }
    }

    test('entry points: "." and the class entries register nothing; each define entry registers its element', async () => {
      const {page, problems, close} = await open('entries');
      try {
        await page.waitForFunction(() => window.__entries, null, {timeout: 15_000});
        const report = await page.evaluate(() => window.__entries);
        assert.equal(report.error, undefined);
        assert.deepEqual(report.registeredAfterClassImports, []);
        assert.ok(report.sameClasses, '"." and the class entries export the same classes');
        for (const name of ['parseFeed', 'formatProblems', 'toICS', 'UclgSessionCard', 'UclgCountdown', 'UclgGuidingQuestions',
          'UclgAgenda', 'UclgStatusChangeEvent', 'UclgSessionSelectEvent', 'VERSION']) {
          assert.ok(report.apiExports.includes(name), `"." exports ${name}`);
        }
        assert.deepEqual(Object.keys(report.defines).sort(), ['uclg-agenda', 'uclg-countdown', 'uclg-guiding-questions', 'uclg-session-card']);
        for (const [tag, result] of Object.entries(report.defines)) {
          assert.deepEqual(result, {registeredBefore: false, sameClass: true},
            `"./${tag.slice(5)}/define.js" registers <${tag}> with the class that "./${tag.slice(5)}.js" exports`);
        }
        assert.ok(state.manifestTags?.length, 'custom-elements.json was read');
        assert.deepEqual(report.registeredAfterDefineAll.sort(), state.manifestTags, 'define.js registers every element of custom-elements.json');
        assert.deepEqual(problems, []);
      } finally {
        await close();
      }
    });

    test('plain app: card, countdown, guiding questions and agenda render the example feed', async () => {
      const {page, problems, close} = await open('main');
      try {
        const digital = session('inclusive-digitalization');
        const healthy = session('healthy-territories');
        await waitForText(page, '#card-en', digital.title.en);
        await waitForText(page, '#card-fr', healthy.title.fr);
        await waitForText(page, '#questions', healthy.guidingQuestions[0].es);
        await waitForText(page, '#agenda', digital.title.en);
        await waitForText(page, '#agenda', healthy.title.en);
        await page.waitForFunction(() => document.querySelector('#countdown')?.shadowRoot?.querySelector('[role="timer"]'), null, {timeout: 15_000});
        // Exactly a day before the start, frozen by `now`, in the short format ("hrs").
        assert.match(await shadowText(page, '#countdown'), /^Starts in 1\s*day\s*0\s*hrs\s*0\s*mins/);
        assert.deepEqual(problems, []);
      } finally {
        await close();
      }
    });

    test('React 19 app: <uclg-session-card lang="fr"> renders and onuclg-status-change gets a UclgStatusChangeEvent', async () => {
      // The page's clock starts a minute before the first session (and keeps running); running
      // it on by two minutes makes the session live.
      const start = Date.parse(session('inclusive-digitalization').start);
      const {page, problems, close} = await open('react-main', {clock: start - 60_000});
      try {
        await waitForText(page, 'uclg-session-card[lang="fr"]', session('inclusive-digitalization').title.fr);
        await waitForText(page, '#react19', session('inclusive-digitalization').title.en);
        await waitForText(page, '#wrapper', session('inclusive-digitalization').title.en);
        await waitForText(page, 'uclg-session-card[lang="es"]', session('healthy-territories').title.es);
        assert.equal(await page.locator('p.status').textContent(), '');
        await page.clock.runFor(120_000);
        await page.waitForFunction(() => document.querySelector('p.status')?.textContent === 'live', null, {timeout: 15_000});
        const {events, refIsCard} = await page.evaluate(() => window.__react);
        assert.ok(refIsCard, 'the ref is the UclgSessionCard');
        for (const from of ['react19', 'wrapper']) {
          const mine = events.filter((e) => e.from === from);
          assert.ok(mine.length >= 1, `${from} listener called`);
          for (const e of mine) {
            assert.deepEqual(e, {from, isUclgStatusChangeEvent: true, type: 'uclg-status-change', sessionId: 'inclusive-digitalization', newStatus: 'live'});
          }
        }
        assert.deepEqual(problems, []);
      } finally {
        await close();
      }
    });

    test('Preact app: the agenda and countdown render from the feed', async () => {
      const {page, problems, close} = await open('preact-app');
      try {
        await waitForText(page, '#preact-agenda', session('inclusive-digitalization').title.es);
        await waitForText(page, '#preact-agenda', session('healthy-territories').title.es);
        await page.waitForFunction(() => document.querySelector('#preact-countdown')?.shadowRoot?.querySelector('[role="timer"]'), null, {timeout: 15_000});
        assert.equal(await page.evaluate(() => document.querySelector('#preact-agenda').headingLevel), 2, 'Preact set heading-level');
        assert.deepEqual(problems, []);
      } finally {
        await close();
      }
    });
  });
});

