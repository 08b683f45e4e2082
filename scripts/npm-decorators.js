/**
 * After tsc: Lit's `@property()`/`@state()` decorators become a class's `static properties`
 * (scripts/npm-shrink.js, so the CDN files built from dist/ get it too).
 *
 * tsc's legacy decorators (experimentalDecorators) emit, per decorated field, a call
 * `__decorate([property({…})], X.prototype, "name", void 0)` that no minifier can shorten, plus
 * a copy of the `__decorate` helper in every module that has one, plus Lit's decorator modules.
 * Lit reads the same options from `static properties` (LitElement's documented non-decorator
 * form; `state()` is `{state: true}`, for which Lit sets `attribute: false` itself), so
 * `X.properties = {name: {…}, …}` right after the class does the same work for fewer bytes.
 * The sources keep their decorators (types, custom-elements.json, JSDoc per property).
 * Anything else decorated (an accessor, another decorator) is left as tsc wrote it.
 */

import {walk} from 'estree-walker';

const FROM = 'lit/decorators.js';
const isId = (node, name) => node?.type === 'Identifier' && (name === undefined || node.name === name);

/** `__decorate([property(…)], X.prototype, "name", void 0);` → {cls, name, options source}, else undefined. */
function decoratedField(stmt, code) {
  if (stmt.type !== 'ExpressionStatement') return undefined;
  const call = stmt.expression;
  if (call.type !== 'CallExpression' || !isId(call.callee, '__decorate') || call.arguments.length !== 4) return undefined;
  const [list, target, key, desc] = call.arguments;
  if (list.type !== 'ArrayExpression' || list.elements.length !== 1) return undefined;
  if (target.type !== 'MemberExpression' || !isId(target.object) || !isId(target.property, 'prototype') || target.computed) return undefined;
  if (key.type !== 'Literal' || typeof key.value !== 'string' || !/^[A-Za-z_$][\w$]*$/.test(key.value)) return undefined;
  if (!(desc.type === 'UnaryExpression' && desc.operator === 'void')) return undefined; // a field, not an accessor
  const deco = list.elements[0];
  if (deco?.type !== 'CallExpression' || !isId(deco.callee) || !['property', 'state'].includes(deco.callee.name) || deco.arguments.length > 1) return undefined;
  const arg = deco.arguments[0];
  if (arg && arg.type !== 'ObjectExpression') return undefined;
  const inner = arg ? code.slice(arg.start + 1, arg.end - 1).trim() : '';
  const options = deco.callee.name === 'state' ? `{ ${inner ? `${inner}, ` : ''}state: true }` : inner ? `{ ${inner} }` : '{}';
  return {cls: target.object.name, name: key.value, options, decorator: deco.callee.name};
}

/**
 * Rewrites the decorated fields of `ast` (of `code`) into `out` (a MagicString). Returns true
 * when it changed something.
 */
export function decoratorsToStaticProperties(ast, code, out) {
  const byClass = new Map();
  const removed = [];
  for (const stmt of ast.body) {
    const field = decoratedField(stmt, code);
    if (!field) continue;
    if (!byClass.has(field.cls)) byClass.set(field.cls, {first: stmt, fields: []});
    byClass.get(field.cls).fields.push(field);
    removed.push(stmt);
  }
  if (!removed.length) return false;
  for (const [cls, {first, fields}] of byClass) {
    const props = fields.map((f) => `    ${f.name}: ${f.options},`).join('\n');
    out.overwrite(first.start, first.end, `${cls}.properties = {\n${props}\n};`);
  }
  for (const stmt of removed) {
    if (![...byClass.values()].some((c) => c.first === stmt)) {
      // The statement and its line break.
      out.remove(stmt.start, code[stmt.end] === '\n' ? stmt.end + 1 : stmt.end);
    }
  }
  // Identifiers still used outside the removed statements (and outside the declaration itself).
  const inside = (node, s) => node.start >= s.start && node.end <= s.end;
  // Lit's decorators are only ever called; a local `const {state} = …` is not a use of the import.
  const refs = [];
  walk(ast, {
    enter(node, parent) {
      if (node.type !== 'Identifier' || removed.some((s) => inside(node, s))) return;
      const decorator = node.name === 'property' || node.name === 'state';
      if (!decorator || (parent?.type === 'CallExpression' && parent.callee === node)) refs.push(node);
    },
  });
  const stillUsed = (name, except) => refs.some((n) => n.name === name && !inside(n, except));
  for (const stmt of ast.body) {
    // `var __decorate = (this && this.__decorate) || function …;`
    if (stmt.type === 'VariableDeclaration' && stmt.declarations.length === 1 && isId(stmt.declarations[0].id, '__decorate') && !stillUsed('__decorate', stmt)) {
      out.remove(stmt.start, code[stmt.end] === '\n' ? stmt.end + 1 : stmt.end);
    }
    if (stmt.type === 'ImportDeclaration' && stmt.source.value === FROM) {
      const kept = stmt.specifiers.filter((s) => stillUsed(s.local.name, stmt));
      if (!kept.length) out.remove(stmt.start, code[stmt.end] === '\n' ? stmt.end + 1 : stmt.end);
      else if (kept.length < stmt.specifiers.length) out.overwrite(stmt.start, stmt.end, `import { ${kept.map((s) => code.slice(s.start, s.end)).join(', ')} } from '${FROM}';`);
    }
  }
  return true;
}
