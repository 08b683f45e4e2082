#!/usr/bin/env node
/**
 * `npm run examples:render`: rewrites each `<!-- render: <input> <args> -->…<!-- /render -->`
 * block of examples/embed/prerendered.html with what `uclg-widgets render` writes today (input
 * relative to the page). test/e2e/prerender.test.mjs fails when a block is stale. Needs dist/.
 */
import {execFileSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

export const BLOCK = /<!-- render: (\S+) (.*?) -->\n([\s\S]*?)<!-- \/render -->/g;
export const render = (input, args) => execFileSync(process.execPath, ['bin/uclg-widgets.js', 'render', join('examples/embed', input), ...args.split(' ')], {encoding: 'utf8'});

if (process.argv[1]?.endsWith('render-examples.js')) {
  const page = 'examples/embed/prerendered.html';
  const html = readFileSync(page, 'utf8');
  writeFileSync(page, html.replace(BLOCK, (_, input, args) => `<!-- render: ${input} ${args} -->\n${render(input, args)}<!-- /render -->`));
  console.log(`${page}: snippets rendered again`);
}
