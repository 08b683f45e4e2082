import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';

/** Every source file of the library (tests and test support included: they must not model it). */
function sources(dir = 'src') {
  return readdirSync(dir, {withFileTypes: true}).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : /\.ts$/.test(e.name) ? [join(dir, e.name)] : []));
}

const forbidden = /\b(unsafeHTML|unsafeSVG|unsafeStatic|unsafeMathML|innerHTML|outerHTML|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser)\b/;

test('no source turns strings into markup: unsafeHTML, unsafeSVG, unsafeStatic, innerHTML, outerHTML, insertAdjacentHTML, document.write', () => {
  const offenders = [];
  for (const file of sources()) {
    // Tests may build hostile *inputs* with these; the library itself never may.
    if (/\.test\.ts$/.test(file)) continue;
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      if (forbidden.test(line) && !/^\s*(\/\/|\*)/.test(line)) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
    });
  }
  assert.deepEqual(offenders, []);
});

test('the rule catches each way in', () => {
  for (const line of ["import {unsafeHTML} from 'lit/directives/unsafe-html.js';", 'el.innerHTML = text;', 'html`${unsafeStatic(tag)}`', 'document.write(x)', 'el.insertAdjacentHTML("beforeend", x)']) {
    assert.ok(forbidden.test(line), line);
  }
  assert.ok(!forbidden.test('el.textContent = text;'));
});
