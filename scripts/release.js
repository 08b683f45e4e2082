#!/usr/bin/env node
/**
 * `npm run release`: everything up to publishing, the same here and in CI
 * (.github/workflows/release.yml, which then runs `npm publish --provenance`).
 *
 * 1. API guard with the pending changesets (a removal needs a major one);
 * 2. `changeset version`: package.json's version and CHANGELOG.md from .changeset/*.md (deleted),
 *    src/internal/version.ts (what `window.UclgWidgets.version` says) and api/released-files.json
 *    (the changeset check's base);
 * 3. `npm run build`, which rewrites the README's CDN snippets and SRI hashes for the new version
 *    (checked here: both snippets must name it);
 * 4. `npm run api:report`: the report now records this version's API (`api:check` compares the
 *    sources with this committed file, so no tag is needed for that);
 * 5. the whole check, in CI's order: size budget, package checks (publint, attw), API check,
 *    typecheck, `npm test`;
 * 6. `npm publish --dry-run`: what would be uploaded. Nothing is published here.
 *
 * Then commit and tag (`vX.Y.Z`) by hand; pushing the tag runs the workflow.
 *
 * Flags: `--ci` (the workflow): no pending changesets allowed, and HEAD must carry the tag
 * `v<version>` (the release was versioned, committed and tagged already); `--skip-tests` skips
 * typecheck, `npm test` and the size budget, for test/pack/release.test.mjs only (which proves the
 * release mechanics; the suite and CI run those checks themselves).
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {RELEASED_FILES, pendingBumps, writeReleasedFiles} from './release-ref.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = new Set(process.argv.slice(2));
const CI = args.has('--ci');
const SKIP_TESTS = args.has('--skip-tests');
const started = Date.now();

const version = () => JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(0)} s`;

function fail(message) {
  console.error(`\nrelease: ${message}`);
  process.exit(1);
}

/** Runs one step, its output streamed, and says how long it took. */
function step(title, command, commandArgs) {
  const at = Date.now();
  console.log(`\n▶ ${title}: ${[command, ...commandArgs].join(' ')}`);
  const result = spawnSync(command, commandArgs, {cwd: ROOT, stdio: 'inherit'});
  if (result.status !== 0) fail(`${title} failed (exit ${result.status ?? result.signal}) after ${seconds(at)}.`);
  console.log(`✓ ${title} (${seconds(at)})`);
}

const bin = (name) => join(ROOT, 'node_modules/.bin', name);
const pending = pendingBumps(ROOT);
const before = version();

if (CI) {
  if (pending.length) fail(`${pending.length} changeset(s) pending (${pending.map((p) => p.file).join(', ')}): version, commit and tag with \`npm run release\` first; CI publishes a tagged version as it is.`);
  const tags = execFileSync('git', ['tag', '--points-at', 'HEAD'], {cwd: ROOT, encoding: 'utf8'}).split('\n');
  if (!tags.includes(`v${before}`)) fail(`HEAD is not tagged v${before} (tags here: ${tags.filter(Boolean).join(', ') || 'none'}); publish from the release tag.`);
}

// 1. With the changesets still here: a removed or changed API needs a major one.
step('API guard', process.execPath, ['scripts/api-report.js', '--analyze', '--check']);

// 2. Version and changelog.
if (pending.length) {
  step('changeset version', bin('changeset'), ['version']);
  const after = version();
  if (after === before) fail(`changeset version left the version at ${before}.`);
  // The default changelog writer leaves a heading glued to its list and blanks indented (it expects
  // prettier, which this repository does not run): tidy the new entry the same way every time.
  const changelogFile = join(ROOT, 'CHANGELOG.md');
  writeFileSync(changelogFile, readFileSync(changelogFile, 'utf8').replace(/[ \t]+$/gm, '').replace(/^(#{2,3} .+)\n(?=\S)/gm, '$1\n\n'));
  const file = join(ROOT, 'src/internal/version.ts');
  const source = readFileSync(file, 'utf8');
  const updated = source.replace(/VERSION = '[^']*'/, `VERSION = '${after}'`);
  if (updated === source) fail('src/internal/version.ts: no VERSION constant to update.');
  writeFileSync(file, updated);
  console.log(`Version ${before} → ${after} (package.json, CHANGELOG.md, src/internal/version.ts).`);
} else {
  console.log(`\nNo pending changeset: releasing ${before} as it is.`);
}
const next = version();
// The changeset check's base from now on: this release's shipped files (no git tags needed).
writeReleasedFiles(ROOT, next);
console.log(`${RELEASED_FILES}: the shipped files of ${next}.`);
if (!new RegExp(`^## ${next.replaceAll('.', '\\.')}$`, 'm').test(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8'))) {
  fail(`CHANGELOG.md has no "## ${next}" entry.`);
}

// 3. Build: dist/, the CDN files and the README's snippets for this version.
step('build', 'npm', ['run', 'build']);
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
for (const marker of ['cdn-snippet', 'cdn-loader-snippet']) {
  const block = new RegExp(`<!-- ${marker} -->([\\s\\S]*?)<!-- /${marker} -->`).exec(readme)?.[1] ?? '';
  const urls = [...block.matchAll(/https:\/\/cdn\.jsdelivr\.net\/npm\/@uclg\/widgets@([^/]+)\//g)].map((m) => m[1]);
  if (!urls.length || urls.some((v) => v !== next)) fail(`README.md's ${marker} names ${[...new Set(urls)].join(', ') || 'no version'}, not ${next}.`);
}
const integrity = JSON.parse(readFileSync(join(ROOT, 'dist/cdn/integrity.json'), 'utf8'));
if (!readme.includes(integrity['uclg-widgets.js'])) fail("README.md's snippet does not carry dist/cdn/uclg-widgets.js's integrity.");
console.log(`README.md: both CDN snippets pin @uclg/widgets@${next} with this build's integrity.`);

// 4. The API report of this version.
step('API report', process.execPath, ['scripts/api-report.js']);
if (CI) {
  // The tagged commit is what gets published: its snippets, integrity and report match this build.
  const drift = spawnSync('git', ['diff', '--stat', '--exit-code', '--', 'README.md', 'api/public-api.md', RELEASED_FILES], {cwd: ROOT, encoding: 'utf8'});
  if (drift.status !== 0) fail(`the build differs from the tagged commit:\n${drift.stdout}`);
}

// 5. The whole check.
// In CI's order, quick checks first: the suite last.
if (!SKIP_TESTS) step('size budget', 'npm', ['run', 'size']);
step('package checks', 'npm', ['run', 'check:package']);
step('API check', process.execPath, ['scripts/api-report.js', '--check']);
if (!SKIP_TESTS) {
  step('typecheck', 'npm', ['run', 'typecheck']);
  step('tests', 'npm', ['test']);
}

// 6. What npm would upload. npm publishes even when it "auto-corrected" package.json, which can
// mean a field dropped from the registry's metadata (a `./`-prefixed bin, with npm 11): fail here.
{
  const at = Date.now();
  console.log('\n▶ npm publish --dry-run');
  const result = spawnSync('npm', ['publish', '--dry-run', '--access', 'public', '--ignore-scripts'], {cwd: ROOT, encoding: 'utf8'});
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  if (result.status !== 0) fail(`npm publish --dry-run failed (exit ${result.status}).`);
  if (/auto-corrected/.test(result.stderr + result.stdout)) fail('npm publish would auto-correct package.json (see above): write the fields as `npm pkg fix` does.');
  console.log(`✓ npm publish --dry-run (${seconds(at)})`);
}

console.log(`\nRelease ${next} ready in ${seconds(started)}${SKIP_TESTS ? ' (tests skipped)' : ''}.`);
if (!CI) {
  console.log(`Next: review \`git diff\`, then
  git add package.json CHANGELOG.md README.md src/internal/version.ts api .changeset
  git commit -m "Release v${next}" && git tag -a v${next} -m v${next} && git push --follow-tags
Pushing the tag runs .github/workflows/release.yml, which publishes with provenance.`);
}
