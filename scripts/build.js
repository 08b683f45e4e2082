#!/usr/bin/env node
/**
 * `npm run build`: tsc → dist/ (ES modules + .d.ts, unbundled, for npm), then rollup →
 * dist/cdn/uclg-widgets.js (one minified module for a script tag), then prints its sizes.
 */
import {execSync} from 'node:child_process';
import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';

const run = (cmd) => execSync(cmd, {stdio: 'inherit'});
const {version} = JSON.parse(readFileSync('package.json', 'utf8'));

rmSync('dist', {recursive: true, force: true});
run('npx tsc -p tsconfig.build.json');
// Stamp the version into the npm build too (the CDN build gets it from rollup's replace).
const define = 'dist/internal/define.js';
writeFileSync(define, readFileSync(define, 'utf8').replace(/typeof __VERSION__ === 'string' \? __VERSION__ : 'dev'/, JSON.stringify(version)));
run('npx rollup -c rollup.config.js --silent');

const file = 'dist/cdn/uclg-widgets.js';
const code = readFileSync(file);
const gzip = gzipSync(code, {level: 9}).length;
const brotli = brotliCompressSync(code, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
console.log(`${file}: ${code.length} B raw, ${gzip} B gzip -9, ${brotli} B brotli`);
