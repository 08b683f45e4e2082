/**
 * Remembers the results of a pure function by key: every widget on a page describes the same
 * few sessions, so each description is worked out once. Bounded: when full it starts afresh.
 */
export function memo<T>(limit = 512): (key: string, make: () => T) => T {
  const results = new Map<string, T>();
  return (key, make) => {
    let v = results.get(key);
    if (v === undefined && !results.has(key)) {
      if (results.size >= limit) results.clear();
      results.set(key, (v = make()));
    }
    return v as T;
  };
}
