#!/usr/bin/env node
/**
 * The public API, as one sorted list of entries `id : signature`, written to api/public-api.md
 * (`npm run api:report`) and compared with it (`npm run api:check`, in CI).
 *
 * What the README's compatibility policy calls the public API, read from what users read:
 * - the elements, from custom-elements.json: tags, attributes (type, default), public properties
 *   and methods, events with their class and `detail` type, slots, CSS parts, CSS custom properties;
 * - the npm exports and the bin, from package.json;
 * - the feed format, from schema/feed.schema.json: every property path, its type, whether it is
 *   required (each `$defs` entry once, named `#name`);
 * - the CLI, from `uclg-widgets --help`: commands, flags, exit codes;
 * - the TypeScript exports of src/index.ts: names, kinds, signatures, public class members.
 *
 * `api:check` fails on an entry REMOVED or CHANGED, against the committed report and against the
 * report of the last release (the latest `v*` tag, when it has one: regenerating the report does
 * not hide a break), unless a pending changeset (.changeset/*.md) declares a major bump; and on an
 * entry ADDED, asking for `npm run api:report`, so that the report stays true.
 *
 * Needs custom-elements.json (`npx cem analyze`; `--analyze` runs it first) and the CLI's dist/
 * parser (`npm run build`, or tsc).
 */
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import ts from 'typescript';
import {lastRelease, pendingBumps, releasedFiles} from './release-ref.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const REPORT = 'api/public-api.md';
const SEPARATOR = ' : ';

// ---------------------------------------------------------------- elements (custom-elements.json)

/** Elements, from the manifest; event detail types from the TypeScript entries (`Class.detail`). */
export function elementEntries(manifest, tsEntries = new Map()) {
  const out = new Map();
  for (const mod of manifest.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      if (!d.customElement || !d.tagName) continue;
      const tag = d.tagName;
      out.set(`<${tag}>`, `class ${d.name}`);
      for (const a of d.attributes ?? []) {
        out.set(`<${tag}> attribute ${a.name}`, withDefault(a.type?.text ?? 'string', a.default) + (a.fieldName ? ` (property ${a.fieldName})` : ''));
      }
      for (const m of d.members ?? []) {
        if (m.privacy === 'private' || m.privacy === 'protected' || m.static || m.name.startsWith('#') || m.name.startsWith('_')) continue;
        if (m.kind === 'field') {
          out.set(`<${tag}> property ${m.name}`, `${withDefault(m.type?.text ?? 'unknown', m.default)}${m.readonly ? ' (readonly)' : ''}`);
        } else if (m.kind === 'method') {
          const params = (m.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.type?.text ?? 'unknown'}`).join(', ');
          out.set(`<${tag}> method ${m.name}`, `(${params}) => ${m.return?.type?.text ?? 'void'}`);
        }
      }
      for (const e of d.events ?? []) {
        const type = e.type?.text ?? 'Event';
        const detail = tsEntries.get(`class ${type}.detail`);
        out.set(`<${tag}> event ${e.name}`, detail ? `${type}, detail: ${detail.replace(/ \(readonly\)$/, '')}` : type);
      }
      for (const s of d.slots ?? []) out.set(`<${tag}> slot ${s.name || '(default)'}`, '');
      for (const p of d.cssParts ?? []) out.set(`<${tag}> css-part ${p.name}`, '');
      for (const p of d.cssProperties ?? []) out.set(`<${tag}> css-property ${p.name}`, '');
    }
  }
  return out;
}

function withDefault(type, value) {
  return value === undefined ? type : `${type} = ${value}`;
}

// ---------------------------------------------------------------- package.json

export function packageEntries(pkg) {
  const out = new Map();
  for (const [key, value] of Object.entries(pkg.exports ?? {})) {
    out.set(`export ${key}`, typeof value === 'string' ? 'default' : Object.keys(value).join(', '));
  }
  for (const name of Object.keys(pkg.bin ?? {})) out.set(`bin ${name}`, '');
  for (const [name, range] of Object.entries(pkg.engines ?? {})) out.set(`engine ${name}`, range);
  return out;
}

// ---------------------------------------------------------------- feed schema

/** Every property path of the feed, `$defs` entries once each (`#text.en`), type and required. */
export function schemaEntries(schema) {
  const out = new Map();
  const typeOf = (node) => {
    if (!node || typeof node !== 'object') return 'any';
    if (node.$ref) return `#${node.$ref.replace('#/$defs/', '')}`;
    if ('const' in node) return `const ${JSON.stringify(node.const)}`;
    if (node.enum) return `enum ${node.enum.map((v) => JSON.stringify(v)).join(' | ')}`;
    const alternatives = node.anyOf ?? node.oneOf;
    if (!node.type && alternatives) return alternatives.map(typeOf).join(' | ');
    const types = [node.type ?? 'any'].flat();
    return types.map((t) => (t === 'array' ? `array of ${typeOf(node.items)}` : t === 'string' && node.format ? `string (${node.format})` : t)).join(' | ');
  };
  const walk = (node, path) => {
    if (!node || typeof node !== 'object' || node.$ref) return;
    const required = new Set(node.required ?? []);
    for (const [name, child] of Object.entries(node.properties ?? {})) {
      const childPath = path ? `${path}.${name}` : name;
      out.set(`feed ${childPath}`, `${typeOf(child)}${required.has(name) ? ', required' : ''}`);
      walk(child, childPath);
    }
    if (node.items) walk(node.items, `${path}[]`);
  };
  const version = schema.properties?.version?.const;
  out.set('feed format version', JSON.stringify(version));
  walk(schema, '');
  for (const [name, def] of Object.entries(schema.$defs ?? {})) {
    out.set(`feed #${name}`, typeOf(def));
    walk(def, `#${name}`);
  }
  return out;
}

// ---------------------------------------------------------------- CLI help

/**
 * Commands (their usage line, and each flag it names), flags (with their argument), exit codes,
 * from `--help`. With `command`, the text is that command's own help (`uclg-widgets ics --help`):
 * its entries are named `cli <command> …`.
 */
export function cliEntries(help, command) {
  const out = new Map();
  const scope = command ? `cli ${command} ` : 'cli ';
  const usages = new Map();
  let current;
  for (const line of help.split('\n')) {
    const usage = /^(?:Usage:|\s+)\s*uclg-widgets (\w+)\s*(.*)$/.exec(line);
    if (usage) {
      current = usage[1];
      usages.set(current, usage[2].replace(/\s*\(\w+ --help\)\s*$/, '').trim());
      continue;
    }
    // A usage line's continuation (indented, starting with a bracket) belongs to that command.
    const more = /^\s{10,}(\[.*)$/.exec(line);
    if (more && current) {
      usages.set(current, `${usages.get(current)} ${more[1].trim()}`.trim());
      continue;
    }
    current = undefined;
    const flag = /^\s+(?:(-\w), )?(--[\w-]+)( <[^>]+>)?\s{2,}/.exec(line);
    if (flag) out.set(`${scope}flag ${flag[2]}`, `${flag[1] ? `${flag[1]}, ` : ''}${flag[2]}${flag[3] ?? ''}`);
  }
  for (const [name, usage] of usages) {
    if (command && name !== command) continue;
    if (!command) out.set(`cli ${name}`, usage);
    for (const [, flag, arg] of usage.matchAll(/(--[\w-]+)( <[^>]+>)?/g)) out.set(`cli ${name} flag ${flag}`, `${flag}${arg ?? ''}`);
  }
  const status = /Exit status:([\s\S]*?)(?:\n\n|$)/.exec(help)?.[1] ?? '';
  for (const [, code] of status.matchAll(/(?:^|,)\s*(\d+)\s/g)) out.set(`${scope}exit ${code}`, '');
  return out;
}

/** The CLI's entries: its `--help`, and each command's own `--help` where it has one. */
export function cliSurface(binFile) {
  const help = (args) => execFileSync(process.execPath, [binFile, ...args], {encoding: 'utf8'});
  const main = help(['--help']);
  const out = cliEntries(main);
  for (const id of [...out.keys()]) {
    const command = /^cli (\w+)$/.exec(id)?.[1];
    if (!command) continue;
    const own = help([command, '--help']);
    if (own !== main) for (const [key, value] of cliEntries(own, command)) out.set(key, value);
  }
  return out;
}

// ---------------------------------------------------------------- TypeScript exports

const FORMAT = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope;

/** Every export of src/index.ts: kind and signature; classes and interfaces member by member. */
export function typescriptEntries(entry = join(ROOT, 'src/index.ts')) {
  const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.build.json'), {}, {...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {}});
  const program = ts.createProgram({rootNames: [entry], options: {...config.options, noEmit: true}});
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const ours = (decl) => !relative(join(ROOT, 'src'), decl.getSourceFile().fileName).startsWith('..');
  const str = (type) => checker.typeToString(type, undefined, FORMAT).replace(/import\("[^"]+"\)\./g, '');
  const out = new Map();
  const members = (prefix, type, where) => {
    for (const prop of checker.getPropertiesOfType(type)) {
      const decl = prop.valueDeclaration ?? prop.declarations?.[0];
      if (!decl || !ours(decl) || prop.name.startsWith('#') || prop.name.startsWith('_') || prop.name.startsWith('__')) continue;
      const modifiers = ts.getCombinedModifierFlags(decl);
      if (modifiers & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) continue;
      const readonly = modifiers & ts.ModifierFlags.Readonly || (prop.flags & ts.SymbolFlags.GetAccessor && !(prop.flags & ts.SymbolFlags.SetAccessor)) ? ' (readonly)' : '';
      const optional = prop.flags & ts.SymbolFlags.Optional ? '?' : '';
      out.set(`${prefix}.${prop.name}${optional}`, `${str(checker.getTypeOfSymbolAtLocation(prop, where))}${readonly}`);
    }
  };
  for (const exported of checker.getExportsOfModule(checker.getSymbolAtLocation(source))) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const name = exported.name;
    const decl = symbol.declarations?.[0];
    if (!decl) continue;
    if (symbol.flags & ts.SymbolFlags.Class) {
      const heritage = decl.heritageClauses?.map((h) => h.getText()).join(' ') ?? '';
      out.set(`class ${name}`, heritage.replace(/\s+/g, ' '));
      const ctorType = checker.getTypeOfSymbolAtLocation(symbol, decl);
      for (const sig of ctorType.getConstructSignatures().slice(0, 1)) {
        out.set(`class ${name} constructor`, `(${sig.parameters.map((p) => `${p.name}: ${str(checker.getTypeOfSymbolAtLocation(p, decl))}`).join(', ')})`);
      }
      members(`class ${name}`, checker.getDeclaredTypeOfSymbol(symbol), decl);
      // Static members declared by us (e.g. `static readonly eventName`), not Lit's.
      for (const prop of checker.getPropertiesOfType(ctorType)) {
        const d = prop.valueDeclaration;
        if (!d || !ours(d) || prop.name === 'prototype' || ts.getCombinedModifierFlags(d) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) continue;
        if (prop.name === 'styles' || prop.name === 'properties' || prop.name === 'shadowRootOptions') continue; // Lit's machinery
        out.set(`class ${name} static ${prop.name}`, str(checker.getTypeOfSymbolAtLocation(prop, d)));
      }
    } else if (symbol.flags & ts.SymbolFlags.Function) {
      const type = checker.getTypeOfSymbolAtLocation(symbol, decl);
      type.getCallSignatures().forEach((sig, i, all) => {
        out.set(`function ${name}${all.length > 1 ? ` #${i + 1}` : ''}`, checker.signatureToString(sig, undefined, FORMAT).replace(/import\("[^"]+"\)\./g, ''));
      });
    } else if (symbol.flags & ts.SymbolFlags.Variable) {
      // A string constant's value (VERSION) is not its type: every release would "change" it.
      const type = checker.getTypeOfSymbolAtLocation(symbol, decl);
      out.set(`const ${name}`, str(type.isStringLiteral() ? checker.getBaseTypeOfLiteralType(type) : type));
    } else if (symbol.flags & ts.SymbolFlags.Interface) {
      out.set(`interface ${name}`, '');
      members(`interface ${name}`, checker.getDeclaredTypeOfSymbol(symbol), decl);
    } else if (symbol.flags & ts.SymbolFlags.TypeAlias) {
      const aliased = checker.getDeclaredTypeOfSymbol(symbol);
      out.set(`type ${name}`, checker.typeToString(aliased, decl, FORMAT | ts.TypeFormatFlags.InTypeAlias).replace(/import\("[^"]+"\)\./g, ''));
    } else if (symbol.flags & ts.SymbolFlags.Enum) {
      out.set(`enum ${name}`, '');
    }
  }
  return out;
}

// ---------------------------------------------------------------- the report

/** The whole surface, from the files on disk now. */
export function currentSurface({root = ROOT} = {}) {
  const read = (f) => JSON.parse(readFileSync(join(root, f), 'utf8'));
  if (!existsSync(join(root, 'custom-elements.json'))) throw new Error('custom-elements.json is missing: run `npx cem analyze` (or `npm run build`) first.');
  const tsEntries = typescriptEntries(join(root, 'src/index.ts'));
  return {
    Elements: elementEntries(read('custom-elements.json'), tsEntries),
    'npm package': packageEntries(read('package.json')),
    'Feed format': schemaEntries(read('schema/feed.schema.json')),
    CLI: cliSurface(join(root, 'bin/uclg-widgets.js')),
    'TypeScript exports': tsEntries,
  };
}

const HEADER = `# Public API of @uclg/widgets

Generated by \`npm run api:report\`; do not edit. \`npm run api:check\` (CI) compares the build with
this file: an entry removed or changed needs a pending changeset with a \`major\` bump, an entry
added needs this file regenerated. One entry a line, \`id : signature\`, sorted. What is public is
the README's [compatibility policy](../README.md#compatibility-policy).
`;

export function formatReport(surface) {
  const parts = [HEADER];
  for (const [section, entries] of Object.entries(surface)) {
    const lines = [...entries].map(([id, sig]) => (sig ? `${id}${SEPARATOR}${sig}` : id)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    parts.push(`## ${section} (${lines.length})\n\n\`\`\`text\n${lines.join('\n')}\n\`\`\`\n`);
  }
  return parts.join('\n');
}

/** A report's entries, as a Map of `section: id` → signature. */
export function parseReport(text) {
  const out = new Map();
  let section;
  let inBlock = false;
  for (const line of text.split('\n')) {
    const heading = /^## (.+?) \(\d+\)$/.exec(line);
    if (heading) section = heading[1];
    else if (line.startsWith('```')) inBlock = !inBlock;
    else if (inBlock && line) {
      const at = line.indexOf(SEPARATOR);
      out.set(`${section}: ${at < 0 ? line : line.slice(0, at)}`, at < 0 ? '' : line.slice(at + SEPARATOR.length));
    }
  }
  return out;
}

export function flatten(surface) {
  const out = new Map();
  for (const [section, entries] of Object.entries(surface)) for (const [id, sig] of entries) out.set(`${section}: ${id}`, sig);
  return out;
}

/** What changed from `before` to `after` (both flat Maps). */
export function compare(before, after) {
  const removed = [];
  const changed = [];
  const added = [];
  for (const [id, sig] of before) {
    if (!after.has(id)) removed.push({id, before: sig});
    else if (after.get(id) !== sig) changed.push({id, before: sig, after: after.get(id)});
  }
  for (const [id, sig] of after) if (!before.has(id)) added.push({id, after: sig});
  return {removed, changed, added};
}

export {pendingBumps};

/**
 * The verdict: problems (sentences) for the given baselines (each `{name, entries}`) against
 * the current surface. Removals and changes pass with a major changeset; additions (against the
 * committed report only) never pass.
 */
export function check(current, baselines, bumps) {
  const major = bumps.find((b) => b.bump === 'major');
  const problems = [];
  const notes = [];
  for (const {name, entries, additions} of baselines) {
    const {removed, changed, added} = compare(entries, current);
    const breaking = [
      ...removed.map((r) => `REMOVED ${r.id}${r.before ? ` (was: ${r.before})` : ''}`),
      ...changed.map((c) => `CHANGED ${c.id}\n    was: ${c.before}\n    now: ${c.after}`),
    ];
    if (breaking.length) {
      const what = `${breaking.length} breaking change(s) against ${name}:\n  ${breaking.join('\n  ')}`;
      if (major) notes.push(`${what}\n  allowed: ${major.source ?? `.changeset/${major.file}`} declares a major bump.`);
      else problems.push(`${what}\n  Removing or changing public API is a major change: add a changeset with \`"@uclg/widgets": major\` (npx changeset), or restore the API.`);
    }
    if (additions && added.length) {
      problems.push(`report out of date: run \`npm run api:report\` (${added.length} new entr${added.length === 1 ? 'y' : 'ies'}):\n  ${added.map((a) => `ADDED ${a.id}${a.after ? ` : ${a.after}` : ''}`).join('\n  ')}`);
    }
  }
  return {problems, notes};
}

/** The committed report, and the last release's report when its tag has one. */
export function baselines(root = ROOT) {
  const list = [];
  const file = join(root, REPORT);
  if (existsSync(file)) list.push({name: REPORT, entries: parseReport(readFileSync(file, 'utf8')), additions: true});
  const release = lastRelease(root);
  if (release) {
    try {
      const text = execFileSync('git', ['show', `${release}:${REPORT}`], {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']});
      list.push({name: `the ${release} release's report`, entries: parseReport(text), additions: false});
    } catch {
      // That release predates the report: the committed report is the only baseline.
    }
  }
  return list;
}

function main() {
  const args = new Set(process.argv.slice(2));
  process.chdir(ROOT);
  if (args.has('--analyze')) execFileSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--quiet'], {stdio: 'inherit'});
  const surface = currentSurface();
  if (args.has('--check')) {
    const list = baselines();
    if (!list.length) {
      console.error(`${REPORT} is missing: run \`npm run api:report\`.`);
      process.exit(1);
    }
    const bumps = pendingBumps(ROOT);
    // Once `changeset version` has used the changesets, the new major version is the evidence.
    // The release before: its tag when the clone has tags, else the committed record of its files.
    const release = lastRelease(ROOT) ?? (releasedFiles(ROOT) && `v${releasedFiles(ROOT).version}`);
    const {version} = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    if (release && Number(version.split('.')[0]) > Number(release.slice(1).split('.')[0])) bumps.push({source: `package.json's version ${version} (after ${release})`, bump: 'major'});
    const {problems, notes} = check(flatten(surface), list, bumps);
    for (const note of notes) console.log(note);
    if (problems.length) {
      console.error(problems.join('\n\n'));
      process.exit(1);
    }
    console.log(`API check: ${flatten(surface).size} entries, nothing removed or changed against ${list.map((b) => b.name).join(' and ')}${notes.length ? ' without the major changeset above' : ''}, nothing unrecorded.`);
    return;
  }
  mkdirSync(dirname(join(ROOT, REPORT)), {recursive: true});
  writeFileSync(join(ROOT, REPORT), formatReport(surface));
  console.log(`${REPORT}: ${flatten(surface).size} entries.`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
