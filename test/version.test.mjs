import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';

test('src/internal/version.ts says the version in package.json', () => {
  const {version} = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.match(readFileSync('src/internal/version.ts', 'utf8'), new RegExp(`VERSION = '${version.replaceAll('.', '\\.')}'`));
});
