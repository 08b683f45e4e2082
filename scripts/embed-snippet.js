/**
 * The CDN embed snippet, one source for the README, the Storybook embed builder and the tests
 * that load it: pinned version, SRI integrity, crossorigin.
 */
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync} from 'node:fs';

export const CDN_FILES = ['uclg-widgets.js', 'uclg-widgets.iife.js'];
export const CDN_BASE = 'https://cdn.jsdelivr.net/npm/@uclg/widgets';

export function cdnUrl(file, version = JSON.parse(readFileSync('package.json', 'utf8')).version) {
  return `${CDN_BASE}@${version}/dist/cdn/${file}`;
}

/** The snippet a web editor pastes: the module script and one card. */
export function cdnSnippet(integrity, {version, element = '<uclg-session-card src="https://example.org/uclg-feed.json" session="inclusive-digitalization" lang="fr"></uclg-session-card>'} = {}) {
  return [
    `<script type="module" src="${cdnUrl('uclg-widgets.js', version)}"`,
    `        integrity="${integrity['uclg-widgets.js']}" crossorigin="anonymous"></script>`,
    element,
  ].join('\n');
}

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
