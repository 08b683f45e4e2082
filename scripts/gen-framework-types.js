#!/usr/bin/env node
/**
 * Writes the framework bindings from custom-elements.json, so that they can never drift from the
 * elements (hand-written ones had: no `theme`, `compact`, `refresh`, `no-structured-data`, nor
 * the feed events):
 * - src/jsx/props.ts: every attribute (kebab-case), public property (camelCase) and event
 *   (`on<event-name>`, typed) of every element, mapped to React 19 and Preact JSX by
 *   src/jsx/react.ts and src/jsx/preact.ts;
 * - src/react.ts: the @lit/react wrappers for React 18 and older, one event prop per event.
 *
 * `npm run types:generate` runs `cem analyze` and this. The files are committed (editors and
 * `tsc` see them); test/framework-types.test.mjs fails when they differ from what this writes.
 */
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const HEADER = (what) => `/**
 * ${what}
 *
 * GENERATED from custom-elements.json by scripts/gen-framework-types.js: do not edit by hand;
 * run \`npm run types:generate\` after changing an element's JSDoc, attributes, properties or events.
 */
`;

/** Where the types that the manifest names come from (relative to src/jsx/). */
function typeSources() {
  const sources = {Session: '../core/types.js', Feed: '../core/types.js', UnitDisplay: '../i18n/locale.js'};
  for (const f of readdirSync('src/events')) {
    for (const [, name] of readFileSync(join('src/events', f), 'utf8').matchAll(/export class (\w+)/g)) sources[name] = `../events/${f.replace(/\.ts$/, '.js')}`;
  }
  return sources;
}

const BUILT_IN = new Set(['string', 'number', 'boolean', 'undefined', 'unknown', 'null', 'Pick', 'Record', 'Partial', 'Readonly']);
const pascal = (s) => s.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());
const doc = (text, indent = '  ') => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s+/g, ' ').trim()} */\n` : '');
const quote = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
/** `string | undefined` → `string`: every JSX prop is optional anyway. */
const bare = (text) => text.split('|').map((t) => t.trim()).filter((t) => t !== 'undefined').join(' | ') || 'unknown';

/** The elements of the manifest, in tag order, with what JSX can set on each. */
export function elements(manifest) {
  const els = [];
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      if (!d.tagName) continue;
      const fields = (d.members ?? []).filter((m) => m.kind === 'field' && !m.privacy && !m.static && !m.readonly);
      els.push({tag: d.tagName, className: d.name, superclass: d.superclass?.name, module: mod.path, attributes: d.attributes ?? [], fields, events: d.events ?? [], description: d.description});
    }
  }
  return els.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** Base class → its own superclass, from the manifest's class declarations. */
function superclasses(manifest) {
  const map = new Map();
  for (const mod of manifest.modules) for (const d of mod.declarations ?? []) if (d.kind === 'class') map.set(d.name, d.superclass?.name);
  return map;
}

export function generate(manifest) {
  const sources = typeSources();
  const els = elements(manifest);
  const imports = new Map(); // module → names
  const need = (name, from) => imports.set(from, (imports.get(from) ?? new Set()).add(name));
  const typeOf = (text) => {
    const t = bare(text ?? 'unknown');
    for (const [id] of t.matchAll(/\b[A-Z][A-Za-z]*\b/g)) {
      if (BUILT_IN.has(id)) continue;
      if (!sources[id]) throw new Error(`gen-framework-types: no known source for the type ${id} (add it to typeSources())`);
      need(id, sources[id]);
    }
    return t;
  };

  // Each prop is declared once, in the interface of the class that declares it: base classes
  // (UclgElement, UclgFeedElement…) get interfaces of their own, which the elements extend.
  const owners = new Map(); // class name → Map(prop key → line)
  const lineOf = (owner, key, line) => {
    if (!owners.has(owner)) owners.set(owner, new Map());
    owners.get(owner).set(key, line);
  };
  for (const el of els) {
    const owner = (item) => item.inheritedFrom?.name ?? el.className;
    for (const a of el.attributes) {
      // An attribute is a string in HTML; JSX may also give the value its property would take.
      const type = a.name === 'lang' ? 'string' : typeOf(a.type?.text);
      const attrType = type === 'boolean' ? 'boolean' : type === 'number' ? 'number | string' : type;
      if (a.name.includes('-') || !a.fieldName) lineOf(owner(a), a.name, `${doc(a.description)}  ${quote(a.name)}?: ${attrType};`);
    }
    for (const f of el.fields) lineOf(owner(f), f.name, `${doc(f.description)}  ${quote(f.name)}?: ${typeOf(f.type?.text)};`);
    for (const e of el.events) {
      const type = typeOf(e.type?.text ?? 'Event');
      lineOf(owner(e), `on${e.name}`, `${doc(`React 19 and Preact: listener for \`${e.name}\`. ${e.description ?? ''}`)}  ${quote(`on${e.name}`)}?: (event: ${type}) => void;`);
    }
    need(el.className, `../${el.module.replace(/^dist\//, '')}`);
  }
  const supers = superclasses(manifest);
  const isOwner = (name) => owners.has(name);
  /** The nearest ancestor that declares props (`LitElement` and the like declare none). */
  const parentOf = (name) => {
    for (let s = supers.get(name); s; s = supers.get(s)) if (isOwner(s)) return s;
    return undefined;
  };
  const emit = (name, what) => {
    const parent = parentOf(name);
    return `${doc(what, '')}export interface ${name}Props${parent ? ` extends ${parent}Props` : ''} {\n${[...(owners.get(name) ?? new Map()).values()].join('\n')}\n}`;
  };
  const bases = [...owners.keys()].filter((n) => !els.some((el) => el.className === n));
  // Bases from the root down, so each interface follows the one it extends.
  const depth = (n) => (parentOf(n) ? depth(parentOf(n)) + 1 : 0);
  bases.sort((a, b) => depth(a) - depth(b) || a.localeCompare(b));
  const interfaces = [
    ...bases.map((b) => emit(b, `What every element built on \`${b}\` accepts.`)),
    ...els.map((el) => emit(el.className, `What JSX can set on \`<${el.tag}>\`.`)),
  ];

  const importLines = [...imports]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([from, names]) => `import type {${[...names].sort().join(', ')}} from '${from}';`);
  const props = `${HEADER('What each element accepts in JSX: its attributes (kebab-case, as in HTML), its properties\n * (camelCase; React 19 and Preact set them as properties when the element has them) and its\n * events (`on<event-name>`). Mapped to React 19 and Preact JSX by react.ts and preact.ts.')}${importLines.join('\n')}

${interfaces.join('\n\n')}

/** Each tag: its element class and its JSX props. */
export interface UclgTags {
${els.map((el) => `  '${el.tag}': [${el.className}, ${el.className}Props];`).join('\n')}
}
`;

  const wrapperImports = els.map((el) => `import {${el.className}} from './${el.module.replace(/^dist\//, '')}';`);
  const eventTypes = [...new Set(els.flatMap((el) => el.events.map((e) => e.type?.text)).filter(Boolean))].sort();
  const defines = els.map((el) => `import './${el.module.replace(/^dist\//, '').replace(/\.js$/, '.define.js')}';`);
  const wrappers = els.map((el) => {
    const events = el.events.map((e) => `${quote(`on${pascal(e.name.replace(/^uclg-/, ''))}`)}: '${e.name}' as EventName<${e.type.text}>`);
    const name = el.className.replace(/^Uclg/, '');
    return `${doc(`\`<${el.tag}>\`${events.length ? `; events: ${el.events.map((e) => `on${pascal(e.name.replace(/^uclg-/, ''))}`).join(', ')}` : ''}.`, '')}export const ${name} = createComponent({react: React, tagName: '${el.tag}', elementClass: ${el.className}${events.length ? `, events: {${events.join(', ')}}` : ''}});`;
  });
  const react = `${HEADER('React wrappers for React 18 and older (React 19 can use the elements directly, with the\n * types from `@uclg/widgets/jsx-react`). Needs `react` and `@lit/react` (optional peers).\n * Importing this registers the elements.')}import * as React from 'react';
import {createComponent, type EventName} from '@lit/react';
${wrapperImports.join('\n')}
${[...new Set(eventTypes.map((t) => sources[t]))].map((from) => `import type {${eventTypes.filter((t) => sources[t] === from).join(', ')}} from '${from.replace('../', './')}';`).join('\n')}
${defines.join('\n')}

${wrappers.join('\n\n')}
`;
  return {'src/jsx/props.ts': props, 'src/react.ts': react};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  for (const [file, text] of Object.entries(generate(manifest))) {
    writeFileSync(file, text);
    console.log(`wrote ${file}`);
  }
}
