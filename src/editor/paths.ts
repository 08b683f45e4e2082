/**
 * JSON paths as parseFeed writes them (`sessions[1].people[0].name`), as key lists, and the form
 * field a problem belongs to. Pure: the editor's draft is plain JSON and every field is named by
 * the path of the value it edits.
 */
export type Key = string | number;
export type Path = readonly Key[];

/** `['sessions', 1, 'title', 'fr']` → `sessions[1].title.fr`. */
export const formatPath = (path: Path): string =>
  path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${k}` : k)).join('');

/** `sessions[1].title.fr` → `['sessions', 1, 'title', 'fr']`; `$` (the whole feed) → `[]`. */
export function parsePath(text: string): Key[] {
  if (text === '$' || !text) return [];
  return [...text.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map(([, key, index]) => (index !== undefined ? Number(index) : key!));
}

/** A DOM id for the field that edits `path` (ids cannot hold brackets usefully in selectors). */
export const fieldId = (path: string): string => `f-${path.replace(/[^A-Za-z0-9_-]+/g, '-')}`;

type Json = unknown;
const isContainer = (v: Json): v is Record<string, Json> | Json[] => typeof v === 'object' && v !== null;

export function getAt(root: Json, path: Path): Json {
  let v = root;
  for (const k of path) {
    if (!isContainer(v)) return undefined;
    v = (v as Record<Key, Json>)[k];
  }
  return v;
}

/**
 * Sets the value at `path`, creating objects on the way; `undefined` deletes the key, and a parent
 * object left empty by it is deleted too (an optional part the editor emptied is left out of the
 * feed, not written as `{}`). Array items are never deleted here: lists have their own buttons.
 */
export function setAt(root: Record<string, Json>, path: Path, value: Json): void {
  const parents: Array<Record<Key, Json>> = [];
  let v = root as Record<Key, Json>;
  for (const k of path.slice(0, -1)) {
    if (!isContainer(v[k])) v[k] = {};
    parents.push(v);
    v = v[k] as Record<Key, Json>;
  }
  const last = path[path.length - 1]!;
  if (value !== undefined) {
    v[last] = value;
    return;
  }
  if (Array.isArray(v)) return;
  delete v[last];
  // Empty objects up the path, but not the feed's parts themselves (the event, a session).
  for (let i = path.length - 2; i >= 1 && !Array.isArray(parents[i]); i--) {
    const obj = parents[i]![path[i]!];
    if (Array.isArray(obj) || Object.keys(obj as object).length) break;
    delete parents[i]![path[i]!];
  }
}

/**
 * Which of the form's fields (paths, in form order) a problem at `problem` concerns: the field
 * itself; else the field of the nearest part above it (`…languages.spoken[2]` → the spoken list);
 * else the first field inside the part it names (`sessions[1].title` → its English field,
 * `sessions[1].location` → the location's first field). Undefined: no field on the form (the
 * problem is shown in the list of problems only).
 */
export function fieldForProblem(problem: string, fields: readonly string[]): string | undefined {
  if (fields.includes(problem)) return problem;
  const inside = (field: string, part: string) => field.startsWith(`${part}.`) || field.startsWith(`${part}[`);
  let best: string | undefined;
  for (const f of fields) if (inside(problem, f) && (!best || f.length > best.length)) best = f;
  return best ?? fields.find((f) => inside(f, problem));
}

/** The session a path is in (`sessions[3].title` → 3), or undefined for the event and the feed. */
export function sessionIndex(path: string): number | undefined {
  const m = /^sessions\[(\d+)\]/.exec(path);
  return m ? Number(m[1]) : undefined;
}
