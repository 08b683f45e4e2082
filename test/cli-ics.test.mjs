/**
 * `uclg-widgets ics <feed>`: the whole programme as one calendar, run as a child process (it needs
 * dist/: `npm test` compiles it first; by hand, `npx tsc -p tsconfig.build.json`), read back with
 * ical.js, the parser the calendar tests use.
 */
import {test, describe, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {createServer} from 'node:http';
import {readFileSync} from 'node:fs';
import ICAL from 'ical.js';
import {ROOT as root, runCli as run} from './cli-run.mjs';


const events = (ics) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');

describe('uclg-widgets ics', {concurrency: 4}, () => {
  let server;
  let base;
  before(async () => {
    server = createServer((req, res) => {
      if (req.url === '/forum.json') res.writeHead(200, {'content-type': 'application/json'}).end(readFileSync(`${root}examples/forum-feed.json`));
      else res.writeHead(404).end();
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => server.close());

  test('prints every session of a file as one RFC 5545 calendar, with the widgets\' UIDs, in time order', async () => {
    const {code, stdout, stderr} = await run(['ics', 'examples/forum-feed.json']);
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
    assert.match(stdout, /^BEGIN:VCALENDAR\r\n/);
    assert.ok(stdout.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75), 'folded at 75 octets');
    const cal = new ICAL.Component(ICAL.parse(stdout));
    assert.equal(cal.getFirstPropertyValue('x-wr-calname'), 'Riverside Cities Forum 2027 (fictional example)');
    const feed = JSON.parse(readFileSync(`${root}examples/forum-feed.json`, 'utf8'));
    const uids = events(stdout).map((e) => e.getFirstPropertyValue('uid'));
    assert.deepEqual(uids, feed.sessions.map((s) => `${feed.event.id}.${s.id}@uclg-widgets`));
    const starts = events(stdout).map((e) => e.getFirstPropertyValue('dtstart').toJSDate().getTime());
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  });

  test('reads a URL and standard input, in the language asked', async () => {
    const url = await run(['ics', `${base}/forum.json`, '--lang', 'es']);
    assert.equal(url.code, 0, url.stderr);
    assert.equal(events(url.stdout)[0].getFirstPropertyValue('summary'), 'Agua para cada barrio');
    const stdin = await run(['ics', '-', '--lang=fr'], {stdin: readFileSync(`${root}examples/forum-feed.json`)});
    assert.equal(stdin.code, 0, stdin.stderr);
    assert.equal(events(stdin.stdout).length, 5);
    assert.match(events(stdin.stdout)[0].getFirstPropertyValue('summary'), /quartier/);
  });

  test('is the same calendar when run again (but for DTSTAMP), so a re-import updates', async () => {
    const [a, b] = await Promise.all([run(['ics', 'examples/forum-feed.json']), run(['ics', 'examples/forum-feed.json'])]);
    const strip = (s) => s.replace(/^DTSTAMP:.*$/gm, '');
    assert.equal(strip(a.stdout), strip(b.stdout));
  });

  test('--lang as a page writes it: "ES", "es-419" give what "es" gives', async () => {
    const strip = (s) => s.replace(/^DTSTAMP:.*$/gm, '');
    const [es, upper, region] = await Promise.all(['es', 'ES', 'es-419'].map((lang) => run(['ics', 'examples/forum-feed.json', '--lang', lang])));
    assert.equal(es.code, 0, es.stderr);
    assert.match(es.stdout, /LANGUAGE=es/);
    assert.equal(strip(upper.stdout), strip(es.stdout));
    assert.equal(strip(region.stdout), strip(es.stdout));
  });

  test('exit 2 with a reason for unreadable input, a non-feed, a bad language or no input', async () => {
    for (const [args, message] of [
      [['ics', 'no-such.json'], /cannot read no-such\.json: no such file/],
      [['ics', `${base}/missing.json`], /HTTP 404/],
      [['ics', 'package.json'], /not a feed the widgets can read/],
      [['ics', 'examples/forum-feed.json', '--lang', 'de'], /--lang must be en, fr or es/],
      [['ics'], /which feed\?[\s\S]*Usage: uclg-widgets ics/],
      [['ics', 'a.json', '--bogus'], /unknown option --bogus/],
    ]) {
      const {code, stdout, stderr} = await run(args);
      assert.equal(code, 2, args.join(' '));
      assert.equal(stdout, '');
      assert.match(stderr, message);
    }
    const help = await run(['ics', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /event\.calendar/);
  });
});
