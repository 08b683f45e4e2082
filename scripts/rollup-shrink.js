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
    .replace(/\s+!important/g, '!important')
    .replace(/;}/g, '}');

const minifyHtml = (s) => s.replace(/\s*\n\s*/g, ' ');

/**
 * The same for the npm files, which must stay readable line by line: CSS loses comments and
 * the spaces inside each line, HTML its indentation; every line break is kept.
 */
const lines = (fn) => (s) => {
  const all = s.split('\n');
  const last = all.length - 1;
  // A quasi's first and last line touch a `${…}`: their outer spaces stay.
  return all.map((l, i) => {
    const m = fn(l);
    return i === 0 ? m.trimEnd() : i === last ? m.trimStart() : m.trim();
  }).filter((l, i) => l || i === 0 || i === last).join('\n');
};
const KEEP_LINES = {css: (s) => lines(minifyCss)(s.replace(/\/\*[\s\S]*?\*\//g, '')), html: (s) => s.replace(/\n\s+/g, '\n')};
const MINIFY = {css: minifyCss, html: minifyHtml};

/** Shrinks the static text of every css`` and html`` template in `code` (an ESTree `ast` of it) into `out`. */
export function shrinkTemplates(ast, out, {keepLines = false} = {}) {
  const fns = keepLines ? KEEP_LINES : MINIFY;
  walk(ast, {
    enter(node) {
      if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
      const fn = fns[node.tag.name];
      if (!fn) return;
      for (const q of node.quasi.quasis) {
        const raw = q.value.raw;
        const min = fn(raw);
        if (min !== raw && q.end > q.start) out.overwrite(q.start, q.end, min);
      }
    },
  });
}

export default function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!/\b(css|html) ?`/.test(code) || id.includes('node_modules')) return null;
      const out = new MagicString(code);
      shrinkTemplates(this.parse(code), out);
      return {code: out.toString(), map: out.generateMap({hires: true})};
    },
  };
}
