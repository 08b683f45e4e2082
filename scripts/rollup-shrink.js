/**
 * Rollup plugin for the CDN bundle: shrinks the static text of Lit's css`` and html``
 * templates, which terser leaves alone. CSS loses comments and the spaces around punctuation;
 * HTML loses indentation (a run of whitespace containing a line break becomes one space, which
 * renders the same outside <pre>, and we have none). Expressions (`${…}`) are never touched.
 * (Translator notes, the `desc` of `msg()` calls, are dropped by ./rollup-msg-ids.js.)
 */
import MagicString from 'magic-string';
import {walk} from 'estree-walker';

/** Spaces next to a `${…}` are kept (collapsed to one) unless punctuation makes them useless. */
const minifyCss = (s) =>
  s
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{}:;,>])\s*/g, '$1')
    .replace(/;}/g, '}');

const minifyHtml = (s) => s.replace(/\s*\n\s*/g, ' ');

export default function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!/\b(css|html) ?`/.test(code) || id.includes('node_modules')) return null;
      const ast = this.parse(code);
      const out = new MagicString(code);
      walk(ast, {
        enter(node) {
          if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
          const fn = node.tag.name === 'css' ? minifyCss : node.tag.name === 'html' ? minifyHtml : null;
          if (!fn) return;
          for (const q of node.quasi.quasis) {
            const raw = q.value.raw;
            const min = fn(raw);
            if (min !== raw && q.end > q.start) out.overwrite(q.start, q.end, min);
          }
        },
      });
      return {code: out.toString(), map: out.generateMap({hires: true})};
    },
  };
}
