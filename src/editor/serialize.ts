/**
 * The feed as the editor downloads it: keys in the schema's order (schema/feed.schema.json), two
 * spaces, a newline at the end, so that two versions of a feed differ only where the editor
 * changed something. Keys the schema does not know are kept, after the known ones, in the order
 * they came: a richer feed loses nothing by passing through the editor.
 */
import {CHILDREN, isObject, ORDER} from '../feed/shape.js';

function ordered(v: unknown, kind: string): unknown {
  if (kind.endsWith('[]')) return Array.isArray(v) ? v.map((item) => ordered(item, kind.slice(0, -2))) : v;
  if (!isObject(v)) return v;
  const order = ORDER[kind] ?? [];
  const keys = [...order.filter((k) => k in v), ...Object.keys(v).filter((k) => !order.includes(k))];
  return Object.fromEntries(keys.map((k) => [k, ordered(v[k], CHILDREN[kind]?.[k] ?? '')]));
}

/** The feed JSON as text: schema key order, 2-space indent, final newline. */
export const serializeFeed = (json: unknown): string => `${JSON.stringify(ordered(json, 'feed'), null, 2)}\n`;
