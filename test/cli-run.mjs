/**
 * The CLI as the tests run it: `bin/uclg-widgets.js` from the package root in a child Node, with
 * optional stdin; resolves with its exit code, stdout (as text, and as bytes for BOM checks) and
 * stderr. Shared by test/cli*.test.mjs.
 */
import {spawn} from 'node:child_process';
import {fileURLToPath} from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = fileURLToPath(new URL('../bin/uclg-widgets.js', import.meta.url));

export function runCli(args, {stdin} = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe']});
    const out = [];
    let stderr = '';
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const bytes = Buffer.concat(out);
      resolve({code, stdout: bytes.toString('utf8'), bytes, stderr});
    });
    child.stdin.end(stdin);
  });
}
