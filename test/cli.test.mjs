/**
 * The `uclg-widgets validate` CLI, run as a child process (it needs dist/feed/parse.js:
 * `npm test` compiles it first; by hand, `npx tsc -p tsconfig.build.json`). Each run is a Node
 * process (about 0.6 s), so the tests of a group run side by side.
 */
import {test, describe, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {createServer} from 'node:http';
import {readFileSync} from 'node:fs';
import {ROOT as root, runCli as run} from './cli-run.mjs';

const fixture = (name) => `test/fixtures/${name}`;

const runJson = async (args) => {
  const r = await run([...args, '--json']);
  return {...r, report: JSON.parse(r.stdout)};
};

describe('uclg-widgets validate: good feeds', {concurrency: 4}, () => {
  test('examples/feed.json is valid: exit 0, every language complete', async () => {
    const {code, stdout, stderr} = await run(['validate', 'examples/feed.json']);
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
    assert.match(stdout, /^examples\/feed\.json: valid \(2 sessions\)$/m);
    assert.match(stdout, /^ {2}en {2}31\/31$/m);
    assert.match(stdout, /^ {2}fr {2}31\/31$/m);
    assert.match(stdout, /^ {2}es {2}31\/31$/m);
  });

  test('examples/forum-feed.json (fictional, every field of issue 17) is valid, every language complete', async () => {
    const {code, report} = await runJson(['validate', 'examples/forum-feed.json']);
    assert.equal(code, 0, JSON.stringify(report.problems));
    assert.equal(report.sessions, 5);
    assert.ok(report.coverage.texts > 50);
    for (const lang of ['en', 'fr', 'es']) assert.deepEqual(report.coverage.languages[lang].missing, []);
  });

  test('--json gives one machine-readable report', async () => {
    const {code, report} = await runJson(['validate', 'examples/feed.json']);
    assert.equal(code, 0);
    assert.equal(report.valid, true);
    assert.equal(report.sessions, 2);
    assert.deepEqual(report.problems, []);
    assert.equal(report.coverage.texts, 31);
    for (const lang of ['en', 'fr', 'es']) assert.deepEqual(report.coverage.languages[lang], {present: 31, missing: []});
  });

  test('a UTF-8 BOM is skipped, and texts lacking fr or es are listed by path', async () => {
    const {code, report} = await runJson(['validate', fixture('good-bom.json')]);
    assert.equal(code, 0);
    assert.equal(report.valid, true);
    assert.deepEqual(report.coverage, {
      texts: 5,
      languages: {
        en: {present: 5, missing: []},
        fr: {present: 3, missing: ['sessions[0].body[0]', 'sessions[0].guidingQuestions[0]']},
        es: {present: 3, missing: ['sessions[0].kind', 'sessions[0].body[0]']},
      },
    });
    const text = await run(['validate', fixture('good-bom.json')]);
    assert.match(text.stdout, /^ {2}fr {2}3\/5, missing in 2:\n {6}sessions\[0\]\.body\[0\]\n {6}sessions\[0\]\.guidingQuestions\[0\]$/m);
  });

  test('reads standard input with "-"', async () => {
    const {code, stdout} = await run(['validate', '-'], {stdin: readFileSync(`${root}/examples/feed.json`)});
    assert.equal(code, 0);
    assert.match(stdout, /^-: valid \(2 sessions\)$/m);
  });
});

describe('uclg-widgets validate: bad feeds', {concurrency: 4}, () => {
  const expected = [
    'event.url',
    'sessions[0].title',
    'sessions[0].start',
    'sessions[0].links.register',
    'sessions[1].title.fr',
    'sessions[1].end',
    'sessions[1].status',
    'sessions[2].title',
    'sessions[2].body',
    'sessions[2].timeZone',
    'sessions[4].id',
  ];

  test('every problem, in document order, once, with a hint; exit 1', async () => {
    const {code, report} = await runJson(['validate', fixture('bad-sessions.json')]);
    assert.equal(code, 1);
    assert.equal(report.valid, false);
    assert.deepEqual(report.problems.map((p) => p.path), expected);
    for (const p of report.problems) {
      assert.ok(p.message && p.hint, JSON.stringify(p));
      assert.deepEqual(p.sources, ['parseFeed'], 'the parser finds everything; no schema validator runs');
    }
    const byPath = Object.fromEntries(report.problems.map((p) => [p.path, p]));
    assert.match(byPath['sessions[0].title'].message, /plain string/);
    assert.match(byPath['sessions[1].end'].message, /is not after start/);
    assert.match(byPath['sessions[4].id'].message, /used by an earlier session/);
    assert.match(byPath['sessions[2].timeZone'].hint, /Europe\/Madrid/);
    assert.match(byPath['sessions[0].start'].hint, /2021-05-19T12:00:00\+02:00/);
    assert.equal(report.sessions, 1, 'only the last good session survives parsing');
    assert.deepEqual(report.leftOut, [
      {path: 'sessions[0]', id: 'digital'},
      {path: 'sessions[1]', id: 'health'},
      {path: 'sessions[2]', id: 'health'},
      {path: 'sessions[4]', id: 'ok'},
    ]);
  });

  test('says which sessions the widgets leave out, as the parser decides: a dropped session gives up its id', async () => {
    const feed = JSON.parse(readFileSync(`${root}examples/feed.json`, 'utf8'));
    const [a, b] = feed.sessions;
    // A broken session, then a good one with its id (shown), a copy of that id (left out), one
    // that is not an object, and a good one.
    feed.sessions = [{...a, id: 'x', start: 'soon'}, {...a, id: 'x'}, {...b, id: 'x'}, 'session', b];
    const {code, stdout} = await run(['validate', '-', '--json'], {stdin: JSON.stringify(feed)});
    assert.equal(code, 1);
    const report = JSON.parse(stdout);
    assert.equal(report.sessions, 2);
    assert.deepEqual(report.leftOut, [{path: 'sessions[0]', id: 'x'}, {path: 'sessions[2]', id: 'x'}, {path: 'sessions[3]'}]);
    const text = await run(['validate', '-'], {stdin: JSON.stringify(feed)});
    assert.match(text.stdout, /\nLeft out: the widgets do not show 3 of 5 sessions until the problems above are fixed:\n {2}sessions\[0\] "x"\n {2}sessions\[2\] "x"\n {2}sessions\[3\]\n/);
    // A valid feed leaves nothing out and says nothing of it.
    const good = await run(['validate', 'examples/feed.json']);
    assert.doesNotMatch(good.stdout, /Left out|show nothing/);
  });

  test('a session in the spring-forward gap: "02:30 does not exist…" with a hint, not "end is not after start"; exit 1', async () => {
    const feed = JSON.parse(readFileSync(`${root}examples/feed.json`, 'utf8'));
    Object.assign(feed.sessions[0], {start: '2021-03-28T02:30', end: '2021-03-28T03:30', timeZone: 'Europe/Madrid'});
    const {code, stdout} = await run(['validate', '-', '--json'], {stdin: JSON.stringify(feed)});
    assert.equal(code, 1);
    const {problems, sessions} = JSON.parse(stdout);
    assert.deepEqual(problems.map((p) => [p.path, p.message]), [
      ['sessions[0].start', '02:30 does not exist in Europe/Madrid on 28 March 2021: clocks jump from 02:00 to 03:00'],
    ]);
    assert.match(problems[0].hint, /before the jump, or from its end on/);
    assert.equal(sessions, 1, 'the session is dropped, the other kept');
  });

  test('prints "path: message — hint" lines', async () => {
    const {code, stdout} = await run(['validate', fixture('bad-sessions.json')]);
    assert.equal(code, 1);
    assert.match(stdout, /^test\/fixtures\/bad-sessions\.json: 11 problems$/m);
    const lines = stdout.split('\n').filter((l) => /^ {2}\S+: .+ — .+$/.test(l));
    assert.deepEqual(lines.map((l) => l.trim().split(': ')[0]), expected);
    assert.ok(stdout.includes('  sessions[0].links.register: "javascript:alert(1)" is not an absolute http, https or mailto URL; the link is dropped — use an absolute https:// URL'));
  });

  test('reads past an unknown version (where parseFeed stops)', async () => {
    const {code, report} = await runJson(['validate', fixture('bad-version.json')]);
    assert.equal(code, 1);
    assert.deepEqual(report.problems.map((p) => [p.path, p.sources]), [
      ['version', ['parseFeed']],
      ['event.defaultLanguage', ['parseFeed']],
    ]);
    assert.equal(report.problems[1].message, '"de" is not one of "en", "fr", "es"');
  });

  test('reads past a broken event, and reads start and end even when the time zone is unknown', async () => {
    const feed = {
      version: '1',
      event: {id: 'eb 2021', name: 'UCLG', defaultLanguage: 'en'},
      sessions: [{id: 'a', kind: {en: 'Side event'}, title: {en: ' '}, body: [], start: '2021-02-29T10:00', end: '2021-03-01T10:00', timeZone: 'Europe/Madird'}],
    };
    const {code, stdout} = await run(['validate', '-', '--json'], {stdin: JSON.stringify(feed)});
    assert.equal(code, 1);
    const report = JSON.parse(stdout);
    assert.deepEqual(report.problems.map((p) => p.path), ['version', 'event.id', 'event.name', 'sessions[0].title', 'sessions[0].timeZone', 'sessions[0].start']);
    assert.equal(report.sessions, 0);
    for (const p of report.problems) assert.ok(p.hint && p.hint !== 'see schema/feed.schema.json', JSON.stringify(p));
    // Nothing is shown at all: no list of sessions, one line that says so.
    assert.deepEqual(report.leftOut, []);
    const text = await run(['validate', '-'], {stdin: JSON.stringify(feed)});
    assert.match(text.stdout, /\nThe widgets show nothing of this feed until the problems above are fixed\.\n/);
  });

  test('a JSON value that is not an object is a problem at $', async () => {
    const {code, report} = await runJson(['validate', fixture('bad-not-an-object.json')]);
    assert.equal(code, 1);
    assert.deepEqual(report.problems.map((p) => p.path), ['$']);
    assert.equal(report.coverage.texts, 0);
  });
});

describe('uclg-widgets validate: people, languages, location, registration (issue 17)', {concurrency: 4}, () => {
  /** A one-session feed through standard input; `patch` changes the session. */
  const validate = async (patch) => {
    const session = {id: 'a', kind: {en: 'Side event'}, title: {en: 'Water'}, body: [], start: '2027-06-15T10:00', end: '2027-06-15T11:30', timeZone: 'Europe/Madrid', ...patch};
    const feed = {version: 1, event: {id: 'riverside', name: {en: 'Riverside Forum (fictional)'}, defaultLanguage: 'en'}, sessions: [session]};
    const {code, stdout, stderr} = await run(['validate', '-', '--json'], {stdin: JSON.stringify(feed)});
    assert.equal(stderr, '');
    const report = JSON.parse(stdout);
    return {code, report, byPath: Object.fromEntries(report.problems.map((p) => [p.path.replace('sessions[0].', ''), p]))};
  };
  const GOOD = {
    people: [{name: 'Ana Ruiz', role: 'moderator', affiliation: {en: 'Riverside', fr: 'Riverside'}, photo: 'https://example.org/ana.jpg'}, {name: 'Luis Pérez'}],
    languages: {spoken: ['en', 'es'], interpretation: ['fr', 'ar']},
    location: {mode: 'hybrid', venue: {en: 'Hall', es: 'Sala'}, city: {en: 'Riverside'}, country: 'ES', map: 'https://example.org/map'},
    registration: {closes: '2027-06-14T18:00', full: true},
  };

  test('every new field, and a person without photo: valid, exit 0, their texts counted by language', async () => {
    const {code, report} = await validate(GOOD);
    assert.equal(code, 0, JSON.stringify(report.problems));
    assert.deepEqual(report.problems, []);
    assert.equal(report.coverage.texts, 6);
    assert.deepEqual(report.coverage.languages.fr.missing, ['event.name', 'sessions[0].kind', 'sessions[0].title', 'sessions[0].location.venue', 'sessions[0].location.city']);
    assert.deepEqual(report.coverage.languages.es.missing, ['event.name', 'sessions[0].kind', 'sessions[0].title', 'sessions[0].people[0].affiliation', 'sessions[0].location.city']);
  });

  // [what, patch, path, message, hint]: each bad input issue 17 lists, reported where it is.
  const cases = [
    ['a photo that is not https', {people: [{name: 'Ana', photo: 'http://example.org/ana.jpg'}]}, 'people[0].photo', /^"http:\/\/example\.org\/ana\.jpg" is not an absolute https URL; the photo is dropped \(initials are shown\)$/, /https:\/\/ URL of the portrait/],
    ['an unknown role', {people: [{name: 'Ana', role: 'chair'}]}, 'people[0].role', /^"chair" is not one of "moderator", "host", "keynote", "speaker", "rapporteur"; shown as "speaker"$/, /^did you mean "moderator"\?$/],
    ['a person without a name', {people: [{role: 'speaker'}]}, 'people[0].name', /^missing is not a name; the person is dropped$/, /as the person writes it/],
    ['people that is not a list', {people: {name: 'Ana'}}, 'people', /is not a list/, /"people": \[/],
    ['a malformed language tag', {languages: {spoken: ['en_US']}}, 'languages.spoken[0]', /^"en_US" is not a BCP 47 language tag/, /joined by "-", not "_"/],
    ['a language tag Intl cannot name', {languages: {interpretation: ['xx']}}, 'languages.interpretation[0]', /^"xx" is not a language this runtime can name; shown as the tag$/, /IANA language subtag registry/],
    ['closes after the start', {registration: {closes: '2027-06-15T10:30'}}, 'registration.closes', /^"2027-06-15T10:30" is after the session's start "2027-06-15T10:00"/, /make closes earlier than the session's start/],
    ['closes that is no date-time', {registration: {closes: 'June 14'}}, 'registration.closes', /is not a date-time/, /2021-05-19T12:00:00\+02:00/],
    ['full that is not a boolean', {registration: {full: 'yes'}}, 'registration.full', /^"yes" is not true or false; read as false$/, /use true/],
    ['a country that is not two letters', {location: {mode: 'in-person', country: 'Spain'}}, 'location.country', /^"Spain" is not an ISO 3166-1 alpha-2 country code/, /^did you mean "ES"\?$/],
    ['a country Intl cannot name', {location: {mode: 'in-person', country: 'XX'}}, 'location.country', /not a country this runtime can name; shown as the code/, /"GB"/],
    ['a mode that is not online, in-person or hybrid', {location: {mode: 'virtual', city: {en: 'Riverside'}}}, 'location.mode', /^"virtual" is not one of "online", "in-person", "hybrid"; the location is dropped$/, /^did you mean "online"\?$/],
    ['a location without mode', {location: {city: {en: 'Riverside'}}}, 'location.mode', /^missing is not one of/, /"hybrid"/],
    ['a mode with nothing near', {location: {mode: 'tbd', city: {en: 'Riverside'}}}, 'location.mode', /^"tbd" is not one of/, /^use "online", "in-person" or "hybrid"$/],
    ['a country name in no language Intl knows', {location: {mode: 'in-person', country: 'Atlantis'}}, 'location.country', /^"Atlantis" is not an ISO 3166-1/, /two-letter ISO 3166-1 code/],
    ['a map that is not http(s)', {location: {mode: 'online', map: 'mailto:map@example.org'}}, 'location.map', /is not an absolute http or https URL/, /map of the venue/],
    ['an affiliation that is a plain string', {people: [{name: 'Ana', affiliation: 'Mayor'}]}, 'people[0].affiliation', /plain string/, /\{"en": "…", "fr": "…", "es": "…"\}/],
  ];
  for (const [what, patch, path, message, hint] of cases) {
    test(`${what}: reported at ${path} with a hint, exit 1, the session kept`, async () => {
      const {code, report, byPath} = await validate(patch);
      assert.equal(code, 1);
      assert.deepEqual(Object.keys(byPath), [path]);
      assert.match(byPath[path].message, message);
      assert.match(byPath[path].hint, hint);
      assert.equal(report.sessions, 1, 'a problem in these parts never drops the session');
    });
  }

  test('prints each as "path: message — hint"', async () => {
    const session = {id: 'a', kind: {en: 'Side event'}, title: {en: 'Water'}, body: [], start: '2027-06-15T10:00', end: '2027-06-15T11:30', timeZone: 'Europe/Madrid', people: [{name: 'Ana', photo: 'http://example.org/a.jpg', role: 'chair'}]};
    const feed = {version: 1, event: {id: 'riverside', name: {en: 'Riverside'}, defaultLanguage: 'en'}, sessions: [session]};
    const {code, stdout} = await run(['validate', '-'], {stdin: JSON.stringify(feed)});
    assert.equal(code, 1);
    assert.match(stdout, /^ {2}sessions\[0\]\.people\[0\]\.role: "chair" is not one of .+; shown as "speaker" — did you mean "moderator"\?$/m);
    assert.match(stdout, /^ {2}sessions\[0\]\.people\[0\]\.photo: "http:\/\/example\.org\/a\.jpg" is not an absolute https URL; .+ — use an absolute https:\/\/ URL/m);
  });
});

describe('uclg-widgets validate: unreadable input exits 2', {concurrency: 4}, () => {
  const cases = [
    ['truncated JSON', fixture('unreadable-truncated.json'), /is not JSON/],
    ['an HTML page', fixture('unreadable-html.json'), /is not JSON/],
    ['Latin-1 bytes', fixture('unreadable-latin1.json'), /is not UTF-8 text/],
    ['a missing file', fixture('no-such-feed.json'), /cannot read .*no such file/],
    ['a directory', 'test/fixtures', /cannot read .*directory/],
  ];
  for (const [name, file, message] of cases) {
    test(name, async () => {
      const {code, stdout, stderr} = await run(['validate', file]);
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.match(stderr, message);
    });
  }

  test('--json reports the error as JSON on stdout', async () => {
    const {code, report} = await runJson(['validate', fixture('unreadable-truncated.json')]);
    assert.equal(code, 2);
    assert.equal(report.valid, false);
    assert.match(report.error, /is not JSON/);
  });
});

describe('uclg-widgets: usage', {concurrency: 4}, () => {
  test('--help prints usage and exits 0', async () => {
    const {code, stdout} = await run(['--help']);
    assert.equal(code, 0);
    assert.match(stdout, /^Usage: uclg-widgets validate /);
    assert.match(stdout, /--json/);
  });

  for (const [name, args] of [['no arguments', []], ['no file', ['validate']], ['an unknown command', ['check', 'x.json']], ['an unknown option', ['validate', 'x.json', '--yaml']]]) {
    test(`${name}: usage on stderr, exit 2`, async () => {
      const {code, stdout, stderr} = await run(args);
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.match(stderr, /Usage: uclg-widgets validate/);
    });
  }
});

describe('uclg-widgets validate: URLs', {concurrency: 4}, () => {
  let server;
  let base;
  const hanging = new Set();
  before(async () => {
    server = createServer((req, res) => {
      const send = (status, body, type = 'application/json') => res.writeHead(status, {'content-type': type}).end(body);
      if (req.url === '/feed.json') send(200, readFileSync(`${root}/examples/feed.json`));
      else if (req.url === '/bad.json') send(200, readFileSync(`${root}/${fixture('bad-sessions.json')}`));
      else if (req.url === '/bom.json') send(200, readFileSync(`${root}/${fixture('good-bom.json')}`));
      else if (req.url === '/page') send(200, '<!doctype html><p>Hello', 'text/html');
      else if (req.url === '/slow') hanging.add(res); // never answers
      else send(404, 'Not found', 'text/plain');
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  after(async () => {
    for (const res of hanging) res.destroy();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  test('a good feed over HTTP: exit 0', async () => {
    const {code, stdout} = await run(['validate', `${base}/feed.json`]);
    assert.equal(code, 0);
    assert.match(stdout, /valid \(2 sessions\)/);
  });

  test('a feed with a BOM over HTTP: exit 0', async () => {
    assert.equal((await run(['validate', `${base}/bom.json`])).code, 0);
  });

  test('a bad feed over HTTP: exit 1 with the same problems as the file', async () => {
    const [http, file] = await Promise.all([runJson(['validate', `${base}/bad.json`]), runJson(['validate', fixture('bad-sessions.json')])]);
    assert.equal(http.code, 1);
    assert.deepEqual(http.report.problems, file.report.problems);
  });

  test('HTTP 404: exit 2', async () => {
    const {code, stderr} = await run(['validate', `${base}/missing.json`]);
    assert.equal(code, 2);
    assert.match(stderr, /HTTP 404/);
  });

  test('an HTML page: exit 2', async () => {
    const {code, stderr} = await run(['validate', `${base}/page`]);
    assert.equal(code, 2);
    assert.match(stderr, /is not JSON/);
  });

  test('no answer within --timeout: exit 2', {timeout: 60_000}, async () => {
    const {code, stderr} = await run(['validate', `${base}/slow`, '--timeout', '3']);
    // The server never answers: the validator gave up by itself (no wall-clock check, which a
    // busy machine would make flaky). 3 s, not less: on a machine with a load of 11 the request
    // did not reach the server within 0.5 s.
    assert.equal(code, 2);
    assert.match(stderr, /no answer within 3 s/);
    assert.equal(hanging.size, 1, 'the request was made and is still unanswered');
  });

  test('nobody listening: exit 2', async () => {
    const closed = createServer();
    await new Promise((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = closed.address().port;
    await new Promise((resolve) => closed.close(resolve));
    const {code, stderr} = await run(['validate', `http://127.0.0.1:${port}/feed.json`]);
    assert.equal(code, 2);
    assert.match(stderr, /cannot fetch/);
  });
});

describe('uclg-widgets validate and import: the value meant, for a zone or a date-time written as a person would', {concurrency: 2}, () => {
  // The session documents say "12:00-13:30 (CEST)"; a spreadsheet saves a date day-first with a space.
  const session = {id: 'a', kind: {en: 'Dialogue'}, title: {en: 'Water'}, body: [], start: '2021-05-19 12:00', end: '19/05/2021 13:30', timeZone: 'CEST'};
  const feed = {version: 1, event: {id: 'riverside', name: {en: 'Riverside Forum (fictional)'}, defaultLanguage: 'en'}, sessions: [session]};

  test('validate prints "did you mean" with the value to write, and the zones on CEST, Madrid first', async () => {
    const {code, stdout} = await run(['validate', '-'], {stdin: JSON.stringify(feed)});
    assert.equal(code, 1);
    assert.match(stdout, /^ {2}sessions\[0\]\.timeZone: "CEST" is not an IANA time zone such as "Europe\/Madrid" — "CEST" is an abbreviation, not a zone \(\d+ zones use it\): name the zone of the session's city, such as "Europe\/Madrid", "Europe\/Paris" or "Europe\/Brussels"$/m);
    assert.match(stdout, /^ {2}sessions\[0\]\.start: "2021-05-19 12:00" is not a date-time; .+ — did you mean "2021-05-19T12:00"\? \(wall-clock time in the session's timeZone\)$/m);
    assert.match(stdout, /^ {2}sessions\[0\]\.end: "19\/05\/2021 13:30" is not a date-time; .+ — did you mean "2021-05-19T13:30"\? The date is written year-month-day/m);
  });

  test('import of a spreadsheet says the same at the cell', async () => {
    const csv = 'event.id,event.name.en,event.defaultLanguage,id,kind.en,title.en,start,end,timeZone\r\nforum,Forum,en,a,Talk,Water,2021-05-19 12:00,2021-05-19T13:00,Madrid\r\n';
    const {code, stderr} = await run(['import', '-', '--format', 'csv'], {stdin: csv});
    assert.equal(code, 1);
    assert.match(stderr, /^ {2}row 2, column G \(start\): "2021-05-19 12:00" is not a date-time; .+ — did you mean "2021-05-19T12:00"\?/m);
    assert.match(stderr, /^ {2}row 2, column I \(timeZone\): "Madrid" is not an IANA time zone .+ — name the zone with its region: "Europe\/Madrid"$/m);
  });
});

describe('uclg-widgets validate: keys the widgets do not read', {concurrency: 2}, () => {
  // A typo in a key is no problem of the format, but its value is shown nowhere.
  const session = {id: 'a', kind: {en: 'Dialogue'}, title: {en: 'Water', sp: 'Agua'}, body: [], start: '2021-05-19T12:00', end: '2021-05-19T13:30', timeZone: 'Europe/Madrid', guidingQuestion: [{en: 'How?'}], 'x-crm-id': 7};
  const feed = {version: 1, event: {id: 'riverside', name: {en: 'Riverside Forum (fictional)'}, defaultLanguage: 'en'}, sessions: [session]};

  test('listed after the first line, each with the key meant; the feed stays valid (exit 0)', async () => {
    const {code, stdout} = await run(['validate', '-'], {stdin: JSON.stringify(feed)});
    assert.equal(code, 0);
    const lines = stdout.split('\n');
    assert.equal(lines[0], '-: valid (1 session); 3 keys the widgets do not read, below');
    const at = lines.indexOf('Not read by the widgets (kept in the feed, shown nowhere):');
    assert.ok(at > 0, stdout);
    assert.deepEqual(lines.slice(at + 1, at + 4), [
      '  sessions[0].title.sp — not a language the widgets show (en, fr, es); did you mean "es"?',
      '  sessions[0].guidingQuestion — did you mean "guidingQuestions"?',
      '  sessions[0].x-crm-id — not a key the widgets read',
    ]);
    // The languages count says where the missing Spanish title is; French is simply missing.
    assert.match(stdout, /^ {2}es {2}\d+\/\d+, missing in \d+:\n(?: {6}.+\n)*? {6}sessions\[0\]\.title \(written under "sp", above\)$/m);
    assert.match(stdout, /^ {2}fr {2}\d+\/\d+, missing in \d+:\n(?: {6}.+\n)*? {6}sessions\[0\]\.title$/m);
  });

  test('--json: "unread", with "meant" where a key is near; none for the example feed', async () => {
    const report = JSON.parse((await run(['validate', '-', '--json'], {stdin: JSON.stringify(feed)})).stdout);
    assert.equal(report.valid, true);
    assert.deepEqual(report.unread.map((u) => [u.path, u.meant]), [['sessions[0].title.sp', 'es'], ['sessions[0].guidingQuestion', 'guidingQuestions'], ['sessions[0].x-crm-id', undefined]]);
    const example = await runJson(['validate', 'examples/feed.json']);
    assert.deepEqual(example.report.unread, []);
  });
});
