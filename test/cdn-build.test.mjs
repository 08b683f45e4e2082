/**
 * What the CDN build (rollup.config.js) relies on in the sources. Needs dist/ (npm test compiles it).
 * The built CDN files themselves are exercised in a browser by test/e2e/cdn.test.mjs.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {privateNames} from '../scripts/private-names.js';

function sources(dir = 'src') {
  return readdirSync(dir, {withFileTypes: true}).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : /(?<!\.test|\.d)\.ts$/.test(e.name) && !dir.includes('test-support') ? [join(dir, e.name)] : []));
}

/** The argument list of each `msg(` or `this.msg(` call in `code`, parentheses balanced. */
function msgCalls(code) {
  const calls = [];
  for (const m of code.matchAll(/(?<![\w$]|get )msg\(/g)) {
    let depth = 0;
    for (let i = m.index + 3; i < code.length; i++) {
      if (code[i] === '(') depth++;
      else if (code[i] === ')' && --depth === 0) {
        calls.push(code.slice(m.index, i + 1));
        break;
      }
    }
  }
  return calls;
}

test('every msg() call has an id (msg.ts looks translations up by id only) and no html`` template', () => {
  const bad = [];
  let n = 0;
  for (const file of sources()) {
    if (file.endsWith(join('i18n', 'msg.ts'))) continue;
    for (const call of msgCalls(readFileSync(file, 'utf8'))) {
      n++;
      if (!/\{\s*id:\s*'[\w.-]+'/.test(call) || /^msg\(\s*html`/.test(call)) bad.push(`${file}: ${call.slice(0, 80)}`);
    }
  }
  assert.ok(n > 30, `found the msg() calls (${n})`);
  assert.deepEqual(bad, []);
});

test('the CDN messages of parseFeed (messages.cdn.ts) cover every full message, show the value, and are no longer', async () => {
  const full = await import('../dist/feed/messages.js');
  const cdn = await import('../dist/feed/messages.cdn.js');
  assert.deepEqual(Object.keys(cdn).sort(), Object.keys(full).sort());
  // A skipped wall-clock time (issue 19) is said from the zone and the jump, and both start with the time.
  const jump = ['Europe/Madrid', {year: 2021, month: 3, day: 28, time: '02:30', wall: Date.UTC(2021, 2, 28, 2, 30)}];
  for (const [name, fn] of Object.entries(full)) {
    const args = name === 'skippedTime' ? jump : ['"VALUE"', '"START"'];
    const short = cdn[name](...args);
    const long = fn(...args);
    if (name === 'skippedTime') assert.ok(short.startsWith('02:30 ') && long.startsWith('02:30 '), `${short} / ${long}`);
    assert.ok(short.length <= long.length, `${name}: ${short} / ${long}`);
    if (long.includes('"VALUE"')) assert.ok(short.startsWith('"VALUE" '), `${name} shows the value first: ${short}`);
  }
});

test('the CDN renames only private members: not Lit-decorated ones, nor names used anywhere else', () => {
  const names = privateNames();
  // (FeedReader's scheduleRefresh is called by FeedController: public, kept.)
  for (const n of ['renderUpcoming', 'handleSecondsToggle', 'logLoadFailure', 'fromResult', 'arm']) assert.ok(names.includes(n), `${n} is renamed`);
  // @state() members (Lit knows them by name), names that are also feed fields, attributes,
  // event details, DOM properties or constructor parameters:
  for (const n of ['secondsHidden', 'expanded', 'zoneChoice', 'targetId', 'sessions', 'host', 'source', 'time', 'questions', 'open', 'start', 'feed', 'src', 'render', 'language', 'scheduleRefresh']) {
    assert.ok(!names.includes(n), `${n} is kept`);
  }
});
