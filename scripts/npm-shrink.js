/**
 * After tsc, before the CDN bundle: what the CDN build's size cuts can give the npm files too
 * (issue 16: an npm user should not pay more than a CDN user for the same elements).
 * - The translators' notes (`desc` of every msg() call) go: lit-localize reads them from src/,
 *   nothing reads them at run time (about 1 KB gzip for all elements).
 * - css`` and html`` templates lose comments, indentation and spaces inside lines, but keep
 *   their line breaks (./rollup-shrink.js with keepLines).
 * - `str` comes from @lit/localize's str-tag module instead of its index, which would also load
 *   the localize runtime (its global locale, events and id hashing) that we never use: we look
 *   strings up ourselves (src/i18n/msg.ts). The CDN files, bundled from these, get it too.
 * - Lit's `@property()`/`@state()` fields become `static properties` (./npm-decorators.js): no
 *   `__decorate` calls and helpers, no Lit decorator modules.
 * The npm files stay readable (same names, same lines); the ids stay the long ones, which a
 * developer may meet in a console or a debugger.
 */
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import MagicString from 'magic-string';
import {walk} from 'estree-walker';
import {parseAst} from 'rollup/parseAst';
import {dropDesc, msgOptions} from './rollup-msg-ids.js';
import {shrinkTemplates} from './rollup-shrink.js';
import {decoratorsToStaticProperties} from './npm-decorators.js';

/** `import {str} from '@lit/localize'` (or export): only `str`, nothing else of the runtime. */
const STR_FROM_INDEX = /^((?:import|export) \{ ?str ?\}) from '@lit\/localize';/m;
const STR_TAG = '@lit/localize/internal/str-tag.js';

const jsFiles = (dir) => readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
  const path = join(dir, e.name);
  return e.isDirectory() ? jsFiles(path) : e.name.endsWith('.js') ? [path] : [];
});

/** Rewrites dist/**\/*.js in place; returns how many bytes it saved. */
export function shrinkNpmFiles(dir = 'dist') {
  let saved = 0;
  for (const file of jsFiles(dir)) {
    const code = readFileSync(file, 'utf8');
    const hasMsg = /\bmsg\(/.test(code);
    const strOnly = STR_FROM_INDEX.test(code);
    const decorated = code.includes('__decorate(');
    if (!hasMsg && !strOnly && !decorated && !/\b(css|html) ?`/.test(code)) continue;
    const out = new MagicString(code);
    const ast = parseAst(code);
    shrinkTemplates(ast, out, {keepLines: true});
    if (decorated) decoratorsToStaticProperties(ast, code, out);
    if (hasMsg) {
      walk(ast, {
        enter(node) {
          const props = msgOptions(node);
          if (props) dropDesc(out, props);
        },
      });
    }
    const shrunk = out.toString().replace(STR_FROM_INDEX, `$1 from '${STR_TAG}';`);
    if (shrunk !== code) writeFileSync(file, shrunk);
    saved += code.length - shrunk.length;
  }
  return saved;
}
