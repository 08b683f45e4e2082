/**
 * `uclg-widgets template csv`, `import` and `export` (issue 19), run as child processes on
 * spreadsheets written the way LibreOffice and Excel write them (test/fixtures/csv) and on real
 * conference schedules (test/fixtures/frab), and the feed → CSV → feed round trip on generated
 * feeds. Needs dist/ (`npx tsc -p tsconfig.build.json`).
 */
import {test, describe} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import fc from 'fast-check';
import Ajv from 'ajv';
import draft6 from 'ajv/dist/refs/json-schema-draft-06.json' with {type: 'json'};
import {csvToFeed, feedToCsv, feedToRows} from '../dist/feed/csv.js';
import {parseFeed} from '../dist/feed/parse.js';
import {ROOT as root, runCli as run} from './cli-run.mjs';

const read = (path) => readFileSync(`${root}${path}`, 'utf8');
const readJson = (path) => JSON.parse(read(path));

/** `import`, its feed parsed, and what validate says of that feed. */
async function importFile(args, options) {
  const r = await run(['import', ...args], options);
  const feed = r.stdout ? JSON.parse(r.stdout) : undefined;
  return {...r, feed, parsed: feed && parseFeed(feed)};
}
const withoutSchema = ({$schema, ...rest}) => rest;

describe('uclg-widgets template csv', {concurrency: 4}, () => {
  test('a spreadsheet Excel opens as UTF-8 (BOM, ",", CRLF), pre-filled with the seed sessions, that imports back to examples/feed.json', async () => {
    const t = await run(['template', 'csv']);
    assert.equal(t.code, 0, t.stderr);
    assert.deepEqual([...t.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const [header] = t.stdout.slice(1).split('\r\n');
    assert.match(header, /^event\.id,event\.name\.en,event\.name\.fr,event\.name\.es,/);
    for (const column of ['title.en', 'title.fr', 'title.es', 'body.6.es', 'guidingQuestions.6.fr', 'people.1.name', 'people.1.affiliation.es']) assert.ok(header.split(',').includes(column), column);
    assert.ok(t.stdout.endsWith('\r\n'));
    assert.deepEqual(csvToFeed(t.stdout).feed.sessions.map((s) => s.id), ['inclusive-digitalization', 'healthy-territories'], 'one row per session');
    const back = await importFile(['-', '--format', 'csv'], {stdin: t.bytes});
    assert.equal(back.code, 0, back.stderr);
    assert.deepEqual(back.feed, withoutSchema(readJson('examples/feed.json')));
    assert.match(back.stderr, /^standard input: 2 sessions written; the feed is valid$/m);
  });

  test('the seed it is filled with ships in the package (package.json files)', () => {
    assert.ok(readJson('package.json').files.includes('examples/feed.json'));
  });

  test('template with no or another kind is wrong usage: exit 2', async () => {
    for (const args of [['template'], ['template', 'xlsx']]) {
      const r = await run(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /Usage: uclg-widgets template csv/);
    }
  });
});

describe('uclg-widgets import: spreadsheets as LibreOffice and Excel write them', {concurrency: 4}, () => {
  test('LibreOffice, French: ";" and LF, no BOM, a quoted line break, ";" and doubled quotes in cells: exit 0, a valid feed', async () => {
    const {code, feed, parsed, stderr} = await importFile(['test/fixtures/csv/libreoffice-fr.csv']);
    assert.equal(code, 0, stderr);
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(feed.event, {id: 'forum-2027', name: {en: 'Riverside Forum', fr: 'Forum de Riverside'}, defaultLanguage: 'fr'});
    const [water, housing] = feed.sessions;
    assert.deepEqual(water.body, [{en: 'Two lines:\nfirst; then second', fr: 'Deux lignes :\npremière ; puis « seconde »'}, {fr: 'Un "mot" entre guillemets'}]);
    assert.deepEqual(water.people, [{name: 'Amara Okafor', role: 'moderator', affiliation: {fr: 'Conseil municipal'}}]);
    assert.deepEqual(water.languages, {spoken: ['en', 'fr']});
    assert.deepEqual(water.registration, {full: false});
    assert.equal(water.title.fr, "L'eau pour tous");
    assert.deepEqual(housing.body, [{fr: 'Un paragraphe.'}]);
    assert.equal(housing.people, undefined);
    assert.match(stderr, /libreoffice-fr\.csv: 2 sessions written; the feed is valid/);
  });

  test('Excel, Spanish, "CSV UTF-8": BOM, ";", CRLF rows with LF inside cells, a trailing empty row: exit 0, a valid feed', async () => {
    const {code, feed, parsed, stderr} = await importFile(['test/fixtures/csv/excel-es.csv']);
    assert.equal(code, 0, stderr);
    assert.deepEqual(parsed.problems, []);
    assert.equal(feed.event.id, 'foro-2027', 'the BOM is not part of the first header');
    assert.equal(feed.sessions.length, 2);
    const [agua, vivienda] = feed.sessions;
    assert.deepEqual(agua.summary, {es: 'Primera línea\nsegunda línea, con "comillas" y ; punto y coma'});
    assert.deepEqual(agua.guidingQuestions, [{es: '¿Cómo?'}, {es: '¿Quién paga?'}]);
    assert.deepEqual(agua.people, [{name: 'Ana Ruiz'}, {name: 'Kenji Watanabe', role: 'keynote'}]);
    assert.deepEqual(agua.location, {mode: 'in-person', city: {es: 'Riverside'}, country: 'es'});
    assert.deepEqual(vivienda.location, {mode: 'online'});
    assert.equal(vivienda.timeZone, 'America/Mexico_City');
  });

  test('Excel\'s plain "CSV" in Windows-1252 is read as such, with a warning: exit 0', async () => {
    const {code, feed, stderr} = await importFile(['test/fixtures/csv/excel-windows1252.csv']);
    assert.equal(code, 0, stderr);
    assert.equal(feed.sessions[0].title.es, 'Agua para todos: ¿cómo? €');
    assert.match(stderr, /is not UTF-8; read as Windows-1252/);
  });

  test('every value it could not import, and every problem of the feed, at its row and column; the feed still written; exit 1', async () => {
    const {code, feed, stderr} = await importFile(['test/fixtures/csv/problems.csv']);
    assert.equal(code, 1);
    assert.equal(feed.sessions.length, 2, 'nothing is dropped from the file written');
    const lines = stderr.split('\n');
    assert.equal(lines[0], 'test/fixtures/csv/problems.csv: 2 sessions written; 4 values not imported; 1 problem in the feed (validate says the same)');
    assert.deepEqual(lines.slice(1, 6).map((l) => l.replace(/: .*/, '')), [
      '  row 1, column G (titel.fr)',
      '  row 2, column G (titel.fr)',
      '  row 2, column K (registration.full)',
      '  row 3, column B (event.name.en)',
      '  row 3, column H (start)',
    ]);
    assert.match(lines[5], /02:30 does not exist in Europe\/Madrid on 28 March 2021: clocks jump from 02:00 to 03:00 — /);
  });

  test('a field whose column the sheet lacks: at its session\'s row, named by its path, not blamed on the id column', async () => {
    const sheet = 'event.id,event.name.en,event.defaultLanguage,id,title.en,start,end,timeZone\r\ne,E,en,a,T,2021-05-19T12:00,2021-05-19T13:00,Europe/Madrid\r\n';
    const {code, feed, stderr} = await importFile(['--format', 'csv', '-'], {stdin: sheet});
    assert.equal(code, 1);
    assert.equal(feed.sessions[0].id, 'a');
    const lines = stderr.split('\n');
    assert.match(lines[0], /1 session written; 1 problem in the feed/);
    assert.match(lines[1], /^ {2}row 2 \(sessions\[0\]\.kind\): missing is not a text/);
    assert.doesNotMatch(stderr, /column D \(id\)/);
  });
});

describe('uclg-widgets import: frab schedules of real conferences', {concurrency: 4}, () => {
  test('Chaos Communication Camp 2019 (frab schedule.json): a valid feed, rooms and German talks reported by path, exit 0', async () => {
    const {code, feed, parsed, stderr} = await importFile(['test/fixtures/frab/camp2019.schedule.json']);
    assert.equal(code, 0, stderr);
    assert.deepEqual(parsed.problems, []);
    assert.equal(feed.sessions.length, 8);
    assert.equal(feed.sessions[1].id, 'Camp2019-10368-beyond_the_pile_of_knobs');
    assert.equal(feed.sessions[1].timeZone, 'Europe/Berlin');
    assert.deepEqual(feed.sessions[1].people, [{name: 'Eileen Wagner'}]);
    assert.match(stderr, /^test\/fixtures\/frab\/camp2019\.schedule\.json: 8 sessions written; \d+ values not mapped; the feed is valid$/m);
    assert.match(stderr, /^ {2}schedule\.conference\.days\[0\]\.rooms\.Curie: room "Curie" is not mapped: /m);
    assert.match(stderr, /^ {2}schedule\.conference\.days\[0\]\.rooms\.Curie\[0\]\.language: "de" is not en, fr or es; its texts are written as en$/m);
    assert.match(stderr, /^ {2}schedule\.conference\.days\[0\]\.rooms\.Curie\[0\]\.links: \[\{"url":"https:\/\/zkm\.de/m);
    const v = await run(['validate', '-'], {stdin: JSON.stringify(feed)});
    assert.equal(v.code, 0, v.stdout);
  });

  test('rC3 2020 (pretalx, no time_zone_name): UTC with a note, or the zone given with --time-zone; biographies reported', async () => {
    const utc = await importFile(['test/fixtures/frab/rc3-channels-2020.schedule.json']);
    assert.equal(utc.code, 0, utc.stderr);
    assert.ok(utc.feed.sessions.every((s) => s.timeZone === 'UTC'));
    assert.match(utc.stderr, /schedule\.conference\.time_zone_name: null is not an IANA time zone; the sessions are in UTC/);
    assert.match(utc.stderr, /persons\[0\]\.biography: "Stefania Maurizi/);
    const berlin = await importFile(['test/fixtures/frab/rc3-channels-2020.schedule.json', '--time-zone', 'Europe/Berlin']);
    assert.equal(berlin.code, 0, berlin.stderr);
    assert.ok(berlin.feed.sessions.every((s) => s.timeZone === 'Europe/Berlin'));
    assert.doesNotMatch(berlin.stderr, /time_zone_name/);
    assert.deepEqual(berlin.parsed.feed.sessions.map((s) => s.start), utc.parsed.feed.sessions.map((s) => s.start), 'the same instants');
  });

  test('FOSDEM 2018 (schedule.xml): a valid feed from the XML, exit 0', async () => {
    const {code, feed, parsed, stderr} = await importFile(['test/fixtures/frab/fosdem2018.schedule.xml', '--time-zone', 'Europe/Brussels']);
    assert.equal(code, 0, stderr);
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(feed.sessions.map((s) => s.title.en), ['Consensus as a Service', 'Unix Architecture Evolution from the 1970 PDP-7 to the 2017 FreeBSD']);
    assert.match(stderr, /schedule\.conference\.venue: "ULB \(Université Libre de Bruxelles\)" is not mapped/);
  });

  test('persons without names, tracks and --lang: people dropped and reported; texts in the language asked', async () => {
    const schedule = readJson('test/fixtures/frab/camp2019.schedule.json');
    const event = schedule.schedule.conference.days[0].rooms.Curie[1];
    event.persons.push({id: 1, public_name: ''}, {id: 2});
    const {code, feed, stderr} = await importFile(['-', '--format', 'frab', '--lang', 'fr'], {stdin: JSON.stringify(schedule)});
    assert.equal(code, 0, stderr);
    assert.deepEqual(feed.sessions[1].people, [{name: 'Eileen Wagner'}]);
    assert.equal(feed.event.defaultLanguage, 'fr');
    assert.deepEqual(feed.sessions[0].title, {fr: 'OpenCodes'}, 'a German talk is filed under --lang');
    assert.deepEqual(feed.sessions[1].title, {en: event.title}, 'an English talk stays English');
    assert.deepEqual(feed.sessions[1].theme, {en: event.track}, 'the track is the theme');
    assert.match(stderr, /rooms\.Curie\[1\]\.persons\[1\]: \{"id":1,"public_name":""\} has no name; the person is left out/);
    assert.match(stderr, /rooms\.Curie\[1\]\.persons\[2\]: \{"id":2\} has no name/);
  });
});

describe('uclg-widgets export', {concurrency: 4}, () => {
  test('--format csv: every field of the fictional forum, back through import to the same feed', async () => {
    const e = await run(['export', '--format', 'csv', 'examples/forum-feed.json']);
    assert.equal(e.code, 0, e.stderr);
    assert.equal(e.stderr, '');
    const back = await importFile(['-', '--format', 'csv'], {stdin: e.bytes});
    assert.equal(back.code, 0, back.stderr);
    assert.deepEqual(back.feed, withoutSchema(readJson('examples/forum-feed.json')));
  });

  test('--format frab: a schedule.json that passes c3voc\'s schema, in the language asked, without what frab cannot hold (listed)', async () => {
    const e = await run(['export', '--format', 'frab', '--lang', 'es', 'examples/feed.json']);
    assert.equal(e.code, 0, e.stderr);
    // The language as a page writes it reads the same.
    assert.equal((await run(['export', '--format', 'frab', '--lang', 'ES-es', 'examples/feed.json'])).stdout, e.stdout);
    const out = JSON.parse(e.stdout);
    const ajv = new Ajv({strict: false, validateFormats: false, allErrors: true});
    ajv.addMetaSchema(draft6);
    const validate = ajv.compile(readJson('test/fixtures/frab/schema.json'));
    assert.ok(validate(out), JSON.stringify(validate.errors, null, 2));
    const c = out.schedule.conference;
    assert.equal(c.title, 'Buró Ejecutivo de CGLU 2021');
    assert.equal(c.time_zone_name, 'Europe/Madrid');
    assert.deepEqual(c.days.map((d) => d.date), ['2021-05-19', '2021-05-20']);
    const first = Object.values(c.days[0].rooms)[0][0];
    assert.equal(first.title, 'Digitalización inclusiva: presente y futuro de la prestación de servicios');
    assert.equal(first.date, '2021-05-19T12:00:00+02:00');
    assert.equal(first.duration, '01:30');
    assert.match(e.stderr, /sessions\[0\]: frab has no place for guidingQuestions/);
  });

  test('--format frab leaves out a cancelled session and says so', async () => {
    const feed = readJson('examples/feed.json');
    feed.sessions[1].status = 'cancelled';
    const e = await run(['export', '--format', 'frab', '-'], {stdin: JSON.stringify(feed)});
    assert.equal(e.code, 0, e.stderr);
    assert.equal(JSON.parse(e.stdout).schedule.conference.days.length, 1);
    assert.match(e.stderr, /sessions\[1\]\.status: "cancelled": frab has no status; the session is left out/);
  });

  test('a feed with problems is still exported, the problems listed: exit 1', async () => {
    const feed = readJson('examples/feed.json');
    feed.sessions[0].timeZone = 'Europe/Madird';
    const e = await run(['export', '--format', 'csv', '-'], {stdin: JSON.stringify(feed)});
    assert.equal(e.code, 1);
    assert.match(e.stderr, /sessions\[0\]\.timeZone: "Europe\/Madird" is not an IANA time zone/);
    assert.equal(csvToFeed(e.stdout).feed.sessions[0].timeZone, 'Europe/Madird', 'the spreadsheet keeps what was written');
  });
});

describe('uclg-widgets template, import, export: usage and unreadable input exit 2', {concurrency: 4}, () => {
  const cases = [
    ['import without a file', ['import'], /import what\?/],
    ['import of a name with no format', ['import', 'programme.ods'], /cannot tell the format of programme\.ods/],
    ['an unknown --format', ['import', 'x.csv', '--format', 'xlsx'], /--format must be csv or frab/],
    ['a missing file', ['import', 'test/fixtures/csv/nope.csv'], /cannot read test\/fixtures\/csv\/nope\.csv: no such file/],
    ['JSON that is no schedule', ['import', 'package.json'], /package\.json: schedule: is missing: this is not a frab schedule/],
    ['a feed given to import', ['import', 'examples/feed.json'], /examples\/feed\.json is already a feed/],
    ['XML that is not well-formed', ['import', '-', '--format', 'frab'], /not well-formed XML at line 1/, '<schedule><day></schedule>'],
    ['an unknown --time-zone', ['import', 'test/fixtures/frab/camp2019.schedule.json', '--time-zone', 'Mars/Olympus'], /--time-zone must be an IANA zone/],
    ['export without --format', ['export', 'examples/feed.json'], /--format csv or --format frab\?/],
    ['export of a non-feed', ['export', '--format', 'csv', 'package.json'], /package\.json is not a feed the widgets can read/],
    ['export --lang de', ['export', '--format', 'frab', '--lang', 'de', 'examples/feed.json'], /--lang must be en, fr or es/],
  ];
  for (const [name, args, expected, stdin] of cases) {
    test(name, async () => {
      const r = await run(args, {stdin});
      assert.equal(r.code, 2, r.stderr);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, expected);
    });
  }

  test('each command has its --help (exit 0), and the main --help names them', async () => {
    for (const [command, usage] of [['template', /^Usage: uclg-widgets template csv$/m], ['import', /^Usage: uclg-widgets import <programme\.csv/m], ['export', /^Usage: uclg-widgets export --format <csv\|frab>/m]]) {
      const r = await run([command, '--help']);
      assert.equal(r.code, 0);
      assert.match(r.stdout, usage);
      assert.match(r.stdout, /^Exit status: 0 /m);
    }
    const main = await run(['--help']);
    assert.match(main.stdout, /uclg-widgets template csv {3}\(template --help\)/);
    assert.match(main.stdout, /uclg-widgets import <programme\.csv \| schedule\.json \| schedule\.xml \| -> \[--format <csv\|frab>\] {3}\(import --help\)/);
  });
});

// ---- Round trips on generated feeds ----------------------------------------------------------

/** fast-check's records without a prototype would never deep-equal what JSON.parse and csvToFeed make. */
const rec = (model, options = {}) => fc.record(model, {...options, noNullPrototype: true});
/** Text as editors write it: accents, quotes, separators, line breaks (LF: a CR is read as LF), spaces at the ends. */
const tricky = fc.constantFrom('a', 'Z', ' ', 'é', 'ñ', '’', '€', '中', '😀', ',', ';', '"', '\n', '\t', '=', '¿', 'x');
const str = fc.oneof(fc.string({unit: tricky, minLength: 1, maxLength: 40}), fc.string({unit: 'grapheme', minLength: 1, maxLength: 20})).filter((s) => s.trim() !== '' && !s.includes('\r'));
const text = rec({en: str, fr: str, es: str}, {requiredKeys: []}).filter((t) => Object.keys(t).length > 0);
const slug = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,12}$/);
const url = fc.constantFrom('https://example.org/a', 'http://example.org/b?x=1&y=2', 'mailto:events@example.org', 'https://example.org/a,b;c');
const wall = rec({day: fc.integer({min: 1, max: 28}), hour: fc.integer({min: 4, max: 20}), minute: fc.integer({min: 0, max: 59}), length: fc.integer({min: 1, max: 300}), offset: fc.boolean()});
const list = (item, max) => fc.array(item, {minLength: 1, maxLength: max});
const session = rec({
  id: slug,
  kind: text,
  title: text,
  subtitle: text,
  summary: text,
  body: fc.array(text, {maxLength: 4}),
  theme: text,
  when: wall,
  timeZone: fc.constantFrom('Europe/Madrid', 'America/New_York', 'Asia/Kathmandu', 'UTC'),
  guidingQuestions: list(text, 3),
  status: fc.constantFrom('scheduled', 'cancelled', 'postponed'),
  links: rec({details: url, register: url, stream: url, recording: url}, {requiredKeys: []}).filter((l) => Object.keys(l).length > 0),
  people: list(rec({name: str, role: fc.constantFrom('moderator', 'host', 'keynote', 'speaker', 'rapporteur'), affiliation: text, photo: fc.constant('https://example.org/p.jpg'), url}, {requiredKeys: ['name']}), 3),
  languages: rec({spoken: list(fc.constantFrom('en', 'fr', 'es', 'ar', 'pt-BR', 'zh-Hant'), 3), interpretation: list(fc.constantFrom('en', 'es-419', 'fr'), 2)}, {requiredKeys: ['spoken']}),
  location: rec({mode: fc.constantFrom('online', 'in-person', 'hybrid'), venue: text, address: text, city: text, country: fc.constantFrom('ES', 'FR', 'MX'), map: fc.constantFrom('https://example.org/map', 'http://example.org/m?x=1,2')}, {requiredKeys: ['mode']}),
  registration: rec({closes: fc.constant('2021-05-01T18:00'), full: fc.boolean()}, {requiredKeys: []}).filter((r) => Object.keys(r).length > 0),
}, {requiredKeys: ['id', 'kind', 'title', 'body', 'when', 'timeZone']}).map(({when, ...s}) => {
  // Start and end as the feed writes them (wall-clock or with an offset), in the feed's key order.
  const pad = (n) => String(n).padStart(2, '0');
  const start = `2021-05-${pad(when.day)}T${pad(when.hour)}:${pad(when.minute)}`;
  const endMs = Date.parse(`${start}:00Z`) + when.length * 60_000;
  const end = new Date(endMs).toISOString().slice(0, 16);
  const times = when.offset ? {start: `${start}:00+02:00`, end: `${end}:00+02:00`} : {start, end};
  const order = ['id', 'kind', 'title', 'subtitle', 'summary', 'body', 'theme', 'start', 'end', 'timeZone', 'guidingQuestions', 'status', 'links', 'people', 'languages', 'location', 'registration'];
  const all = {...s, ...times};
  return Object.fromEntries(order.filter((k) => all[k] !== undefined).map((k) => [k, all[k]]));
});
const feedDocument = rec({
  event: rec({id: slug, name: text, theme: text, url, calendar: fc.constant('https://example.org/programme.ics'), defaultLanguage: fc.constantFrom('en', 'fr', 'es')}, {requiredKeys: ['id', 'name', 'defaultLanguage']}),
  sessions: fc.uniqueArray(session, {maxLength: 4, selector: (s) => s.id}),
}).map(({event, sessions}) => ({version: 1, event, sessions}));

/** The rows as LibreOffice writes them in a French locale: ";", LF, no BOM, quotes only where needed. */
const asLibreOffice = (rows) => rows.map((r) => r.map((v) => (/[;"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(';')).join('\n') + '\n';

describe('feed → CSV → feed on generated feeds', () => {
  test('gives the same feed document back, through the CSV we write and through LibreOffice\'s ";" form of it', () => {
    let sessions = 0;
    fc.assert(
      fc.property(feedDocument, (feed) => {
        sessions += feed.sessions.length;
        const {csv, skipped} = feedToCsv(feed);
        assert.deepEqual(skipped, []);
        const back = csvToFeed(csv);
        assert.deepEqual(back.problems, []);
        assert.deepEqual(back.feed, feed);
        const lo = csvToFeed(asLibreOffice(feedToRows(feed).rows));
        assert.deepEqual(lo.feed, feed);
        assert.deepEqual(parseFeed(back.feed), parseFeed(feed), 'the widgets read the same');
      }),
      {numRuns: 300},
    );
    assert.ok(sessions > 300, `generated sessions: ${sessions}`);
  });

  test('the generated feeds are valid ones (so the round trip covers what editors publish)', () => {
    fc.assert(fc.property(feedDocument, (feed) => assert.deepEqual(parseFeed(feed).problems.filter((p) => !/\.closes$/.test(p.path)), [])), {numRuns: 100});
  });

  test('through the CLI too: export --format csv | import gives the same feed for generated feeds', async () => {
    for (const feed of fc.sample(feedDocument.filter((f) => f.sessions.length > 1), {numRuns: 3, seed: 19})) {
      const e = await run(['export', '--format', 'csv', '-'], {stdin: JSON.stringify(feed)});
      const back = await importFile(['-', '--format', 'csv'], {stdin: e.bytes});
      assert.deepEqual(back.feed, feed);
    }
  });
});
