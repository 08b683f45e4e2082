#!/usr/bin/env node
/**
 * `npm start`: the demo and the examples at http://127.0.0.1:8000/examples/.
 * `node scripts/serve.js [port]`; PORT works too. Serves the repository root, from wherever it is run.
 */
import {fileURLToPath} from 'node:url';
import {startServer} from './static-server.js';

const {origin} = await startServer({
  root: fileURLToPath(new URL('..', import.meta.url)),
  port: Number(process.argv[2] ?? process.env.PORT ?? 8000),
});
console.log(`Demo: ${origin}/examples/  (Ctrl+C to stop)`);
