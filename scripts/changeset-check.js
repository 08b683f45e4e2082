#!/usr/bin/env node
/**
 * CI: fails when what users get (src/, schema/, bin/; tests and test support aside) changed since
 * the last release and no changeset is pending in .changeset/. The last release is the committed
 * record api/released-files.json (a hash per shipped file), so this needs no git tags or history:
 * it works on any checkout, shallow or tagless. Uncommitted changes count too.
 */
import {fileURLToPath} from 'node:url';
import {RELEASED_FILES, WATCHED, changedSinceRelease, pendingBumps, releasedFiles} from './release-ref.js';

/** {release, changed, bumps, problem}: `problem` is a sentence when CI must fail. */
export function changesetStatus(cwd = process.cwd()) {
  const record = releasedFiles(cwd);
  if (!record) return {problem: `${RELEASED_FILES} is missing: it records the last release's files (npm run release writes it).`};
  const release = `v${record.version}`;
  const changed = changedSinceRelease(cwd, record);
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
