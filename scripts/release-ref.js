/**
 * The last release, as a git ref: the newest `v<semver>` tag reachable from HEAD (the release
 * workflow tags each version it publishes; v0.1.0 marks the first release state, see
 * CHANGELOG.md). A clean `git clone` copies tags; a shallow one may not, which the callers report.
 */
import {execFileSync} from 'node:child_process';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';

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
