import {readFileSync} from 'node:fs';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';

const {version} = JSON.parse(readFileSync('./package.json', 'utf8'));

/**
 * The CDN bundle: one self-contained, minified ES module that registers every element.
 * Input is tsc's output (dist/), so the bundle and the npm files come from one compilation.
 * The "production" export condition selects Lit's production build (no dev-mode warnings).
 */
export default {
  input: 'dist/define.js',
  output: {file: 'dist/cdn/uclg-widgets.js', format: 'es', sourcemap: false},
  plugins: [
    replace({preventAssignment: true, values: {__VERSION__: JSON.stringify(version)}}),
    nodeResolve({exportConditions: ['production'], browser: true}),
    terser({ecma: 2022, module: true, compress: {passes: 2}, format: {comments: false}}),
  ],
};
