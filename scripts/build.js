#!/usr/bin/env node
/**
 * `npm run build`:
 * 1. custom-elements.json from the sources (cem analyze);
 * 2. tsc → dist/ (ES modules + .d.ts, unbundled, for npm), without the translators' notes
 *    (scripts/npm-shrink.js);
 * 3. rollup → dist/cdn/uclg-widgets.js (ES module) and dist/cdn/uclg-widgets.iife.js (classic), and
 *    their types, dist/cdn/uclg-widgets.d.ts (`window.UclgWidgets` and the tags: src/bundle/global.ts);
 * 4. dist/cdn/integrity.json (sha384 SRI of each CDN file, the loader's modules included), and
 *    the README's CDN snippets (one file; loader) rewritten with the current version and integrity;
 * 5. prints each CDN file's raw, gzip -9 and brotli sizes, and the size budget.
 */
import {execSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {copyFileSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';
import {cdnSnippet, CDN_FILES} from './embed-snippet.js';
import {loaderFiles, loaderSnippet} from './loader-snippet.js';
import {checkBudget} from './size-budget.js';
import {shrinkNpmFiles} from './npm-shrink.js';

const run = (cmd) => execSync(cmd, {stdio: 'inherit'});

rmSync('dist', {recursive: true, force: true});
run('npx cem analyze --quiet');
run('npx tsc -p tsconfig.build.json');
console.log(`npm files: ${shrinkNpmFiles()} B of translators' notes and template whitespace dropped (scripts/npm-shrink.js).`);
run('npx rollup -c rollup.config.js --silent');
// The CDN files' types: global.ts's declarations. dist/bundle/ is not shipped; its `../define.js`
// import resolves the same from dist/cdn/ (the tags' HTMLElementTagNameMap and events).
copyFileSync('dist/bundle/global.d.ts', 'dist/cdn/uclg-widgets.d.ts');

const integrity = {};
for (const name of [...CDN_FILES, ...loaderFiles()]) {
  const code = readFileSync(`dist/cdn/${name}`);
  integrity[name] = `sha384-${createHash('sha384').update(code).digest('base64')}`;
  const gzip = gzipSync(code, {level: 9}).length;
  const brotli = brotliCompressSync(code, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
  console.log(`dist/cdn/${name}: ${code.length} B raw, ${gzip} B gzip -9, ${brotli} B brotli`);
}
writeFileSync('dist/cdn/integrity.json', `${JSON.stringify(integrity, null, 2)}\n`);

// The README's snippet is generated, never hand-edited: it always matches the files built.
const readme = readFileSync('README.md', 'utf8');
const updated = readme
  .replace(/(<!-- cdn-snippet -->\n)[\s\S]*?(<!-- \/cdn-snippet -->)/, (_, open, close) => `${open}\`\`\`html\n${cdnSnippet(integrity)}\n\`\`\`\n${close}`)
  .replace(/(<!-- cdn-loader-snippet -->\n)[\s\S]*?(<!-- \/cdn-loader-snippet -->)/, (_, open, close) => `${open}\`\`\`html\n${loaderSnippet(integrity)}\n\`\`\`\n${close}`);
if (updated !== readme) {
  writeFileSync('README.md', updated);
  console.log('README.md: CDN snippet updated with the new integrity.');
}
const budget = checkBudget();
console.log(budget.message);
