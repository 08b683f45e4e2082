/**
 * The repository's one static HTTP server (Node only, no dependency), on 127.0.0.1: the demo
 * (`npm start`, scripts/serve.js), the end-to-end, pack and Storybook tests, the screenshots and
 * the benchmark. Besides files under `root`, the tests need:
 * - response headers per path (a CSP header for the hostile page); an entry for `path?query`
 *   wins over the one for `path`, so one page can be served with and without them;
 * - mounts: files made at test time (in a temp dir) under a URL prefix;
 * - routes: a body built in the test for one path (read at each request, so a getter can count);
 * - a slow network: `?stall=<text>&ms=<n>` sends the answer up to the end of the first `<text>`,
 *   waits n ms (default 300), then sends the rest, so that the browser parses, runs and renders
 *   the first part meanwhile; `?delay=<ms>` holds the whole answer back (a script or a feed
 *   arriving late from a CDN);
 * - `requests`, every `path?query` asked for: what a page fetched.
 * `/favicon.ico` is an empty 204, so that no page logs a 404 for it.
 */
import {createServer} from 'node:http';
import {readFile, stat} from 'node:fs/promises';
import {extname, join, normalize, resolve, sep} from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

const typeOf = (path) => TYPES[extname(path)] ?? 'application/octet-stream';

/** `path` is `dir` or below it: `/srv/root-other` is not below `/srv/root`. */
const within = (dir, path) => path === dir || path.startsWith(dir + sep);

/** @typedef {{body?: string | Buffer, type?: string, status?: number, headers?: Record<string, string>}} Route */

/**
 * @param {object} options
 * @param {string} options.root directory served at `/`
 * @param {number} [options.port] 0 (the default): a free port
 * @param {Record<string, Record<string, string>>} [options.headers] URL path (or `path?query`) → extra response headers
 * @param {Record<string, string>} [options.mounts] URL prefix (ending in `/`) → directory
 * @param {Record<string, string>} [options.allHeaders] headers sent with every answer (e.g. CORS on a "CDN")
 * @param {Record<string, Route> | Map<string, Route>} [options.routes] URL path → answer; a Map is kept (not copied), so
 *   routes set on it later are served, as are those set on the returned `routes`
 * @param {boolean} [options.date] false: no Date header. The widgets take it for the server's clock, which a page whose clock a test fakes must not get.
 * @returns {Promise<{origin: string, url: string, port: number, server: import('node:http').Server, routes: Map<string, Route>, requests: string[], close(): Promise<void>}>}
 */
export async function startServer({root, port = 0, headers = {}, mounts = {}, allHeaders = {}, routes = {}, date = true}) {
  const rootDir = resolve(root);
  const mounted = Object.entries(mounts).map(([prefix, dir]) => [prefix, resolve(dir)]);
  const routeMap = routes instanceof Map ? routes : new Map(Object.entries(routes));
  const requests = [];

  /** The file for a URL path, or null when it would be outside the served directories. */
  const locate = (pathname) => {
    const [prefix, base] = mounted.find(([p]) => pathname.startsWith(p)) ?? ['/', rootDir];
    const path = normalize(join(base, pathname.slice(prefix.length - 1)));
    return within(base, path) ? path : null;
  };

  const server = createServer(async (req, res) => {
    res.sendDate = date;
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    const send = (status, type, body, extra = {}) => {
      // no-store: every load reaches this server (and `requests`), whatever it answered before.
      res.writeHead(status, {...(type && {'content-type': type}), 'cache-control': 'no-store', ...allHeaders,
        ...(headers[url.pathname + url.search] ?? headers[url.pathname] ?? {}), ...extra});
      const marker = url.searchParams.get('stall');
      const text = body === undefined ? '' : String(body);
      const at = marker && status === 200 ? text.indexOf(marker) : -1;
      if (at < 0) return void res.end(body);
      res.write(text.slice(0, at + marker.length));
      setTimeout(() => res.end(text.slice(at + marker.length)), Number(url.searchParams.get('ms') ?? 300));
    };
    const delay = Number(url.searchParams.get('delay'));
    if (delay > 0) await sleep(delay);
    const route = routeMap.get(url.pathname);
    if (route) return send(route.status ?? 200, route.type ?? typeOf(url.pathname), route.body, route.headers);
    if (url.pathname === '/favicon.ico') return send(204);
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return send(400, 'text/plain', 'Bad request');
    }
    let path = locate(pathname);
    if (!path) return send(403, 'text/plain', 'Forbidden');
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      send(200, typeOf(path), await readFile(path));
    } catch {
      send(404, 'text/plain', 'Not found');
    }
  });
  await new Promise((ok, fail) => server.once('error', fail).listen(port, '127.0.0.1', () => ok()));
  const {port: actual} = /** @type {import('node:net').AddressInfo} */ (server.address());
  const origin = `http://127.0.0.1:${actual}`;
  return {
    origin,
    url: `${origin}/`,
    port: actual,
    server,
    routes: routeMap,
    requests,
    close: () => new Promise((ok) => {
      server.closeAllConnections();
      server.close(() => ok());
    }),
  };
}
