/**
 * Storybook for designers: one stories file per element in `stories/`, docs pages generated
 * from `custom-elements.json` (written by `cem analyze` in the npm scripts), an "Embed builder".
 * Offline: no telemetry, examples/feed.json served as data/feed.json, nothing fetched elsewhere.
 */
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {mergeConfig} from 'vite';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const EMBED_SNIPPET = here('../scripts/embed-snippet.js');
const NODE_FS_SHIM = '\0uclg-storybook:node-fs-shim';

/**
 * `scripts/embed-snippet.js` (the one source of the CDN snippet) imports `node:fs` only for its
 * default version; the browser always passes `{version}`. Give that one importer a stub so the
 * Embed builder runs the very same module that the build and the tests use.
 */
const embedSnippetInBrowser = {
  name: 'uclg-storybook:embed-snippet-node-fs',
  enforce: 'pre',
  resolveId(id, importer) {
    if ((id === 'node:fs' || id === 'fs') && importer?.split('?')[0] === EMBED_SNIPPET) return NODE_FS_SHIM;
    return null;
  },
  load(id) {
    if (id !== NODE_FS_SHIM) return null;
    return `export function readFileSync() { throw new Error('embed-snippet: pass {version} in the browser'); }`;
  },
};

/**
 * package.json's `sideEffects` lists only `dist/` files (what consumers get), so the bundler
 * would treat every other file of this package as side-effect free and drop bare imports such as
 * the stories' `import '../src/define.ts'`: no element would be registered. The define modules
 * and everything in stories/ and .storybook/ (the fetch hold, the Embed builder element) do have
 * side effects: say so.
 */
const DEFINE_MODULE = /[\\/]src[\\/](?:define|components[\\/][^\\/]+[\\/][^\\/]+\.define)\.ts$/;
const OUR_DIRS = [here('../stories/'), here('./')];
const keepSideEffects = {
  name: 'uclg-storybook:side-effects',
  transform(code, id) {
    const file = id.split('?')[0];
    const kept = DEFINE_MODULE.test(file) || OUR_DIRS.some((dir) => file.startsWith(dir));
    return kept ? {code, map: null, moduleSideEffects: true} : null;
  },
};

/** @type {import('@storybook/web-components-vite').StorybookConfig} */
export default {
  framework: {name: '@storybook/web-components-vite', options: {}},
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  // `src="data/feed.json"` in a story is examples/feed.json, served by Storybook itself. Not at
  // /examples/feed.json: in the dev server that URL is also Vite's for the stories'
  // `import … from '../examples/feed.json'`, and the static file would shadow the JS module.
  // The feed editor (dist/editor/, issue 19) is deployed with the catalogue at /editor/, when built
  // (`npm run build`; CI builds before Storybook): a catalogue built without it still builds.
  staticDirs: [
    {from: '../examples/feed.json', to: '/data/feed.json'},
    ...(existsSync(here('../dist/editor/index.html')) ? [{from: '../dist/editor', to: '/editor'}] : []),
  ],
  core: {disableTelemetry: true, disableWhatsNewNotifications: true, enableCrashReports: false},
  docs: {defaultName: 'Docs'},
  async viteFinal(config) {
    return mergeConfig(config, {
      plugins: [embedSnippetInBrowser, keepSideEffects],
      // Our Lit elements use TypeScript's legacy decorators and `useDefineForClassFields: false`
      // (tsconfig.json). Vite 8 compiles TS with Oxc; say it explicitly so that a story file
      // outside tsconfig's `include` (or a changed tsconfig) cannot silently break Lit's
      // reactive properties.
      oxc: {
        decorator: {legacy: true},
        typescript: {removeClassFieldsWithoutInitializer: true},
        assumptions: {setPublicClassFields: true},
      },
      // The web-components renderer imports lit/directive-helpers.js, which Vite's dev server
      // would otherwise serve unbundled: a second copy of lit-html ("Multiple versions of Lit").
      optimizeDeps: {include: ['lit', 'lit/decorators.js', 'lit/directive-helpers.js', 'lit/directives/if-defined.js', 'lit/static-html.js']},
      build: {chunkSizeWarningLimit: 2000},
    });
  },
};
