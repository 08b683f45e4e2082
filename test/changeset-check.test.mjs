/**
 * scripts/changeset-check.js in scratch git repos: shipped files changed since the last release
 * tag need a pending changeset; tests, docs and a clone without tags are handled as CI needs.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {changesetStatus} from '../scripts/changeset-check.js';

const SCRIPT = fileURLToPath(new URL('../scripts/changeset-check.js', import.meta.url));

/** A repo with src/a.ts, README.md and .changeset/README.md, released as v1.0.0. */
function repo(t) {
  const dir = mkdtempSync(join(tmpdir(), 'uclg-changeset-'));
  t.after(() => rmSync(dir, {recursive: true, force: true}));
  const git = (...args) => execFileSync('git', args, {cwd: dir, encoding: 'utf8'});
  const write = (file, text) => {
    mkdirSync(dirname(join(dir, file)), {recursive: true});
    writeFileSync(join(dir, file), text);
  };
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'test@example.org');
  git('config', 'user.name', 'test');
  write('src/a.ts', 'export const a = 1;\n');
  write('README.md', '# x\n');
  write('.changeset/README.md', '# Changesets\n');
  git('add', '.');
  git('commit', '-q', '-m', 'first');
  git('tag', '-a', 'v1.0.0', '-m', '1.0.0');
  return {dir, git, write, commit: () => (git('add', '.'), git('commit', '-q', '-m', 'change'))};
}

test('a change to src/ since the release fails until a changeset is pending', (t) => {
  const r = repo(t);
  assert.equal(changesetStatus(r.dir).problem, undefined, 'nothing changed');
  r.write('src/a.ts', 'export const a = 2;\n');
  r.commit();
  const run = spawnSync(process.execPath, [SCRIPT], {cwd: r.dir, encoding: 'utf8'});
  assert.equal(run.status, 1);
  assert.match(run.stderr, /1 file\(s\) in src\/, schema\/, bin\/ changed since v1\.0\.0 and no changeset is pending: run `npx changeset`.*Changed: src\/a\.ts/);
  r.write('.changeset/brave-fox.md', '---\n"@uclg/widgets": patch\n---\n\nFix.\n');
  const ok = spawnSync(process.execPath, [SCRIPT], {cwd: r.dir, encoding: 'utf8'});
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /1 shipped file\(s\) changed since v1\.0\.0; pending: brave-fox\.md \(patch\)/);
});

test('new files in schema/ and bin/ count, uncommitted too; tests and docs do not', (t) => {
  const r = repo(t);
  r.write('src/a.test.ts', 'test\n');
  r.write('src/test-support/x.ts', 'x\n');
  r.write('README.md', '# y\n');
  r.commit();
  assert.equal(changesetStatus(r.dir).problem, undefined);
  r.write('schema/feed.schema.json', '{}\n');
  assert.deepEqual(changesetStatus(r.dir).changed, ['schema/feed.schema.json']);
  r.write('bin/cli.js', '\n');
  r.commit();
  assert.deepEqual(changesetStatus(r.dir).changed, ['bin/cli.js', 'schema/feed.schema.json']);
  assert.match(changesetStatus(r.dir).problem, /2 file\(s\)/);
});

test('a changeset for another package does not count', (t) => {
  const r = repo(t);
  r.write('src/a.ts', 'export const a = 3;\n');
  r.write('.changeset/other.md', '---\n"other": minor\n---\n\nx\n');
  assert.match(changesetStatus(r.dir).problem, /no changeset is pending/);
});

test('the newest release tag is the base; a clone without tags is told to fetch them', (t) => {
  const r = repo(t);
  r.write('src/a.ts', 'export const a = 4;\n');
  r.commit();
  r.git('tag', '-a', 'v1.1.0', '-m', '1.1.0');
  assert.equal(changesetStatus(r.dir).release, 'v1.1.0');
  assert.equal(changesetStatus(r.dir).problem, undefined);
  // A clean clone copies the tags.
  const clone = mkdtempSync(join(tmpdir(), 'uclg-clone-'));
  t.after(() => rmSync(clone, {recursive: true, force: true}));
  execFileSync('git', ['clone', '-q', r.dir, clone]);
  assert.equal(changesetStatus(clone).release, 'v1.1.0');
  execFileSync('git', ['tag', '-d', 'v1.0.0', 'v1.1.0'], {cwd: clone});
  assert.match(changesetStatus(clone).problem, /No release tag.*git fetch --tags/);
});
