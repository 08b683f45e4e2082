/**
 * The feed as the editor downloads it: keys in the schema's order (schema/feed.schema.json), two
 * spaces, a newline at the end, so that two versions of a feed differ only where the editor
 * changed something. Keys the schema does not know are kept, after the known ones, in the order
 * they came: a richer feed loses nothing by passing through the editor.
 */
const TEXT = ['en', 'fr', 'es'];
const ORDER: Readonly<Record<string, readonly string[]>> = {
  feed: ['$schema', 'version', 'event', 'sessions'],
  event: ['id', 'name', 'theme', 'url', 'calendar', 'defaultLanguage'],
  session: ['id', 'kind', 'title', 'subtitle', 'summary', 'body', 'theme', 'start', 'end', 'timeZone', 'guidingQuestions', 'links', 'status', 'people', 'languages', 'location', 'registration'],
  links: ['details', 'register', 'stream', 'recording'],
  person: ['name', 'role', 'affiliation', 'photo', 'url'],
  languages: ['spoken', 'interpretation'],
  location: ['mode', 'venue', 'address', 'city', 'country', 'map'],
  registration: ['closes', 'full'],
};

/** What each key of a part holds: a part with its own order, a text, or a list of either. */
const CHILDREN: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  feed: {event: 'event', sessions: 'session[]'},
  event: {name: 'text', theme: 'text'},
  session: {
    kind: 'text', title: 'text', subtitle: 'text', summary: 'text', theme: 'text', body: 'text[]', guidingQuestions: 'text[]',
    links: 'links', people: 'person[]', languages: 'languages', location: 'location', registration: 'registration',
  },
  person: {affiliation: 'text'},
  location: {venue: 'text', address: 'text', city: 'text'},
};

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function ordered(v: unknown, kind: string): unknown {
  if (kind.endsWith('[]')) return Array.isArray(v) ? v.map((item) => ordered(item, kind.slice(0, -2))) : v;
  if (!isObj(v)) return v;
  const order = kind === 'text' ? TEXT : (ORDER[kind] ?? []);
  const keys = [...order.filter((k) => k in v), ...Object.keys(v).filter((k) => !order.includes(k))];
  return Object.fromEntries(keys.map((k) => [k, ordered(v[k], CHILDREN[kind]?.[k] ?? '')]));
}

/** The feed JSON as text: schema key order, 2-space indent, final newline. */
export const serializeFeed = (json: unknown): string => `${JSON.stringify(ordered(json, 'feed'), null, 2)}\n`;
