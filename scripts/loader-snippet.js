/**
 * The per-element CDN snippet (the loader and its import map), for the README and the tests.
 * Node only (it reads dist/cdn/elements/ and hashes the import map for CSP); the one-file
 * snippet, which the Storybook embed builder also runs, is ./embed-snippet.js.
 */
import {createHash} from 'node:crypto';
import {readdirSync} from 'node:fs';
import {cdnUrl} from './embed-snippet.js';

/** The loader and what it may import (dist/cdn/elements/), as paths under dist/cdn/. */
export function loaderFiles(dir = 'dist/cdn') {
  return ['uclg-widgets-loader.js', ...readdirSync(`${dir}/elements`).filter((f) => f.endsWith('.js')).sort().map((f) => `elements/${f}`)];
}

/**
 * The per-element snippet: an import map whose `integrity` pins every module the loader may
 * import (browsers without import-map integrity load them unchecked), then the loader itself,
 * pinned like the one-file bundle.
 */
export function loaderSnippet(integrity, {version, element = '<uclg-countdown src="https://example.org/uclg-feed.json" session="inclusive-digitalization" lang="fr"></uclg-countdown>'} = {}) {
  const modules = Object.keys(integrity).filter((f) => f.startsWith('elements/')).sort();
  const map = modules.map((f, i) => `    "${cdnUrl(f, version)}": "${integrity[f]}"${i < modules.length - 1 ? ',' : ''}`);
  const json = ['{"integrity": {', ...map, '}}'].join('\n');
  const hash = createHash('sha256').update(json).digest('base64');
  return [
    `<!-- Strict CSP: script-src 'sha256-${hash}' lets this import map run. -->`,
    `<script type="importmap">${json}</script>`,
    `<script type="module" src="${cdnUrl('uclg-widgets-loader.js', version)}"`,
    `        integrity="${integrity['uclg-widgets-loader.js']}" crossorigin="anonymous"></script>`,
    element,
  ].join('\n');
}
