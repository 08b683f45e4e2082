/**
 * A tiny static server for the end-to-end tests (no dependency), like scripts/serve.js but
 * able to set response headers per path (a CSP header for the hostile page), to serve extra
 * directories under a URL prefix (files generated at test time in a temp dir) and to answer
 * some paths with a body built in the test. `/favicon.ico` gets an empty 204, so that no page
 * logs a 404 for it. Listens on 127.0.0.1, on a free port.
 *
 * `?stall=<text>&ms=<n>` on any URL sends the answer up to the end of the first `<text>`, waits n ms
 * (default 300), then sends the rest: the browser parses, runs scripts and renders the first part
 * meanwhile, as on a slow network. Headers for one path can also depend on its query: an entry
 * for `path?query` wins over the one for `path`.
 */
import {createServer} from 'node:http';
import {readFile, stat} from 'node:fs/promises';
import {extname, join, normalize, resolve} from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * @param {object} options
 * @param {string} options.root directory served at `/`
 * @param {Record<string, Record<string, string>>} [options.headers] URL path → extra response headers
 * @param {Record<string, string>} [options.mounts] URL prefix (ending in `/`) → directory
 * @param {Record<string, string>} [options.allHeaders] headers sent with every answer (e.g. CORS on a "CDN")
 * @returns {Promise<{url: string, origin: string, routes: Map<string, {body: string|Buffer, type?: string, headers?: Record<string, string>}>, requests: string[], close(): Promise<void>}>}
 */
export async function startServer({root, headers = {}, mounts = {}, allHeaders = {}}) {
  const rootDir = resolve(root);
  const routes = new Map();
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    const send = (status, type, body, extra = {}) => {
      res.writeHead(status, {...(type && {'content-type': type}), 'cache-control': 'no-store', ...allHeaders,
        ...(headers[url.pathname + url.search] ?? headers[url.pathname] ?? {}), ...extra});
      const marker = url.searchParams.get('stall');
      const text = body === undefined ? '' : String(body);
      const at = marker && status === 200 ? text.indexOf(marker) : -1;
      if (at < 0) return void res.end(body);
      res.write(text.slice(0, at + marker.length));
      setTimeout(() => res.end(text.slice(at + marker.length)), Number(url.searchParams.get('ms') ?? 300));
    };
    if (url.pathname === '/favicon.ico') return send(204);
    const route = routes.get(url.pathname);
    if (route) return send(200, route.type ?? TYPES[extname(url.pathname)] ?? 'application/octet-stream', route.body, route.headers);
    let base = rootDir;
    let rel = decodeURIComponent(url.pathname);
    for (const [prefix, dir] of Object.entries(mounts)) {
      if (rel.startsWith(prefix)) {
        base = resolve(dir);
        rel = rel.slice(prefix.length - 1);
        break;
      }
    }
    let path = normalize(join(base, rel));
    if (!path.startsWith(base)) return send(403, 'text/plain', 'Forbidden');
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      const body = await readFile(path);
      send(200, TYPES[extname(path)] ?? 'application/octet-stream', body);
    } catch {
      send(404, 'text/plain', 'Not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: `${origin}/`,
    routes,
    requests,
    close: () => new Promise((ok) => {
      server.closeAllConnections?.();
      server.close(() => ok());
    }),
  };
}
