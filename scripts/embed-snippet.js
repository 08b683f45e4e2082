/**
 * The CDN embed snippet, one source for the README, the Storybook embed builder and the tests
 * that load it: pinned version, SRI integrity, crossorigin.
 */
import {readFileSync} from 'node:fs';

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

