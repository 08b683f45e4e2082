/**
 * Rollup plugin for the CDN bundle: shortens the ids of interface strings. Each id
 * ('countdown.starts-relative') is written three times in the bundle: at its msg() call and as
 * the key of its French and Spanish translations (src/i18n/generated/, compiled to
 * dist/i18n/generated/). Here each becomes a short name ('a', 'b', …, then two letters), the same
 * at the call and in the templates, so the lookup in src/i18n/msg.ts finds the same
 * translations. It also drops the `desc` of msg() calls: translator notes, which lit-localize
 * reads from the sources, never needed at run time.
 *
 * The names come from the ids of the generated templates, sorted; an id without a translation
 * keeps its name (English needs no lookup). Short names have no dot and every real id has one,
 * so the two never meet. The build fails when the locales' ids differ, when a msg() call lacks
 * the {id: '…'} form, or when a translated id is met at no msg() call.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import MagicString from 'magic-string';
import {walk} from 'estree-walker';

const GENERATED_DIR = 'dist/i18n/generated';
const GENERATED = /[\\/]i18n[\\/]generated[\\/][\w-]+\.js$/;
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const shortName = (i) => (i < LETTERS.length ? LETTERS[i] : shortName(Math.floor(i / LETTERS.length) - 1) + LETTERS[i % LETTERS.length]);
const keyOf = (p) => (p.type !== 'Property' || p.computed ? undefined : p.key.type === 'Literal' ? p.key.value : p.key.name);

function templateIds(file, parse) {
  let keys;
  walk(parse(readFileSync(file, 'utf8')), {
    enter(node) {
      if (node.type === 'VariableDeclarator' && node.id.name === 'templates') keys = node.init.properties.map(keyOf);
    },
  });
  if (!keys) throw new Error(`msg-ids: no templates in ${file}`);
  return keys.sort();
}

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
  return {
    name: 'msg-ids',
    buildStart() {
      met.clear();
      const files = readdirSync(GENERATED_DIR).filter((f) => f.endsWith('.js')).map((f) => join(GENERATED_DIR, f));
      const lists = files.map((f) => templateIds(f, (code) => this.parse(code)));
      for (const [i, list] of lists.entries()) {
        if (list.join() !== lists[0].join()) this.error(`msg-ids: ${files[i]} and ${files[0]} translate different ids`);
      }
      ids = new Map(lists[0].map((id, i) => [id, shortName(i)]));
    },
    transform(code, id) {
      if (id.includes('node_modules')) return null;
      const generated = GENERATED.test(id);
      if (!generated && !/\bmsg\(/.test(code)) return null;
      const out = new MagicString(code);
      const error = (m) => this.error(`msg-ids: ${id}: ${m}`);
      walk(this.parse(code), {
        enter(node) {
          if (generated && node.type === 'VariableDeclarator' && node.id.name === 'templates') {
            for (const p of node.init.properties) out.overwrite(p.key.start, p.key.end, JSON.stringify(ids.get(keyOf(p))));
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
      const unmet = [...ids.keys()].filter((id) => !met.has(id));
      if (!error && unmet.length) this.error(`msg-ids: translated but never met at a msg() call: ${unmet.join(', ')}`);
    },
  };
}
