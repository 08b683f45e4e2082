/**
 * The visitor's personal programme: the sessions they starred, per event, kept in localStorage
 * (`uclg-widgets:agenda-stars:v1:<event id>`, a JSON array of session ids) and shared live by
 * every agenda of that event on the page (and in the browser's other tabs, through `storage`).
 */
import {readStorage, writeStorage} from './storage.js';

const PREFIX = 'uclg-widgets:agenda-stars:v1:';
/** Fired on window when a page's stars change; a window event reaches every copy of the library on the page. */
export const STARS_CHANGED = 'uclg-widgets-stars';

/**
 * Where stars live when storage is forbidden (privacy mode, sandboxed iframe): one map per page,
 * kept on globalThis under a registered symbol so that two copies of the library (CDN and npm)
 * share it as they share localStorage. Not module state: a module-level map would split them.
 */
const memory = ((globalThis as Record<symbol, unknown>)[Symbol.for('uclg-widgets.stars')] ??= new Map<string, string>()) as Map<string, string>;

export function readStars(eventId: string): ReadonlySet<string> {
  const raw = memory.get(eventId) ?? readStorage(PREFIX + eventId);
  try {
    const ids: unknown = JSON.parse(raw ?? '[]');
    return new Set(Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

/** Saves the stars (in memory when storage refuses) and tells every agenda on the page. */
export function writeStars(eventId: string, ids: ReadonlySet<string>): void {
  const raw = JSON.stringify([...ids]);
  if (writeStorage(PREFIX + eventId, raw)) memory.delete(eventId);
  else memory.set(eventId, raw);
  globalThis.dispatchEvent?.(new CustomEvent(STARS_CHANGED, {detail: {eventId}}));
}

/** Calls `changed` when this page or another tab changes the stars; returns the unsubscribe. */
export function watchStars(changed: () => void): () => void {
  const onStorage = (e: StorageEvent) => (e.key === null || e.key.startsWith(PREFIX)) && changed();
  globalThis.addEventListener?.(STARS_CHANGED, changed);
  globalThis.addEventListener?.('storage', onStorage);
  return () => {
    globalThis.removeEventListener?.(STARS_CHANGED, changed);
    globalThis.removeEventListener?.('storage', onStorage);
  };
}
