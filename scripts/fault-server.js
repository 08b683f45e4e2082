/**
 * Test-runner middleware: `/__faults/<kind>?key=…` answers the way real servers fail, so the
 * widgets' loading is tested against real HTTP in the browser. `key` separates the tests' counters.
 */
import {readFileSync} from 'node:fs';

const good = () => readFileSync('examples/feed.json', 'utf8');
const counts = new Map();

function bigFeed() {
  const feed = JSON.parse(good());
  const [first] = feed.sessions;
  const template = {...first, body: [first.body[0]], guidingQuestions: []};
  delete template.summary;
  // About 5 MB: thousands of sessions, each a day apart.
  const day = 86_400_000;
  feed.sessions = Array.from({length: 1900}, (_, i) => ({
    ...template,
    id: `session-${i}`,
    start: new Date(Date.parse(first.start) + i * day).toISOString(),
    end: new Date(Date.parse(first.end) + i * day).toISOString(),
  }));
  return JSON.stringify(feed);
}
let big;

const faults = {
  ok: () => [200, 'application/json', good()],
  404: () => [404, 'text/plain', 'Not found'],
  500: () => [500, 'text/plain', 'Internal error'],
  html: () => [200, 'text/html', '<!doctype html><title>Welcome</title><p>Our new site'],
  truncated: () => [200, 'application/json', good().slice(0, 300)],
  bom: () => [200, 'application/json', `\uFEFF${good()}`],
  empty: () => [200, 'application/json', ''],
  null: () => [200, 'application/json', 'null'],
  array: () => [200, 'application/json', '[]'],
  object: () => [200, 'application/json', '{}'],
  version: () => [200, 'application/json', good().replace('"version": 1', '"version": 2')],
  big: () => [200, 'application/json', (big ??= bigFeed())],
  // Fails with 503 twice, then answers.
  flaky: (n) => (n <= 2 ? [503, 'text/plain', 'Busy'] : [200, 'application/json', good()]),
  // Answers, then fails: for the last-good copy.
  'then-down': (n) => (n === 1 ? [200, 'application/json', good()] : [503, 'text/plain', 'Down']),
  // Each answer's first session title carries the request number: for refresh.
  counter: (n) => [200, 'application/json', good().replace('"Inclusive Digitalization', `"Update ${n}: Inclusive Digitalization`)],
};

export function faultServer() {
  return async (ctx, next) => {
    const m = /^\/__faults\/([\w-]+)/.exec(ctx.path);
    if (!m) return next();
    if (m[1] === 'hang') {
      // Answers only after 20 s: the widget's own timeout must give up first.
      await new Promise((resolve) => setTimeout(resolve, 20_000));
      ctx.status = 504;
      return;
    }
    const fault = faults[m[1]];
    if (!fault) return next();
    const key = `${m[1]}:${ctx.query.key ?? ''}`;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    const [status, type, body] = fault(n);
    ctx.status = status;
    ctx.set('content-type', type);
    ctx.set('cache-control', 'no-store');
    ctx.set('x-request-count', String(n));
    ctx.body = body;
  };
}
