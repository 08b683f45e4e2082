/**
 * scripts/static-server.js, which the demo, the end-to-end, pack and Storybook tests, the
 * screenshots and the benchmark all use: what those rely on, over real HTTP.
 */
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {request} from 'node:http';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {startServer} from '../scripts/static-server.js';

let tmp;
let server;
/** Headers and body of a GET, the path sent as written (fetch() would resolve `..` first). */
const get = (path) => new Promise((resolve, reject) => {
  request(`${server.origin}${path}`, (res) => {
    const chunks = [];
    res.on('data', (c) => chunks.push(c)).on('end', () => resolve({status: res.statusCode, headers: res.headers, text: Buffer.concat(chunks).toString()}));
  }).on('error', reject).end();
});

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'uclg-static-server-'));
  const site = join(tmp, 'site');
  mkdirSync(join(site, 'dir'), {recursive: true});
  for (const name of ['a.html', 'a.js', 'a.mjs', 'a.json', 'a.css', 'a.svg', 'a.png', 'a.woff2', 'a.map', 'a.bin']) writeFileSync(join(site, name), `file ${name}`);
  writeFileSync(join(site, 'dir/index.html'), 'dir index');
  writeFileSync(join(site, 'slow.html'), '<p>first part<!--here--><p>second part');
  // A sibling whose name starts like the root's: a prefix test alone would let it through.
  mkdirSync(join(tmp, 'site-secret'));
  writeFileSync(join(tmp, 'site-secret/key.txt'), 'secret');
  mkdirSync(join(tmp, 'made'));
  writeFileSync(join(tmp, 'made/x.js'), 'mounted');
  server = await startServer({
    root: site,
    mounts: {'/generated/': join(tmp, 'made')},
    headers: {'/a.html': {'x-page': 'plain'}, '/a.html?bare': {}, '/a.js': {'cache-control': 'max-age=60'}},
    allHeaders: {'access-control-allow-origin': '*'},
    routes: {'/built.json': {body: '{"built":true}'}},
  });
});

after(async () => {
  await server?.close();
  rmSync(tmp, {recursive: true, force: true});
});

describe('static server', () => {
  test('content types by extension, octet-stream otherwise', async () => {
    const expected = {
      'a.html': 'text/html; charset=utf-8', 'a.js': 'text/javascript; charset=utf-8', 'a.mjs': 'text/javascript; charset=utf-8',
      'a.json': 'application/json; charset=utf-8', 'a.css': 'text/css; charset=utf-8', 'a.svg': 'image/svg+xml',
      'a.png': 'image/png', 'a.woff2': 'font/woff2', 'a.map': 'application/json', 'a.bin': 'application/octet-stream',
    };
    for (const [name, type] of Object.entries(expected)) {
      const res = await get(`/${name}`);
      assert.equal(res.status, 200, name);
      assert.equal(res.headers['content-type'], type, name);
      assert.equal(res.text, `file ${name}`);
    }
  });

  test('a directory serves its index.html; a missing file is a 404; /favicon.ico an empty 204', async () => {
    assert.equal((await get('/dir/')).text, 'dir index');
    assert.equal((await get('/nope.js')).status, 404);
    assert.equal((await get('/dir/nope/')).status, 404);
    const icon = await get('/favicon.ico');
    assert.equal(icon.status, 204);
    assert.equal(icon.text, '');
  });

  test('nothing outside the root or a mount, even a sibling directory with the same prefix', async () => {
    for (const path of ['/..%2fsite-secret/key.txt', '/..%2F..%2F..%2Fetc/passwd', '/generated/..%2f..%2fsite-secret/key.txt', '/%2e%2e%2fsite-secret/key.txt']) {
      const res = await get(path);
      assert.equal(res.status, 403, path);
      assert.doesNotMatch(res.text, /secret|root:/, path);
    }
    assert.equal((await get('/%E0%A4%A.js')).status, 400, 'bad percent-encoding');
  });

  test('mounts serve another directory under a URL prefix', async () => {
    const res = await get('/generated/x.js');
    assert.equal(res.text, 'mounted');
    assert.equal(res.headers['content-type'], 'text/javascript; charset=utf-8');
  });

  test('headers: no-store by default, allHeaders on every answer, per path, and per path?query first', async () => {
    const plain = await get('/a.css');
    assert.equal(plain.headers['cache-control'], 'no-store');
    assert.equal(plain.headers['access-control-allow-origin'], '*');
    assert.equal((await get('/nope')).headers['access-control-allow-origin'], '*', 'a 404 too');
    assert.equal((await get('/a.js')).headers['cache-control'], 'max-age=60');
    assert.equal((await get('/a.html')).headers['x-page'], 'plain');
    assert.equal((await get('/a.html?other')).headers['x-page'], 'plain');
    assert.equal((await get('/a.html?bare')).headers['x-page'], undefined);
    assert.ok(plain.headers.date, 'a Date header unless date: false');
  });

  test('routes: given at start, set later, read at each request; they win over files', async () => {
    const built = await get('/built.json');
    assert.equal(built.text, '{"built":true}');
    assert.equal(built.headers['content-type'], 'application/json; charset=utf-8');
    let count = 0;
    server.routes.set('/count.txt', {get body() { return `request ${++count}`; }, type: 'text/plain', headers: {'x-route': 'yes'}});
    server.routes.set('/a.css', {body: 'routed', status: 410});
    assert.equal((await get('/count.txt')).text, 'request 1');
    const second = await get('/count.txt');
    assert.equal(second.text, 'request 2');
    assert.equal(second.headers['x-route'], 'yes');
    const routed = await get('/a.css');
    assert.equal(routed.status, 410);
    assert.equal(routed.text, 'routed');
    server.routes.delete('/a.css');
  });

  test('requests lists every path?query asked for', async () => {
    const before = server.requests.length;
    await get('/a.json?x=1');
    await get('/missing');
    assert.deepEqual(server.requests.slice(before), ['/a.json?x=1', '/missing']);
  });

  test('?stall=<text>&ms=<n>: the answer up to <text> at once, the rest n ms later', async () => {
    const started = Date.now();
    const parts = await new Promise((resolve, reject) => {
      request(`${server.origin}/slow.html?stall=${encodeURIComponent('<!--here-->')}&ms=400`, (res) => {
        const seen = [];
        res.setEncoding('utf8').on('data', (text) => seen.push({text, at: Date.now() - started})).on('end', () => resolve(seen));
      }).on('error', reject).end();
    });
    assert.equal(parts[0].text, '<p>first part<!--here-->');
    assert.ok(parts[0].at < 300, `the first part came after ${parts[0].at} ms`);
    const rest = parts.slice(1);
    assert.equal(rest.map((p) => p.text).join(''), '<p>second part');
    assert.ok(rest[0].at >= 390, `the rest came after ${rest[0].at} ms`);
    // A 404 or a marker that is not there: sent whole.
    assert.equal((await get('/slow.html?stall=absent&ms=5000')).text, '<p>first part<!--here--><p>second part');
  });

  test('?delay=<ms> holds the whole answer back', async () => {
    const started = Date.now();
    const res = await get('/a.json?delay=300');
    assert.equal(res.text, 'file a.json');
    assert.ok(Date.now() - started >= 290, `answered after ${Date.now() - started} ms`);
  });

  test('date: false sends no Date header; a busy port is an error', async () => {
    const other = await startServer({root: tmp, date: false});
    try {
      assert.equal((await new Promise((resolve) => request(`${other.origin}/`, (res) => resolve(res.resume())).end())).headers.date, undefined);
      await assert.rejects(startServer({root: tmp, port: other.port}), {code: 'EADDRINUSE'});
    } finally {
      await other.close();
    }
  });
});
