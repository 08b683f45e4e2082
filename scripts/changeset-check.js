#!/usr/bin/env node
/**
 * CI: fails when what users get (src/, schema/, bin/; tests and test support aside) changed since
 * the last release (the newest `v*` tag) and no changeset is pending in .changeset/. Works on a
 * clean `git clone` (it needs the tags, which a clone copies; a shallow clone must fetch them).
 * Compares the working tree with the tag, so uncommitted changes count too.
 */
import {execFileSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {lastRelease, pendingBumps} from './release-ref.js';

export const WATCHED = ['src', 'schema', 'bin'];
const notShipped = (file) => /\.test\.[cm]?[jt]s$/.test(file) || file.startsWith('src/test-support/');

/** {release, changed, bumps, problem}: `problem` is a sentence when CI must fail. */
export function changesetStatus(cwd = process.cwd()) {
  const release = lastRelease(cwd);
  if (!release) {
    return {problem: 'No release tag (v<version>) in this clone\'s history: run `git fetch --tags` (a shallow clone has none), or tag the last release.'};
  }
  const out = execFileSync('git', ['diff', '--name-only', release, '--', ...WATCHED], {cwd, encoding: 'utf8'});
  const untracked = execFileSync('git', ['ls-files', '--others', '--exclude-standard', '--', ...WATCHED], {cwd, encoding: 'utf8'});
  const changed = [...new Set([...out.split('\n'), ...untracked.split('\n')])].filter((f) => f && !notShipped(f)).sort();
  const bumps = pendingBumps(cwd);
  const problem = changed.length && !bumps.length
    ? `${changed.length} file(s) in ${WATCHED.join('/, ')}/ changed since ${release} and no changeset is pending: run \`npx changeset\` and describe the change for users (see .changeset/README.md). Changed: ${changed.slice(0, 8).join(', ')}${changed.length > 8 ? ', …' : ''}`
    : undefined;
  return {release, changed, bumps, problem};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const status = changesetStatus();
  if (status.problem) {
    console.error(status.problem);
    process.exit(1);
  }
  const pending = status.bumps.map((b) => `${b.file} (${b.bump})`).join(', ') || 'none';
  console.log(`Changesets: ${status.changed.length} shipped file(s) changed since ${status.release}; pending: ${pending}.`);
}
