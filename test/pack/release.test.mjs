/**
 * The release procedure. The workflow publishes through the same script as `npm run release`,
 * with provenance; and the script, run in a temporary clone of the last commit (tags included,
 * node_modules linked) with one more changeset, bumps the version, writes the changelog, rebuilds
 * the README's CDN snippets for the new version and ends with `npm publish --dry-run`
 * (`--skip-tests`: CI runs the suite itself). In `npm run test:pack`, not `npm test`: it builds,
 * and takes one to two minutes.
 */
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync, spawn} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {pendingBumps, shippedFiles} from '../../scripts/release-ref.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const workflow = readFileSync(join(ROOT, '.github/workflows/release.yml'), 'utf8');

describe('.github/workflows/release.yml', () => {
  test('runs on a pushed tag or by hand, Node 20, npm ci', () => {
    assert.match(workflow, /^on:\n {2}push:\n {4}tags: \['v\*'\]\n {2}workflow_dispatch:/m);
    assert.match(workflow, /node-version: 20\b/);
    assert.match(workflow, /^\s+- run: npm ci\b/m);
  });

  test('may request an OIDC token (id-token: write) and publishes with --provenance', () => {
    assert.match(workflow, /^permissions:\n(?: {2}.*\n)*? {2}id-token: write\b/m);
    assert.match(workflow, /^\s+run: npm publish --provenance --access public$/m);
  });

  test('calls the script that npm run release calls, before publishing', () => {
    assert.equal(pkg.scripts.release, 'node scripts/release.js');
    const script = workflow.indexOf('run: node scripts/release.js --ci');
    assert.ok(script > 0, 'the workflow does not run node scripts/release.js --ci');
    assert.ok(script < workflow.indexOf('npm publish --provenance'), 'the check runs after publishing');
    assert.ok(workflow.indexOf('npm ci') < script);
  });
});

/** The next version after `version` for these bumps (changesets' rule, without prereleases). */
function bumped(version, bumps) {
  const [major, minor, patch] = version.split('.').map(Number);
  if (bumps.includes('major')) return `${major + 1}.0.0`;
  if (bumps.includes('minor')) return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

describe('npm run release in a clean clone', {timeout: 240_000}, () => {
  const state = {};
  before(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'uclg-release-'));
    state.dir = dir;
    execFileSync('git', ['clone', '-q', ROOT, dir]);
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    const git = (...args) => execFileSync('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=t', ...args], {cwd: dir});
    // One more change to release, so that a version bump is always tested.
    writeFileSync(join(dir, '.changeset/release-test.md'), '---\n"@uclg/widgets": patch\n---\n\nRelease test: a note for users.\n');
    git('add', '.changeset/release-test.md');
    git('commit', '-q', '-m', 'A changeset for the release test');
    state.before = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
    state.expected = bumped(state.before, pendingBumps(dir).map((b) => b.bump));
    state.pendingNotes = pendingBumps(dir).map((b) => b.file);
    state.output = await new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['scripts/release.js', '--skip-tests'], {cwd: dir, env: {...process.env, NO_COLOR: '1'}});
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({code, out}));
    });
  });
  after(() => state.dir && rmSync(state.dir, {recursive: true, force: true}));

  test('exits 0 after npm publish --dry-run, publishing nothing', (t) => {
    for (const line of state.output.out.split('\n')) if (/^(✓|Version|Release)/.test(line)) t.diagnostic(line);
    assert.equal(state.output.code, 0, state.output.out.slice(-4000));
    assert.match(state.output.out, /✓ npm publish --dry-run/);
    assert.match(state.output.out, new RegExp(`\\+ @uclg/widgets@${state.expected.replaceAll('.', '\\.')}`));
    assert.match(state.output.out, /\(dry-run\)|dry-run/);
  });

  test('bumps the version from the changesets and consumes them', () => {
    const read = (f) => readFileSync(join(state.dir, f), 'utf8');
    assert.equal(JSON.parse(read('package.json')).version, state.expected);
    assert.match(read('src/internal/version.ts'), new RegExp(`VERSION = '${state.expected.replaceAll('.', '\\.')}'`));
    const record = JSON.parse(read('api/released-files.json'));
    assert.equal(record.version, state.expected, 'the changeset check compares with the new release from now on');
    assert.equal(record.files['src/internal/version.ts'], shippedFiles(state.dir)['src/internal/version.ts']);
    assert.deepEqual(readdirSync(join(state.dir, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md'), []);
    assert.ok(state.pendingNotes.length >= 1);
  });

  test('writes the changelog entry above the previous ones', () => {
    const changelog = readFileSync(join(state.dir, 'CHANGELOG.md'), 'utf8');
    assert.ok(changelog.startsWith(`# @uclg/widgets\n\n## ${state.expected}\n`), changelog.slice(0, 200));
    assert.match(changelog, /Release test: a note for users\./);
    assert.match(changelog, new RegExp(`^## ${state.expected.replaceAll('.', '\\.')}\\n\\n### (Major|Minor|Patch) Changes\\n\\n- `, 'm'));
    assert.doesNotMatch(changelog, /[ \t]+$/m, 'trailing blanks');
    assert.ok(changelog.indexOf(`## ${state.expected}`) < changelog.indexOf(`## ${state.before}`), 'the old entry is kept below');
  });

  test("regenerates the README's CDN snippets and SRI for the new version", () => {
    const readme = readFileSync(join(state.dir, 'README.md'), 'utf8');
    const integrity = JSON.parse(readFileSync(join(state.dir, 'dist/cdn/integrity.json'), 'utf8'));
    for (const file of ['uclg-widgets.js', 'uclg-widgets-loader.js']) {
      assert.ok(readme.includes(`https://cdn.jsdelivr.net/npm/@uclg/widgets@${state.expected}/dist/cdn/${file}"\n        integrity="${integrity[file]}"`), file);
    }
    assert.ok(!readme.includes(`@uclg/widgets@${state.before}/`), 'an old version is left in the README');
    assert.ok(existsSync(join(state.dir, 'dist/cdn/uclg-widgets.d.ts')));
  });
});
