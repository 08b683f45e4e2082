#!/usr/bin/env node
/**
 * `npm test`: finds Chrome/Chromium (CHROME_PATH, then the usual paths), installs Debian's
 * chromium when running as root on Debian without one, then runs @web/test-runner.
 */
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {findChrome} from './find-chrome.js';

if (!findChrome()) {
  const debianRoot = existsSync('/etc/debian_version') && process.getuid?.() === 0;
  if (debianRoot) {
    console.log('No Chrome or Chromium found: installing Debian\'s chromium (apt-get install chromium)…');
    spawnSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], {stdio: 'inherit'});
  }
  if (!findChrome()) {
    console.error('No Chrome or Chromium found: install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to its executable.');
    process.exit(1);
  }
}
const args = ['wtr', '--config', 'web-test-runner.config.js', ...process.argv.slice(2)];
const run = spawnSync('npx', args, {stdio: 'inherit'});
process.exit(run.status ?? 1);
