#!/usr/bin/env node
/**
 * `npm test`: finds Chrome/Chromium (CHROME_PATH, then the usual paths), installs Debian's
 * chromium when running as root on Debian without one; compiles dist/ (the CLI imports
 * dist/feed/parse.js) and custom-elements.json, and runs the Node tests in test/; then runs
 * @web/test-runner.
 * Its last line sums both runs: `N passed, N failed`.
 */
import {spawn, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {findChrome, NO_CHROME} from './chromium.js';
import {shrinkNpmFiles} from './npm-shrink.js';

if (!findChrome()) {
  const debianRoot = existsSync('/etc/debian_version') && process.getuid?.() === 0;
  if (debianRoot) {
    console.log('No Chrome or Chromium found: installing Debian\'s chromium (apt-get install chromium)…');
    spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], {stdio: 'inherit'});
  }
  if (!findChrome()) {
    console.error(NO_CHROME);
    process.exit(1);
  }
}

const totals = {passed: 0, failed: 0, skipped: 0};
const SUMMARY = /^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?\s*$/;

/**
 * dist/ up to date (the CLI under test imports dist/feed/parse.js) and custom-elements.json (the
 * documented CSS properties are checked against it).
 */
function compile() {
  console.log('Compiling dist/ (tsc -p tsconfig.build.json) and custom-elements.json (cem analyze)…');
  const steps = [['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--quiet']];
  for (const step of steps) {
    if (spawnSync(process.execPath, step, {stdio: 'inherit'}).status !== 0) {
      console.error(`${step[0]} failed: counted as 1 failed test.`);
      totals.failed++;
    }
  }
  // The npm files as `npm run build` leaves them (a later test:pack measures these).
  shrinkNpmFiles();
}

/** node --test on test/*.test.mjs: spec output for people, TAP to a file for the counts. */
function nodeTests() {
  const files = existsSync('test') ? readdirSync('test').filter((f) => /\.test\.m?js$/.test(f)).map((f) => join('test', f)) : [];
  if (!files.length) return;
  const dir = mkdtempSync(join(tmpdir(), 'uclg-test-'));
  const tap = join(dir, 'node.tap');
  try {
    const run = spawnSync(
      process.execPath,
      // Two files at a time (Node's default is one fewer than the cores: one here, on CI's two):
      // most of them wait on a child process (the CLI, tsc, vue-tsc, svelte-check).
      ['--test', '--test-concurrency=2', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...files],
      {stdio: 'inherit'},
    );
    const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
    const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
    const passed = count('pass');
    const failed = count('fail') + count('cancelled');
    totals.passed += passed;
    totals.failed += failed || (run.status === 0 ? 0 : 1);
    totals.skipped += count('skipped') + count('todo');
    console.log(`Node tests: ${passed} passed, ${failed} failed\n`);
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

/** @web/test-runner, its output streamed through; its closing summary line is held back and counted. */
function browserTests(browser) {
  return new Promise((resolve) => {
    const args = ['wtr', '--config', 'web-test-runner.config.js', ...process.argv.slice(2)];
    const child = spawn('npx', args, {stdio: ['inherit', 'pipe', 'inherit'], env: {...process.env, UCLG_BROWSERS: browser}});
    let summary;
    let pending = '';
    const forward = (line) => {
      const m = SUMMARY.exec(line);
      if (m) summary = m;
      else process.stdout.write(`${line}\n`);
    };
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop();
      lines.forEach(forward);
    });
    let settled = false; // 'error' (npx not found) and 'close' can both come
    child.on('close', (code) => {
      if (settled) return;
      settled = true;
      if (pending) forward(pending);
      if (summary) {
        totals.passed += Number(summary[1]);
        totals.failed += Number(summary[2]);
        totals.skipped += Number(summary[3] ?? 0);
        console.log(`Browser tests (${browser}): ${summary[1]} passed, ${summary[2]} failed`);
      }
      if (code !== 0 && !(summary && Number(summary[2]) > 0)) totals.failed++;
      resolve();
    });
    child.on('error', (e) => {
      if (settled) return;
      settled = true;
      console.error(`Cannot run the browser tests: ${e.message}`);
      totals.failed++;
      resolve();
    });
  });
}

compile();
nodeTests();
// One test-runner run per browser: Firefox runs one test page at a time (keyboard focus goes to
// the page in front), and in a shared run that limit held Chromium's groups to one page too.
for (const browser of (process.env.UCLG_BROWSERS ?? 'chromium').split(',')) await browserTests(browser);
// Skipped tests are neither passed nor failed: said on their own line, so that the last line
// stays exactly `N passed, N failed`.
if (totals.skipped) console.log(`\n${totals.skipped} skipped (not counted as passed)`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = totals.failed ? 1 : 0;
