/**
 * Rollup plugin for the CDN bundle: shortens the ids of interface strings. Each id
 * ('countdown.starts-relative') is written twice in the bundle: at its msg() call and as the key
 * of its translations (src/i18n/generated/strings/, one module per namespace, compiled to
 * dist/i18n/generated/strings/). Here each becomes a short name ('a', 'b', …, then two letters),
 * the same at the call and in the table, so the lookup in src/i18n/msg.ts finds the same
 * translations. It also drops the `desc` of msg() calls: translator notes, which lit-localize
 * reads from the sources, never needed at run time.
 *
 * The names come from the ids of the generated templates, sorted; an id without a translation
 * keeps its name (English needs no lookup). Short names have no dot and every real id has one,
 * so the two never meet. The build fails when a msg() call lacks the {id: '…'} form, or when an
 * id whose namespace module is in the bundle is met at no msg() call (a namespace used only in
 * Node, such as 'prerender' for `uclg-widgets render`, is not in the bundle).
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import MagicString from 'magic-string';
import {walk} from 'estree-walker';

const GENERATED_DIR = 'dist/i18n/generated/strings';
const GENERATED = /[\\/]i18n[\\/]generated[\\/]strings[\\/][\w-]+\.js$/;
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const shortName = (i) => (i < LETTERS.length ? LETTERS[i] : shortName(Math.floor(i / LETTERS.length) - 1) + LETTERS[i % LETTERS.length]);
const keyOf = (p) => (p.type !== 'Property' || p.computed ? undefined : p.key.type === 'Literal' ? p.key.value : p.key.name);

/** The ids a namespace module translates: `export const xStrings = {'x.id': [fr, es], …}`. */
function templateIds(file, parse) {
  const keys = [];
  walk(parse(readFileSync(file, 'utf8')), {
    enter(node) {
      if (isTranslation(node)) keys.push(keyOf(node));
    },
  });
  if (!keys.length) throw new Error(`msg-ids: no translations in ${file}`);
  return keys;
}

/** `'countdown.starts-in': [fr, es]` in a generated strings module. */
const isTranslation = (node) => node.type === 'Property' && node.value.type === 'ArrayExpression' && String(keyOf(node)).includes('.');

/** The property list of the options of a msg(…) or this.msg(…) call, or undefined for any other node. */
export function msgOptions(node) {
  if (node.type !== 'CallExpression') return undefined;
  const {callee} = node;
  const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' && !callee.computed ? callee.property.name : undefined;
  if (name !== 'msg') return undefined;
  const options = node.arguments[1];
  return options?.type === 'ObjectExpression' ? options.properties : [];
}

/** Removes the `desc` (a translator's note) from a msg() call's options, with its comma. */
export function dropDesc(out, props) {
  props.forEach((p, i) => {
    if (keyOf(p) === 'desc') out.remove(i ? props[i - 1].end : p.start, i ? p.end : (props[i + 1]?.start ?? p.end));
  });
}

export default function msgIds() {
  let ids = new Map();
  const met = new Set();
  const bundled = new Set();
  return {
    name: 'msg-ids',
    buildStart() {
      met.clear();
      bundled.clear();
      const files = readdirSync(GENERATED_DIR).filter((f) => f.endsWith('.js')).map((f) => join(GENERATED_DIR, f));
      const list = files.flatMap((f) => templateIds(f, (code) => this.parse(code))).sort();
      ids = new Map(list.map((id, i) => [id, shortName(i)]));
    },
    transform(code, id) {
      if (id.includes('node_modules')) return null;
      const generated = GENERATED.test(id);
      if (!generated && !/\bmsg\(/.test(code)) return null;
      const out = new MagicString(code);
      const error = (m) => this.error(`msg-ids: ${id}: ${m}`);
      walk(this.parse(code), {
        enter(node) {
          if (generated && isTranslation(node)) {
            bundled.add(keyOf(node));
            out.overwrite(node.key.start, node.key.end, JSON.stringify(ids.get(keyOf(node))));
            return;
          }
          // msg(…) where a language's lookup is passed in, this.msg(…) in an element.
          const props = msgOptions(node);
          if (!props) return;
          const idProp = props.find((p) => keyOf(p) === 'id');
          if (!idProp || idProp.value.type !== 'Literal' || typeof idProp.value.value !== 'string') return error("a msg() call without {id: '…'}");
          const short = ids.get(idProp.value.value);
          met.add(idProp.value.value);
          if (short) out.overwrite(idProp.value.start, idProp.value.end, JSON.stringify(short));
          dropDesc(out, props);
        },
      });
      return {code: out.toString(), map: out.generateMap({hires: true})};
    },
    buildEnd(error) {
      const unmet = [...bundled].filter((id) => !met.has(id));
      if (!error && unmet.length) this.error(`msg-ids: translated but never met at a msg() call: ${unmet.join(', ')}`);
    },
  };
}
