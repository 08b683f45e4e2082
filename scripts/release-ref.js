/**
 * The last release, two ways.
 *
 * - `releasedFiles()`: api/released-files.json, committed, records the version and a hash of
 *   every shipped file in src/, schema/ and bin/ as that release had them. The changeset check
 *   compares the working tree with it, so it needs no git history at all: CI's clone may come
 *   without tags (it did) or shallow. `npm run release` rewrites it.
 * - `lastRelease()`: the newest `v<semver>` tag reachable from HEAD, when the clone has tags; the
 *   API check also compares with that release's report then (the committed report is enough).
 */
import {createHash} from 'node:crypto';
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {join, sep} from 'node:path';

export const WATCHED = ['src', 'schema', 'bin'];
export const RELEASED_FILES = 'api/released-files.json';
/** Tests and test support are not shipped: changing them needs no changeset. */
export const notShipped = (file) => /\.test\.[cm]?[jt]s$/.test(file) || file.startsWith('src/test-support/');

function walk(root, dir, out) {
  for (const name of readdirSync(join(root, dir))) {
    const rel = `${dir}/${name}`;
    if (statSync(join(root, rel)).isDirectory()) walk(root, rel, out);
    else if (!notShipped(rel)) out.push(rel);
  }
  return out;
}

/** {path: hash} of the shipped files under WATCHED in `root`'s working tree, sorted by path. */
export function shippedFiles(root = process.cwd()) {
  const files = {};
  for (const dir of WATCHED) {
    if (!existsSync(join(root, dir))) continue;
    for (const rel of walk(root, dir, []).sort()) {
      // Line endings as git stores them, so a Windows checkout hashes the same.
      const text = readFileSync(join(root, rel)).toString('latin1').replace(/\r\n/g, '\n');
      files[rel.split(sep).join('/')] = createHash('sha256').update(text, 'latin1').digest('hex').slice(0, 16);
    }
  }
  return files;
}

/** The committed record {version, files} of the last release, or undefined. */
export function releasedFiles(root = process.cwd()) {
  const file = join(root, RELEASED_FILES);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

/** Records the working tree as the release `version` (run by `npm run release`). */
export function writeReleasedFiles(root, version) {
  const record = {'//': 'The shipped files of the last release, for scripts/changeset-check.js; written by npm run release.', version, files: shippedFiles(root)};
  mkdirSync(join(root, 'api'), {recursive: true});
  writeFileSync(join(root, RELEASED_FILES), `${JSON.stringify(record, null, 2)}\n`);
}

/** Shipped files added, changed or removed since the record. */
export function changedSinceRelease(root = process.cwd(), record = releasedFiles(root)) {
  const now = shippedFiles(root);
  const paths = new Set([...Object.keys(now), ...Object.keys(record.files)]);
  return [...paths].filter((p) => now[p] !== record.files[p]).sort();
}

/** The tag, or undefined when HEAD has no release tag in its history (or this is not a git repo). */
export function lastRelease(cwd = process.cwd()) {
  try {
    return execFileSync('git', ['describe', '--tags', '--abbrev=0', '--match', 'v[0-9]*.[0-9]*.[0-9]*', 'HEAD'], {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The bump each pending changeset (.changeset/*.md, not its README) declares for `name`. */
export function pendingBumps(root = process.cwd(), name = '@uclg/widgets') {
  const dir = join(root, '.changeset');
  if (!existsSync(dir)) return [];
  const bumps = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md').sort()) {
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(dir, file), 'utf8'))?.[1] ?? '';
    for (const line of front.split(/\r?\n/)) {
      const m = /^\s*["']?([^"':]+)["']?\s*:\s*(major|minor|patch)\s*$/.exec(line);
      if (m && m[1] === name) bumps.push({file, bump: m[2]});
    }
  }
  return bumps;
}
