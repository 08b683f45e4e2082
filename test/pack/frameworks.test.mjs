/**
 * The packed tarball in the frameworks partners use: Vue 3 + Vite, Svelte 5 + Vite, Angular 21
 * (standalone, `@angular/build:application`) and React 19 + Vite. Each app under
 * test/pack/frameworks/<name>/ is copied to a temp dir, gets the tarball as a `file:`
 * dependency and a fresh `npm install`, then:
 * - its type-checker (vue-tsc with strict templates, svelte-check, ngc with strictTemplates, tsc)
 *   passes on the app, and fails, with the expected message, on copies of the app with one
 *   mistake each: a misspelled attribute (`sesion=`) and a wrong `detail` field in the
 *   `uclg-status-change` handler. Angular cannot catch the attribute (CUSTOM_ELEMENTS_SCHEMA
 *   lets any attribute through): the test records that it compiles, and that without the schema
 *   Angular rejects the element itself; the typed `$event.detail` is checked;
 * - it builds (vite build, ng build) without a warning and, served from the build output with examples/feed.json,
 *   renders the card in Chromium with no console or page errors, and the app receives
 *   `uclg-status-change` (it writes the new status into #status);
 * - the README's snippet for it is its code (the lines under `<!-- snippet: path -->`).
 * The four apps run side by side; type-checks and builds share one slot per core.
 * Needs `npm run build` first. `UCLG_PACK_KEEP=1` keeps the temp dir.
 *
 * Run: npm run build && node --test test/pack/frameworks.test.mjs
 */
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {availableParallelism, tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {launchChromium} from '../../scripts/chromium.js';
import {recordProblems} from './page-problems.mjs';
import {startServer} from '../../scripts/static-server.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SOURCES = fileURLToPath(new URL('./frameworks', import.meta.url));
const KEEP = process.env.UCLG_PACK_KEEP === '1';
const feedJson = JSON.parse(readFileSync(join(ROOT, 'examples/feed.json'), 'utf8'));
const SESSION = feedJson.sessions.find((s) => s.id === 'inclusive-digitalization');

const ATTRIBUTE = ['session="inclusive-digitalization"', 'sesion="inclusive-digitalization"'];
// svelte-check --output machine escapes the quotes: '\"sesion\"'.
const UNKNOWN_ATTRIBUTE = /'(?:\\?")?sesion(?:\\?")?' does not exist (?:in|on) type/;
const WRONG_DETAIL = /Property 'status' does not exist on type 'StatusChangeDetail'/;

/**
 * Each app: its component file (where the mistakes go), its type-check and build commands
 * (binaries of its node_modules/.bin), the build's output folder, and each mistake: the line
 * changed, and the error expected (null: the type-check passes, which is what Angular does).
 */
const APPS = {
  vue: {
    label: 'Vue 3 + Vite',
    file: 'src/App.vue',
    check: ['vue-tsc', '--noEmit', '-p', 'tsconfig.json'],
    build: ['vite', 'build', '--logLevel', 'warn'],
    out: 'dist',
    mistakes: {
      'misspelled attribute': [ATTRIBUTE, UNKNOWN_ATTRIBUTE],
      'wrong detail field': [['event.detail.newStatus', 'event.detail.status'], WRONG_DETAIL],
    },
  },
  svelte: {
    label: 'Svelte 5 + Vite',
    file: 'src/App.svelte',
    check: ['svelte-check', '--tsconfig', './tsconfig.json', '--output', 'machine', '--fail-on-warnings'],
    build: ['vite', 'build', '--logLevel', 'warn'],
    out: 'dist',
    mistakes: {
      'misspelled attribute': [ATTRIBUTE, UNKNOWN_ATTRIBUTE],
      'wrong detail field': [['event.detail.newStatus', 'event.detail.status'], WRONG_DETAIL],
    },
  },
  angular: {
    label: 'Angular 21',
    file: 'src/app.ts',
    check: ['ngc', '-p', 'tsconfig.json'],
    build: ['ng', 'build'],
    out: 'dist/browser',
    mistakes: {
      'misspelled attribute': [ATTRIBUTE, null],
      'wrong detail field': [['$event.detail.newStatus', '$event.detail.status'], WRONG_DETAIL],
      'no CUSTOM_ELEMENTS_SCHEMA': [['schemas: [CUSTOM_ELEMENTS_SCHEMA],', ''], /NG8001: 'uclg-session-card' is not a known element/],
    },
  },
  react: {
    label: 'React 19 + Vite',
    file: 'src/App.tsx',
    check: ['tsc', '-p', 'tsconfig.json'],
    build: ['vite', 'build', '--logLevel', 'warn'],
    out: 'dist',
    mistakes: {
      'misspelled attribute': [ATTRIBUTE, UNKNOWN_ATTRIBUTE],
      'wrong detail field': [['event.detail.newStatus', 'event.detail.status'], WRONG_DETAIL],
    },
  },
};

const ENV = {...process.env, NO_COLOR: '1', FORCE_COLOR: '0', NG_CLI_ANALYTICS: 'false', NG_FORCE_TTY: 'false', CI: '1'};
const stripAnsi = (text) => text.replace(/\x1b\[[0-9;]*m/g, '');

/** Runs a command; resolves with its exit code and output (never rejects on a non-zero exit). */
function exec(file, args, cwd, timeout = 240_000) {
  return new Promise((resolve) => {
    execFile(file, args, {cwd, timeout, maxBuffer: 64 * 1024 * 1024, env: ENV}, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({code, stdout, output: stripAnsi(`${stdout}\n${stderr}${error && code === -1 ? `\n${error.message}` : ''}`)});
    });
  });
}

/** Runs a command that must succeed; the error names the command and shows its output. */
async function sh(file, args, cwd, timeout) {
  const result = await exec(file, args, cwd, timeout);
  if (result.code !== 0) throw new Error(`\`${[file, ...args].join(' ')}\` exited ${result.code} in ${cwd}:\n${result.output}`);
  return result;
}

/** At most `slots` of the functions given run at once (type-checks and builds: one per core). */
function limiter(slots) {
  let active = 0;
  const queue = [];
  const next = () => {
    if (active >= slots || !queue.length) return;
    active++;
    const {fn, ok, fail} = queue.shift();
    fn().then(ok, fail).finally(() => { active--; next(); });
  };
  return (fn) => new Promise((ok, fail) => { queue.push({fn, ok, fail}); next(); });
}
const cpu = limiter(Math.max(1, Math.min(availableParallelism(), 4)));

/** Type errors in a checker's output (tsc, vue-tsc, ngc: `error TS…`/`error NG…`; svelte-check --output machine: ` ERROR `). */
const errorLines = (output) => output.split('\n').filter((l) => /\berror (?:TS|NG)\d+|^\d+ ERROR /.test(l));

/** A stage's promise, which never goes unhandled (each test awaits the one it needs). */
function stage(fn) {
  const promise = fn();
  promise.catch(() => {});
  return promise;
}

/** Runs fn, adding the time it took to times[name] (the time it ran, not the time it waited). */
async function timed(times, name, fn) {
  const started = Date.now();
  try {
    return await fn();
  } finally {
    times[name] = Date.now() - started;
  }
}

/**
 * Copies the app next to the tarball, installs it, and starts its type-checks (the app and one
 * copy per mistake) and its build. Returns the stages' promises.
 */
function startApp(tmp, tarball, name) {
  const app = APPS[name];
  const dir = join(tmp, name);
  const bin = (cmd) => join(dir, 'node_modules/.bin', cmd);
  const times = {};
  const stages = {dir, times};
  stages.install = stage(() => timed(times, 'install', async () => {
    cpSync(join(SOURCES, name), dir, {recursive: true, filter: (src) => !/[/\\](node_modules|dist)$/.test(src)});
    const pkgFile = join(dir, 'package.json');
    const appPkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
    appPkg.dependencies = {...appPkg.dependencies, '@uclg/widgets': `file:${tarball}`};
    writeFileSync(pkgFile, `${JSON.stringify(appPkg, null, 2)}\n`);
    // npm's log goes to the app's folder, so that a failed install says why; one retry, for a
    // network or registry hiccup.
    const logs = join(dir, 'npm-logs');
    const install = () => exec('npm', ['install', '--no-audit', '--no-fund', `--logs-dir=${logs}`], dir, 360_000);
    let result = await install();
    if (result.code !== 0) {
      stages.retried = result.output.trim().split('\n').slice(-3).join(' / ') || `exit ${result.code}`;
      result = await install();
    }
    if (result.code !== 0) {
      const log = (existsSync(logs) ? readdirSync(logs) : []).filter((f) => f.endsWith('.log')).sort().map((f) => readFileSync(join(logs, f), 'utf8')).join('\n');
      throw new Error(`npm install exited ${result.code} twice in ${dir}:\n${result.output}\n${log.split('\n').slice(-40).join('\n')}`);
    }
  }));
  stages.check = stage(async () => {
    await stages.install;
    return cpu(() => timed(times, app.check[0], () => exec(bin(app.check[0]), app.check.slice(1), dir)));
  });
  stages.mistakes = {};
  for (const [mistake, [[from, to]]] of Object.entries(app.mistakes)) {
    stages.mistakes[mistake] = stage(async () => {
      await stages.install;
      // A copy of the app (not its node_modules, which it finds one folder up) with one line changed.
      const copy = join(dir, 'mistakes', mistake.replace(/\W+/g, '-'));
      mkdirSync(copy, {recursive: true});
      cpSync(join(SOURCES, name), copy, {recursive: true, filter: (src) => !/[/\\](node_modules|dist)$/.test(src)});
      const source = readFileSync(join(copy, app.file), 'utf8');
      assert.equal(source.split(from).length, 2, `${name}/${app.file} has "${from}" exactly once`);
      writeFileSync(join(copy, app.file), source.replace(from, to));
      return cpu(() => timed(times, `${app.check[0]} (${mistake})`, () => exec(bin(app.check[0]), app.check.slice(1), copy)));
    });
  }
  stages.build = stage(async () => {
    await stages.install;
    const {output} = await cpu(() => timed(times, app.build.join(' ').replace(/ --.*/, ''), () => sh(bin(app.build[0]), app.build.slice(1), dir)));
    assert.doesNotMatch(output, /warn/i, `${app.build.join(' ')} warned:\n${output}`);
    assert.ok(existsSync(join(dir, app.out, 'index.html')), `${app.out}/index.html was built`);
    return join(dir, app.out);
  });
  return stages;
}

/** README snippets: the fenced block after each `<!-- snippet: path -->`. */
function readmeSnippets() {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  return [...readme.matchAll(/<!-- snippet: (\S+) -->\n```\w*\n([\s\S]*?)\n```/g)].map(([, path, code]) => ({path, code}));
}

describe('the packed tarball in Vue, Svelte, Angular and React apps', {timeout: 900_000}, () => {
  const state = {apps: {}};
  const started = Date.now();

  before(async () => {
    for (const file of ['dist/index.js', 'dist/define.js', 'dist/jsx/vue.d.ts', 'dist/jsx/svelte.d.ts', 'dist/jsx/react.d.ts']) {
      if (!existsSync(join(ROOT, file))) throw new Error(`${file} is missing: run \`npm run build\` first.`);
    }
    state.tmp = mkdtempSync(join(tmpdir(), 'uclg-frameworks-'));
    const {stdout} = await sh('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', state.tmp], ROOT);
    const [info] = JSON.parse(stdout.slice(stdout.indexOf('[')));
    const tarball = join(state.tmp, info.filename);
    for (const name of Object.keys(APPS)) state.apps[name] = startApp(state.tmp, tarball, name);
  });

  after(async () => {
    // Let every stage settle before the temp dir goes.
    await Promise.allSettled(Object.values(state.apps).flatMap((s) => [s.install, s.check, s.build, ...Object.values(s.mistakes)]));
    await (await state.browser)?.close();
    const removing = Date.now();
    if (state.tmp && !KEEP) rmSync(state.tmp, {recursive: true, force: true});
    else if (state.tmp) console.log(`# kept ${state.tmp}`);
    console.log(`frameworks test: ${((Date.now() - started) / 1000).toFixed(0)} s in all, of which ${((Date.now() - removing) / 1000).toFixed(0)} s removing the temp dir`);
  });

  test('the README snippets for each framework are the apps\' code', () => {
    const snippets = readmeSnippets();
    for (const name of Object.keys(APPS)) {
      assert.ok(snippets.some((s) => s.path.startsWith(`test/pack/frameworks/${name}/`)), `README has a snippet from test/pack/frameworks/${name}/`);
    }
    for (const {path, code} of snippets) {
      assert.ok(existsSync(join(ROOT, path)), `README snippet from ${path}: no such file`);
      // Every line of the snippet is a line of the file, in order (`…` stands for lines left out).
      const lines = readFileSync(join(ROOT, path), 'utf8').split('\n').map((l) => l.trim());
      let at = 0;
      for (const line of code.split('\n').map((l) => l.trim()).filter((l) => l && l !== '…')) {
        const found = lines.indexOf(line, at);
        assert.ok(found >= 0, `README snippet from ${path}: "${line}" is not in the file (after line ${at})`);
        at = found + 1;
      }
    }
  });

  for (const [name, app] of Object.entries(APPS)) {
    describe(app.label, () => {
      test('npm install from the tarball', async (t) => {
        await state.apps[name].install;
        const {dependencies = {}, devDependencies = {}} = JSON.parse(readFileSync(join(state.apps[name].dir, 'package.json'), 'utf8'));
        const version = (dep) => JSON.parse(readFileSync(join(state.apps[name].dir, 'node_modules', dep, 'package.json'), 'utf8')).version;
        assert.equal(version('@uclg/widgets'), JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
        t.diagnostic(Object.keys({...dependencies, ...devDependencies}).map((dep) => `${dep} ${version(dep)}`).join(', '));
        if (state.apps[name].retried) t.diagnostic(`npm install was retried after: ${state.apps[name].retried}`);
      });

      test(`type-check passes: ${app.check[0]}`, async () => {
        const {code, output} = await state.apps[name].check;
        assert.equal(code, 0, output);
        assert.deepEqual(errorLines(output), []);
      });

      for (const [mistake, [[from, to], expected]] of Object.entries(app.mistakes)) {
        const what = `${mistake} (${from} → ${to || 'removed'})`;
        test(expected ? `type-check fails: ${what}` : `type-check cannot catch it: ${what}`, async () => {
          const {code, output} = await state.apps[name].mistakes[mistake];
          if (!expected) {
            // Under CUSTOM_ELEMENTS_SCHEMA Angular accepts any attribute on a custom element.
            assert.equal(code, 0, output);
            return;
          }
          assert.notEqual(code, 0, `the mistake was not reported:\n${output}`);
          const errors = errorLines(output);
          assert.equal(errors.length, 1, `one error, for the mistake:\n${output}`);
          assert.match(output, expected);
          assert.match(errors[0], new RegExp(app.file.split('/').pop().replace('.', '\\.')), 'the error is in the changed file');
        });
      }

      test('builds, renders the card from examples/feed.json and receives uclg-status-change', async (t) => {
        const out = await state.apps[name].build;
        const server = await startServer({root: out, routes: {'/feed.json': {body: JSON.stringify(feedJson)}}, date: false});
        state.browser ??= launchChromium();
        const browser = await state.browser;
        const context = await browser.newContext({locale: 'en-GB', timezoneId: 'Europe/Madrid'});
        const renderStarted = Date.now();
        try {
          const page = await context.newPage();
          const problems = recordProblems(page);
          // A minute before the session starts; running the clock on two minutes makes it live.
          const start = Date.parse(SESSION.start);
          await page.clock.install({time: start - 60_000});
          await page.goto(`${server.origin}/`);
          const title = () => page.evaluate(() => {
            const card = document.querySelector('uclg-session-card');
            const heading = card?.shadowRoot?.querySelector('[role="heading"], h1, h2, h3, h4, h5, h6');
            return heading?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
          });
          try {
            await page.waitForFunction((want) => document.querySelector('uclg-session-card')?.shadowRoot?.textContent?.includes(want),
              SESSION.title.en, {timeout: 20_000});
          } catch {
            assert.fail(`the card never showed "${SESSION.title.en}"; its heading: ${await title()}; problems: ${problems.join('; ')}`);
          }
          assert.equal(await title(), SESSION.title.en);
          assert.equal((await page.locator('#status').textContent()).trim(), '', 'no status before the session starts');
          await page.clock.runFor(120_000);
          try {
            await page.waitForFunction(() => document.querySelector('#status')?.textContent?.trim() === 'live', null, {timeout: 15_000});
          } catch {
            assert.fail(`#status reads "${await page.locator('#status').textContent()}", not "live": the app did not get uclg-status-change`);
          }
          assert.deepEqual(problems, []);
        } finally {
          state.apps[name].times.render = Date.now() - renderStarted;
          await context.close();
          await server.close();
          const times = state.apps[name].times;
          t.diagnostic(`${app.label}: ${Object.entries(times).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ')}; ` +
            `done ${((Date.now() - started) / 1000).toFixed(0)} s after the tests started (the apps run side by side)`);
        }
      });
    });
  }
});
