/**
 * The API guard (scripts/api-report.js): the committed report api/public-api.md is the build's
 * public surface; a removal or change fails without a major changeset and passes with one; an
 * addition asks for the report to be regenerated. Needs custom-elements.json (npm test makes it).
 */
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {check, cliEntries, compare, currentSurface, flatten, formatReport, parseReport, pendingBumps, REPORT, schemaEntries} from '../scripts/api-report.js';

const ROOT = new URL('..', import.meta.url).pathname;
const surface = currentSurface();
const current = flatten(surface);
const committed = {name: REPORT, entries: parseReport(readFileSync(join(ROOT, REPORT), 'utf8')), additions: true};

/** A scratch repo root with these changesets in .changeset/. */
function withChangesets(files) {
  const dir = mkdtempSync(join(tmpdir(), 'uclg-api-'));
  mkdirSync(join(dir, '.changeset'));
  writeFileSync(join(dir, '.changeset/README.md'), '# Changesets\n');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, '.changeset', name), text);
  const bumps = pendingBumps(dir);
  rmSync(dir, {recursive: true, force: true});
  return bumps;
}
const MAJOR = withChangesets({'drop-format.md': '---\n"@uclg/widgets": major\n---\n\nCountdown: `format` is gone.\n'});
const MINOR = withChangesets({'speakers.md': "---\n'@uclg/widgets': minor\n---\n\nSpeakers.\n"});

describe('api/public-api.md', () => {
  test('matches the current build (else: npm run api:report, and a major changeset for any break)', () => {
    const {problems} = check(current, [committed], []);
    assert.deepEqual(problems, []);
  });

  test('covers every kind of public API the README names', () => {
    const ids = [...current.keys()].join('\n');
    for (const re of [/^Elements: <uclg-countdown> attribute no-seconds$/m, /^Elements: <uclg-countdown> property noSeconds$/m,
      /^Elements: <uclg-agenda> event uclg-session-select$/m, /^Elements: <uclg-guiding-questions> slot heading$/m,
      /^Elements: <uclg-countdown> css-part unit$/m, /^Elements: <uclg-countdown> css-property --uclg-countdown-digit-color$/m,
      /^npm package: export \.\/define\.js$/m, /^npm package: bin uclg-widgets$/m, /^Feed format: feed #session\.start$/m,
      /^CLI: cli validate$/m, /^CLI: cli flag --json$/m, /^CLI: cli validate flag --timeout$/m, /^CLI: cli exit 2$/m,
      /^TypeScript exports: function parseFeed$/m, /^TypeScript exports: interface StatusChangeDetail\.newStatus$/m]) {
      assert.match(ids, re);
    }
    assert.equal(current.get('Elements: <uclg-countdown> event uclg-status-change'), 'UclgStatusChangeEvent, detail: StatusChangeDetail');
    assert.equal(current.get('Feed format: feed sessions'), 'array of #session, required');
  });

  test('the report reads back as it was written', () => {
    assert.deepEqual(parseReport(formatReport(surface)), current);
  });
});

describe('api:check', () => {
  const removed = new Map(current);
  removed.delete('Elements: <uclg-countdown> attribute format');
  const changed = new Map(current);
  changed.set('Elements: <uclg-countdown> attribute no-seconds', 'string (property noSeconds)');
  const added = new Map(current);
  added.set('Elements: <uclg-countdown> attribute hide-units', 'boolean = false (property hideUnits)');
  const base = {name: REPORT, entries: current, additions: true};

  test('a removed attribute fails without a major changeset, and passes with one', () => {
    const without = check(removed, [base], MINOR);
    assert.equal(without.problems.length, 1);
    assert.match(without.problems[0], /REMOVED Elements: <uclg-countdown> attribute format \(was: UnitDisplay = 'long'/);
    assert.match(without.problems[0], /major change/);
    const withMajor = check(removed, [base], MAJOR);
    assert.deepEqual(withMajor.problems, []);
    assert.match(withMajor.notes.join('\n'), /allowed: \.changeset\/drop-format\.md declares a major bump/);
  });

  test('a changed type fails without a major changeset', () => {
    const {problems} = check(changed, [base], []);
    assert.match(problems.join('\n'), /CHANGED Elements: <uclg-countdown> attribute no-seconds\n {4}was: boolean = false \(property noSeconds\)\n {4}now: string/);
    assert.deepEqual(check(changed, [base], MAJOR).problems, []);
  });

  test('an addition asks for the report to be regenerated, even with a major changeset', () => {
    for (const bumps of [[], MINOR, MAJOR]) {
      const {problems} = check(added, [base], bumps);
      assert.equal(problems.length, 1);
      assert.match(problems[0], /^report out of date: run `npm run api:report` \(1 new entry\):\n {2}ADDED Elements: <uclg-countdown> attribute hide-units : boolean = false/);
    }
  });

  test('a break since the last release stays a break after the report is regenerated', () => {
    const release = {name: "the v1.0.0 release's report", entries: current, additions: false};
    const regenerated = {name: REPORT, entries: removed, additions: true};
    const {problems} = check(removed, [regenerated, release], MINOR);
    assert.equal(problems.length, 1);
    assert.match(problems[0], /against the v1\.0\.0 release's report:\n {2}REMOVED Elements: <uclg-countdown> attribute format/);
  });

  test('changesets: the bump is read from the front matter, for this package only', () => {
    assert.deepEqual(MAJOR, [{file: 'drop-format.md', bump: 'major'}]);
    assert.deepEqual(withChangesets({'other.md': '---\n"other-package": major\n---\n\nx\n'}), []);
  });
});

describe('parts of the surface', () => {
  test('the feed schema: paths through $defs, types, required', () => {
    const entries = schemaEntries({
      properties: {version: {const: 1}, items: {type: 'array', items: {$ref: '#/$defs/item'}}},
      required: ['version'],
      $defs: {item: {type: 'object', required: ['id'], properties: {id: {type: 'string'}, tags: {type: 'array', items: {enum: ['a', 'b']}}}}},
    });
    assert.deepEqual(Object.fromEntries(entries), {
      'feed format version': '1', 'feed version': 'const 1, required', 'feed items': 'array of #item',
      'feed #item': 'object', 'feed #item.id': 'string, required', 'feed #item.tags': 'array of enum "a" | "b"',
    });
  });

  test('the CLI help: commands with their usage, flags, exit codes', () => {
    const entries = cliEntries(`Usage: uclg-widgets check <file> [--fast]
       uclg-widgets fix <file> --out <path>
                         [--dry]

  --fast            quicker
  -o, --out <path>  where
Exit status: 0 fine, 1 problems, 3 unreadable.
`);
    assert.deepEqual(Object.fromEntries(entries), {
      'cli check': '<file> [--fast]', 'cli check flag --fast': '--fast',
      'cli fix': '<file> --out <path> [--dry]', 'cli fix flag --out': '--out <path>', 'cli fix flag --dry': '--dry',
      'cli flag --fast': '--fast', 'cli flag --out': '-o, --out <path>', 'cli exit 0': '', 'cli exit 1': '', 'cli exit 3': '',
    });
    // A command's own help (`uclg-widgets fix --help`): its flags and exit codes, named after it.
    const own = cliEntries('Usage: uclg-widgets fix <file> [--dry] [--level <n>]\n\nExit status: 0 fixed, 2 unreadable.\n', 'fix');
    assert.deepEqual(Object.fromEntries(own), {
      'cli fix flag --dry': '--dry', 'cli fix flag --level': '--level <n>', 'cli fix exit 0': '', 'cli fix exit 2': '',
    });
  });

  test('compare sorts entries into removed, changed and added', () => {
    const before = new Map([['a', '1'], ['b', '2'], ['c', '']]);
    const after = new Map([['a', '1'], ['b', '3'], ['d', '']]);
    assert.deepEqual(compare(before, after), {
      removed: [{id: 'c', before: ''}], changed: [{id: 'b', before: '2', after: '3'}], added: [{id: 'd', after: ''}],
    });
  });
});
