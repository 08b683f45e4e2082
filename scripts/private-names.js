/**
 * The names of TypeScript `private` members that the CDN build may rename (terser's property
 * mangler; `private` exists only at compile time, so the names otherwise ship as written).
 *
 * Found in the sources, so that a member made public later is never renamed. A name qualifies
 * only when every occurrence of it in src/ (outside tests) is its `private` declaration or
 * `this.name`: a name that is also a feed field, an event detail, an option, an object key, a
 * string or anyone else's property is left alone. Decorated members (@state, @property,
 * @query…) are left alone too: Lit knows them by their string name. `protected` members are
 * never renamed: a page may subclass an element it gets from customElements.get(). Terser
 * itself never renames the DOM's and JavaScript's own property names (its `domprops` list).
 */
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';

function sources(dir, out = []) {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) {
      if (f !== 'test-support') sources(p, out);
    } else if (p.endsWith('.ts') && !p.endsWith('.test.ts') && !p.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

export function privateNames(dir = 'src') {
  const src = sources(dir).map((f) => readFileSync(f, 'utf8')).join('\n');
  const decl = /(@\w+\([^)]*\)\s*)?\bprivate\s+(?:(?:readonly|static|get|set|async)\s+)*([A-Za-z_$][\w$]*)/g;
  const found = new Map();
  for (const [, decorator, name] of src.matchAll(decl)) {
    const c = found.get(name) ?? {decorated: false, declarations: 0};
    c.decorated ||= Boolean(decorator);
    c.declarations++;
    found.set(name, c);
  }
  const count = (re) => src.match(re)?.length ?? 0;
  return [...found]
    .filter(([name, c]) => !c.decorated && count(new RegExp(`(?<![\\w$])${name}(?![\\w$])`, 'g')) === c.declarations + count(new RegExp(`\\bthis\\.${name}(?![\\w$])`, 'g')))
    .map(([name]) => name)
    .sort();
}

/** For terser's `mangle.properties.regex`. */
export const privateNamesRegex = (dir) => new RegExp(`^(?:${privateNames(dir).join('|')})$`);
