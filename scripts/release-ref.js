/**
 * The last release, as a git ref: the newest `v<semver>` tag reachable from HEAD (the release
 * workflow tags each version it publishes; v0.1.0 marks the first release state, see
 * CHANGELOG.md). A clean `git clone` copies tags; a shallow one may not, which the callers report.
 */
import {execFileSync} from 'node:child_process';

/** The tag, or undefined when HEAD has no release tag in its history (or this is not a git repo). */
export function lastRelease(cwd = process.cwd()) {
  try {
    return execFileSync('git', ['describe', '--tags', '--abbrev=0', '--match', 'v[0-9]*.[0-9]*.[0-9]*', 'HEAD'], {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim() || undefined;
  } catch {
    return undefined;
  }
}
