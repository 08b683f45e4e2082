#!/usr/bin/env node
/**
 * A tiny static server on 127.0.0.1 for the demo and the examples (no dependency needed).
 * `node scripts/serve.js [port]`; PORT works too. Serves the repository root.
 */
import {createServer} from 'node:http';
import {readFile, stat} from 'node:fs/promises';
import {extname, join, normalize, resolve} from 'node:path';

const root = resolve(process.cwd());
const port = Number(process.argv[2] ?? process.env.PORT ?? 8000);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export function startServer(listenPort = port) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) return void res.writeHead(403).end();
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      const body = await readFile(path);
      res.writeHead(200, {'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-cache'});
      res.end(body);
    } catch {
      res.writeHead(404, {'content-type': 'text/plain'}).end('Not found');
    }
  });
  return new Promise((ok) => server.listen(listenPort, '127.0.0.1', () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await startServer();
  console.log(`Demo: http://127.0.0.1:${port}/examples/  (Ctrl+C to stop)`);
}
