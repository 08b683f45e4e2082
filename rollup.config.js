import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import shrink from './scripts/rollup-shrink.js';
import cdnModules from './scripts/rollup-cdn-modules.js';
import msgIds from './scripts/rollup-msg-ids.js';
import {privateNamesRegex} from './scripts/private-names.js';
import {readFileSync} from 'node:fs';

/**
 * The CDN files, built from tsc's output (dist/) so that they and the npm files come from one
 * compilation. The "production" export condition selects Lit's production build.
 * - uclg-widgets.js: one self-contained minified file for `<script type="module">`; registers
 *   every element, sets `window.UclgWidgets`, exports nothing. Its code is wrapped in a function
 *   all the same (format 'iife'): a CMS or tag manager that drops `type="module"` runs it as a
 *   classic script, where the top-level names of an ES module file (`const t`, `function e`)
 *   would be the page's globals, and a page script declaring the same name would throw.
 * - uclg-widgets.iife.js: the same, named for a classic <script> (CMSs that strip type="module").
 * - uclg-widgets-loader.js and elements/: the loader imports an element's module only when its
 *   tag appears in the page (src/bundle/loader.ts).
 */
const plugins = (oneFile) => [
  nodeResolve({exportConditions: ['production'], browser: true}),
  cdnModules({
    // parseFeed's messages in a few words; the npm package and the CLI keep the full ones.
    'dist/feed/messages.js': 'dist/feed/messages.cdn.js',
  }),
  shrink(),
  msgIds(),
  terser({
    ecma: 2022,
    module: true,
    compress: {passes: 2},
    // Only our own TypeScript `private` members (see scripts/private-names.js): never public API.
    // Only in the one-file builds: terser minifies each chunk on its own, so per element a base
    // class's private member (shared chunk) and a subclass's (element chunk) could get the same
    // short name, the subclass's then overwriting the base's: a countdown built per element read
    // its start as ended. A shared nameCache also shares top-level names, which broke Intl calls.
    mangle: oneFile ? {properties: {regex: privateNamesRegex('src')}} : true,
    format: {comments: false},
  }),
];

/** Each element's CDN module (`elements/<tag>.js`), from its define module. */
export const ELEMENTS = [
  ['uclg-session-card', 'session-card'],
  ['uclg-countdown', 'countdown'],
  ['uclg-guiding-questions', 'guiding-questions'],
  ['uclg-agenda', 'agenda'],
  ['uclg-add-to-calendar', 'add-to-calendar'],
];

/**
 * The feed editor (src/editor/, issue 19): its page and one classic script, so that
 * dist/editor/index.html works from file:// (browsers refuse module scripts there) and from any
 * static host. The example feed goes into the script (a file:// page cannot fetch it), and the
 * parser keeps its full messages, which the editor shows with their hints.
 */
const editorFiles = {
  name: 'uclg-editor-files',
  load(id) {
    if (id.replaceAll('\\', '/').endsWith('/dist/editor/seed.js')) return `export const SEED = ${readFileSync('examples/feed.json', 'utf8')};`;
    return null;
  },
  generateBundle() {
    this.emitFile({type: 'asset', fileName: 'index.html', source: readFileSync('src/editor/index.html', 'utf8')});
  },
};

export default [
  {
    input: 'dist/bundle/module.js',
    // The countdown's import() of the feed code (src/base/feed-engine-load.ts) stays in the file:
    // the other elements bring that code at once, so the import is never taken here.
    output: {file: 'dist/cdn/uclg-widgets.js', format: 'iife', inlineDynamicImports: true},
    plugins: plugins(true),
  },
  {
    input: 'dist/bundle/classic.js',
    output: {file: 'dist/cdn/uclg-widgets.iife.js', format: 'iife', inlineDynamicImports: true},
    plugins: plugins(true),
  },
  // The loader and one module per element, sharing chunks: a page loads only what its tags need.
  {
    input: {
      'uclg-widgets-loader': 'dist/bundle/loader.js',
      ...Object.fromEntries(ELEMENTS.map(([tag, dir]) => [`elements/${tag}`, `dist/components/${dir}/${dir}.define.js`])),
    },
    output: {dir: 'dist/cdn', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'elements/shared-[hash].js'},
    plugins: plugins(false),
  },
  {
    input: 'dist/editor/main.js',
    output: {dir: 'dist/editor', entryFileNames: 'editor.js', format: 'iife', inlineDynamicImports: true},
    plugins: [
      editorFiles,
      nodeResolve({exportConditions: ['production'], browser: true}),
      shrink(),
      msgIds(),
      terser({ecma: 2022, compress: {passes: 2}, format: {comments: false}}),
    ],
  },
];
