/**
 * scripts/changeset-check.js in scratch directories: shipped files changed since the release that
 * api/released-files.json records need a pending changeset; tests and docs do not; no git, no
 * tags and a shallow clone all work (CI's clone had no tags once, and the check failed there).
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {changesetStatus} from '../scripts/changeset-check.js';
import {changedSinceRelease, releasedFiles, writeReleasedFiles} from '../scripts/release-ref.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCRIPT = join(ROOT, 'scripts/changeset-check.js');

/** A directory with src/a.ts, README.md and .changeset/README.md, recorded as release 1.0.0. */
function project(t) {
  const dir = mkdtempSync(join(tmpdir(), 'uclg-changeset-'));
  t.after(() => rmSync(dir, {recursive: true, force: true}));
  const write = (file, text) => {
    mkdirSync(dirname(join(dir, file)), {recursive: true});
    writeFileSync(join(dir, file), text);
  };
  write('src/a.ts', 'export const a = 1;\n');
  write('README.md', '# x\n');
  write('.changeset/README.md', '# Changesets\n');
  writeReleasedFiles(dir, '1.0.0');
  return {dir, write};
}

test('a change to src/ since the release fails until a changeset is pending', (t) => {
  const r = project(t);
  assert.equal(changesetStatus(r.dir).problem, undefined, 'nothing changed');
  r.write('src/a.ts', 'export const a = 2;\n');
  const run = spawnSync(process.execPath, [SCRIPT], {cwd: r.dir, encoding: 'utf8'});
  assert.equal(run.status, 1);
  assert.match(run.stderr, /1 file\(s\) in src\/, schema\/, bin\/ changed since v1\.0\.0 and no changeset is pending: run `npx changeset`.*Changed: src\/a\.ts/);
  r.write('.changeset/brave-fox.md', '---\n"@uclg/widgets": patch\n---\n\nFix.\n');
  const ok = spawnSync(process.execPath, [SCRIPT], {cwd: r.dir, encoding: 'utf8'});
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /1 shipped file\(s\) changed since v1\.0\.0; pending: brave-fox\.md \(patch\)/);
});

test('new and removed files in src/, schema/ and bin/ count; tests, test support and docs do not', (t) => {
  const r = project(t);
  r.write('src/a.test.ts', 'test\n');
  r.write('src/test-support/x.ts', 'x\n');
  r.write('README.md', '# y\n');
  assert.equal(changesetStatus(r.dir).problem, undefined);
  r.write('schema/feed.schema.json', '{}\n');
  assert.deepEqual(changesetStatus(r.dir).changed, ['schema/feed.schema.json']);
  r.write('bin/cli.js', '\n');
  rmSync(join(r.dir, 'src/a.ts'));
  assert.deepEqual(changesetStatus(r.dir).changed, ['bin/cli.js', 'schema/feed.schema.json', 'src/a.ts']);
  assert.match(changesetStatus(r.dir).problem, /3 file\(s\)/);
});

test('a changeset for another package does not count', (t) => {
  const r = project(t);
  r.write('src/a.ts', 'export const a = 3;\n');
  r.write('.changeset/other.md', '---\n"other": minor\n---\n\nx\n');
  assert.match(changesetStatus(r.dir).problem, /no changeset is pending/);
});

test('a release rewrites the record, which becomes the new base; a missing record is named', (t) => {
  const r = project(t);
  r.write('src/a.ts', 'export const a = 4;\n');
  writeReleasedFiles(r.dir, '1.1.0');
  assert.equal(changesetStatus(r.dir).release, 'v1.1.0');
  assert.deepEqual(changesetStatus(r.dir).changed, []);
  rmSync(join(r.dir, 'api/released-files.json'));
  assert.match(changesetStatus(r.dir).problem, /api\/released-files\.json is missing/);
});

test('a shallow clone without tags is checked like a full one', (t) => {
  const r = project(t);
  const git = (cwd, ...args) => execFileSync('git', ['-c', 'user.email=t@example.org', '-c', 'user.name=t', ...args], {cwd, encoding: 'utf8'});
  git(r.dir, 'init', '-q', '-b', 'main');
  git(r.dir, 'add', '.');
  git(r.dir, 'commit', '-q', '-m', 'release');
  git(r.dir, 'tag', 'v1.0.0');
  r.write('src/a.ts', 'export const a = 5;\n');
  git(r.dir, 'commit', '-qam', 'change');
  const clone = mkdtempSync(join(tmpdir(), 'uclg-clone-'));
  t.after(() => rmSync(clone, {recursive: true, force: true}));
  execFileSync('git', ['clone', '-q', '--depth', '1', '--no-tags', `file://${r.dir}`, clone]);
  assert.equal(git(clone, 'tag').trim(), '');
  assert.deepEqual(changesetStatus(clone).changed, ['src/a.ts']);
  assert.match(changesetStatus(clone).problem, /changed since v1\.0\.0/);
});

test("this repository's record names package.json's version, and its files are the shipped ones", () => {
  const record = releasedFiles(ROOT);
  assert.equal(record.version, JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  assert.ok(Object.keys(record.files).includes('src/index.ts'));
  assert.ok(!Object.keys(record.files).some((f) => f.includes('test')), 'tests are not recorded');
  assert.ok(Array.isArray(changedSinceRelease(ROOT)));
});
