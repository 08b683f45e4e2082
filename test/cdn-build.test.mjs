/**
 * What the CDN build (rollup.config.js) relies on in the sources. Needs dist/ (npm test compiles it).
 * The built CDN files themselves are exercised in a browser by test/e2e/cdn.test.mjs.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {privateNames} from '../scripts/private-names.js';

test('the CDN renames only private members: not Lit-decorated ones, nor names used anywhere else', () => {
  const names = privateNames();
  for (const n of ['renderUpcoming', 'handleSecondsToggle', 'scheduleRefresh', 'fromResult', 'arm']) assert.ok(names.includes(n), `${n} is renamed`);
  // @state() members (Lit knows them by name), names that are also feed fields, attributes,
  // event details, DOM properties or constructor parameters:
  for (const n of ['secondsHidden', 'expanded', 'zoneChoice', 'targetId', 'sessions', 'host', 'source', 'time', 'questions', 'open', 'start', 'feed', 'src', 'render', 'language']) {
    assert.ok(!names.includes(n), `${n} is kept`);
  }
});
