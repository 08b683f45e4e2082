/**
 * The JSON Schema and the parser say the same thing about a feed. schema/feed.schema.json is what
 * editors' IDEs check as they type; parseFeed (dist/feed/parse.js) is what the widgets and
 * `npx uclg-widgets validate` use, with no schema validator installed. Thousands of feeds, valid
 * ones derived from examples/feed.json and examples/forum-feed.json and mutated ones, go through
 * Ajv (a devDependency, here only) and through parseFeed:
 *
 * - the schema accepts a feed ⇔ parseFeed reports no problem of a kind a schema can express;
 * - every error the schema reports is reported by `validate` at the same JSON path.
 *
 * What no JSON Schema can say stays parser-only (PARSER_ONLY below): whether a time zone name is
 * one the runtime knows, end after start, unique session ids, whether a language tag is well-formed
 * in full (the schema's pattern lets through a superset of what Intl.getCanonicalLocales accepts)
 * and whether Intl can name it or a country code, registration closing after the start. "format": "uri" is checked here as
 * the widgets read URLs (WHATWG URL, like browsers); IDEs approximate it with RFC 3986. A URL's
 * 2048-character limit is UTF-16 code units for the parser and code points for the schema; the
 * two differ only for long URLs written with characters beyond U+FFFF, which no generator here
 * makes.
 *
 * Needs dist/ (`npx tsc -p tsconfig.build.json`, which `npm test` runs first).
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import fc from 'fast-check';
import Ajv2020 from 'ajv/dist/2020.js';
import {parseFeed} from '../dist/feed/parse.js';
import {feedProblems} from '../bin/uclg-widgets.js';

const readJson = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const schema = readJson('../schema/feed.schema.json');
const example = readJson('../examples/feed.json');
const forum = readJson('../examples/forum-feed.json');

// Ajv's default strict mode refuses unknown keywords: a typo in the schema fails here.
const ajv = new Ajv2020({allErrors: true});
// (new URL, not URL.canParse: on Node 20, canParse turns false for non-ASCII input once optimized.)
ajv.addFormat('uri', (s) => {
  try {
    return Boolean(new URL(s));
  } catch {
    return false;
  }
});
const schemaValid = ajv.compile(schema);

const RUNS = Number(process.env.UCLG_AGREE_RUNS) || 3000;
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const clone = (v) => structuredClone(v);

/** The value at a problem's path (`sessions[1].title.fr`, `$`). */
function at(json, path) {
  if (path === '$') return json;
  let v = json;
  for (const [, key, index] of path.matchAll(/\.?([^.[\]]+)|\[(\d+)\]/g)) v = v?.[index ?? key];
  return v;
}

/** The schema's pattern for a language tag: every tag Intl.getCanonicalLocales accepts matches it. */
const LOOSE_TAG = new RegExp(schema.$defs.languageTag.pattern);

/** (RegExp.test would read null as "null", a fine tag.) */
const isString = (v, pattern) => typeof v === 'string' && pattern.test(v);

/** Problems no JSON Schema can express: the parser's own checks. */
const PARSER_ONLY = [
  (p) => /\.end$/.test(p.path) && / is not after start /.test(p.message),
  (p) => /\.(?:start|end|closes)$/.test(p.path) && / does not exist in .+: clocks jump from /.test(p.message), // a wall-clock time the zone skips
  (p) => /\.id$/.test(p.path) && / is used by an earlier session/.test(p.message),
  (p, json) => /\.timeZone$/.test(p.path) && typeof at(json, p.path) === 'string',
  (p, json) => /\.languages\.(?:spoken|interpretation)\[\d+\]$/.test(p.path) && isString(at(json, p.path), LOOSE_TAG),
  (p, json) => /\.location\.country$/.test(p.path) && isString(at(json, p.path), /^[A-Za-z]{2}$/),
  (p) => /\.registration\.closes$/.test(p.path) && / is after the session's start /.test(p.message),
];
const schemaKindProblems = (json, problems) => problems.filter((p) => !PARSER_ONLY.some((only) => only(p, json)));

/** Ajv's errors as `validate` used to show them: JSON paths, "at least one language" said once. */
function schemaPaths(json) {
  if (schemaValid(json)) return [];
  const paths = new Set();
  for (const e of schemaValid.errors) {
    if (e.schemaPath.includes('/anyOf/')) continue;
    const keys = e.instancePath.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (e.keyword === 'required') keys.push(e.params.missingProperty);
    let path = '';
    for (const k of keys) path += /^\d+$/.test(k) ? `[${k}]` : path ? `.${k}` : k;
    paths.add(path || '$');
  }
  return [...paths];
}

// ---- Feeds ------------------------------------------------------------------------------------

/** The example, shortened so that a failing case reads in a few lines. */
function compactExample() {
  const f = clone(example);
  const cut = (t) => Object.fromEntries(Object.entries(t).map(([lang, s]) => [lang, s.slice(0, 20)]));
  for (const k of ['name', 'theme']) f.event[k] = cut(f.event[k]);
  for (const s of f.sessions) {
    for (const k of ['kind', 'title', 'summary']) s[k] = cut(s[k]);
    for (const k of ['body', 'guidingQuestions']) s[k] = s[k].slice(0, 2).map(cut);
  }
  return f;
}

/** The example, plus every optional field, so that mutations reach them all. */
function richFeed() {
  const f = compactExample();
  f.event.url = 'https://www.uclg.org/en/executive-bureau-2021';
  const [a, b] = f.sessions;
  Object.assign(a, {
    subtitle: {en: 'Present and future', fr: 'Présent et avenir'},
    theme: {es: 'Digitalización'},
    status: 'postponed',
    links: {details: 'https://uclg.org/d', register: 'mailto:events@uclg.org', stream: 'http://example.org/live?x=1#t', recording: 'https://example.org/r'},
  });
  Object.assign(b, {start: '2021-05-20T13:30', end: '2021-05-20T15:00:30.5', status: 'scheduled', links: {}});
  // Issue 17's parts (people, languages, location, registration), on invented people and places.
  Object.assign(a, {
    people: [
      {name: 'Ana Ruiz', role: 'moderator', affiliation: {en: 'Riverside', es: 'Riverside'}, photo: 'https://example.org/ana.jpg', url: 'mailto:ana@example.org'},
      {name: 'Luis Pérez', role: 'speaker', photo: 'HTTPS://EXAMPLE.ORG/L.PNG'},
      {name: 'Grace Mensah'},
    ],
    languages: {spoken: ['en', 'ES'], interpretation: ['fr', 'ar', 'zh-hant']},
    location: {mode: 'hybrid', venue: {en: 'Hall'}, address: {fr: '1, place du Port'}, city: {es: 'Riverside'}, country: 'es', map: 'http://example.org/map'},
    registration: {closes: '2021-05-18T18:00', full: false},
  });
  Object.assign(b, {people: [], languages: {spoken: ['fr']}, location: {mode: 'online'}, registration: {full: true}});
  return f;
}
const minimalFeed = () => ({
  version: 1,
  event: {id: 'e', name: {fr: 'Événement'}, defaultLanguage: 'fr'},
  sessions: [{id: 's-1', kind: {en: 'Side event'}, title: {es: 'Título'}, body: [], start: '2024-02-29T23:30:00Z', end: '2024-03-01T00:15:00+00:30', timeZone: 'UTC'}],
});
/** The fictional forum (every field of issue 17), its first two sessions. */
const compactForum = () => ({...clone(forum), sessions: clone(forum.sessions.slice(0, 2))});
const BASES = [compactExample(), richFeed(), minimalFeed(), compactForum()];

const pad = (n, width) => String(n).padStart(width, '0');
/** An integer in [min, max], often one at a boundary. */
const edgy = (min, max, edges) => fc.oneof(fc.integer({min, max}), fc.constantFrom(...edges));
const junk = fc.constantFrom(undefined, null, true, 0, 1, -1.5, '', ' ', 'x', [], [1], {}, {en: 'x'});

const languageString = fc.oneof(
  fc.constantFrom('', ' ', '\t\n', '\u00a0', '\u2003', '\ufeff', '\u200b', 'x', ' Texte ', 'Título'),
  fc.string({maxLength: 3}),
  fc.string({maxLength: 2, unit: 'binary'}),
  fc.constantFrom(5, null, false, {}, ['x']),
);
const text = fc.oneof(
  {weight: 4, arbitrary: fc.dictionary(fc.constantFrom('en', 'fr', 'es', 'de', 'EN'), languageString, {maxKeys: 4})},
  {weight: 1, arbitrary: fc.constantFrom('Plain text', '', '  ', 5, null, [], [{en: 'x'}], {en: {en: 'x'}})},
);
const id = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,8}$/),
  fc.string({maxLength: 4}),
  fc.string({maxLength: 3, unit: 'binary'}),
  fc.constantFrom('a'.repeat(100), 'a'.repeat(101), `a${'-'.repeat(99)}`, '-a', '_a', 'a b', 'a.b', 'ſ', 'K', 'İ', 'a\n', '', 5, null),
);
const url = fc.oneof(
  fc.webUrl({withQueryParameters: true, withFragments: true}),
  fc.constantFrom(
    'https://uclg.org', 'HTTPS://UCLG.ORG/x', 'Http://a.b', 'mailto:a@b.org', 'MAILTO:a@b.org', 'mailto:', 'https:', 'https:uclg.org',
    'https:/uclg.org', 'http://', 'https://[::1]:8080/', 'https://a b.org', 'https://a.org/a b', 'https://a.org/\u00e9', ' https://a.org',
    'https://a.org ', 'https://a.org\n', 'https://a.org/\u0085', 'https://a.org/\t', 'https://exa%mple.org', 'https://a<b.org', 'https://ünï.org',
    'ftp://a.org', 'javascript:alert(1)', 'data:text/html,x', '//a.org', '/relative', 'www.uclg.org', '', 5, null,
  ),
  fc.tuple(fc.constantFrom('https:', 'https://', 'HTTP://', 'mailto:', 'ftp://', 'javascript:', ''), fc.string({maxLength: 6, unit: 'binary'})).map(([a, b]) => a + b),
  fc.constantFrom(2047, 2048, 2049, 2050).map((n) => `https://a.org/${'x'.repeat(n - 14)}`),
);
/** A date-time from parts in range (and many a 29th, 30th, 31st), half of them then broken in one place. */
const dateTime = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .record({
        year: fc.oneof(fc.constantFrom(2021, 2024, 2000, 1900, 2100, 0, 4, 100, 400, 9999), fc.integer({min: 0, max: 9999})),
        month: edgy(1, 12, [2, 2, 4, 12]),
        day: edgy(1, 28, [29, 30, 31]),
        t: fc.constant('T'),
        hour: edgy(0, 23, [0, 23]),
        minute: edgy(0, 59, [0, 59]),
        second: fc.option(edgy(0, 59, [0, 59])),
        fraction: fc.option(fc.stringMatching(/^\d{1,9}$/)),
        offset: fc.option(fc.oneof(
          fc.constantFrom('Z', '+00:00', '-00:00'),
          fc.tuple(fc.constantFrom('+', '-'), edgy(0, 14, [14]), edgy(0, 59, [59])).map(([s, h, m]) => `${s}${pad(h, 2)}:${pad(m, 2)}`),
        )),
        broken: fc.option(fc.constantFrom(
          ['month', 0], ['month', 13], ['day', 0], ['day', 32], ['hour', 24], ['minute', 60], ['second', 60], ['second', 61],
          ['fraction', ''], ['fraction', '1234567890'], ['offset', '+15:00'], ['offset', '-14:60'], ['offset', 'z'], ['offset', '+0530'],
          ['offset', '+05'], ['t', 't'], ['t', ' '], ['year', 12345],
        ), {freq: 2}),
      })
      .map(({broken, ...d}) => {
        if (broken) d[broken[0]] = broken[1];
        let s = `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}${d.t}${pad(d.hour, 2)}:${pad(d.minute, 2)}`;
        if (d.second !== null) s += `:${pad(d.second, 2)}${d.fraction === null ? '' : `.${d.fraction}`}`;
        return s + (d.offset ?? '');
      }),
  },
  {weight: 1, arbitrary: fc.constantFrom('2021-05-19', '2021-05-19 12h', '2021-5-19T12:00', '2021-05-19T12:00:00+02:00 ', 1621418400000, null)},
);
const timeZone = fc.constantFrom('Europe/Madrid', 'UTC', 'America/New_York', 'Asia/Kathmandu', 'europe/madrid', 'Europe/Madird', '', 'CET', 5, null);
const language = fc.constantFrom('en', 'fr', 'es', 'de', 'EN', '', null);
const status = fc.constantFrom('scheduled', 'cancelled', 'postponed', 'Cancelled', 'maybe', '', null, 1);
const version = fc.constantFrom(1, 1.0, 2, 0, '1', null, true);
const name = fc.oneof(fc.constantFrom('Ana Ruiz', 'Élise', '', ' ', '\u00a0', '\ufeff', '\u200b', 5, null, {en: 'Ana'}), fc.string({maxLength: 3}));
const role = fc.constantFrom('moderator', 'host', 'keynote', 'speaker', 'rapporteur', 'Moderator', 'panelist', '', null, 1);
/** Tags Intl accepts, rejects, or cannot name; and strings shaped like tags (most of them malformed). */
const tag = fc.oneof(
  fc.constantFrom(
    'en', 'EN', 'es-419', 'zh-hant-tw', 'ar', 'art-lojban', 'iw', 'en-u-ca-gregory', 'de-1996', 'xx', 'qaa', 'und', 'en-XX',
    'en_US', '', ' en', 'x-foo', 'i-klingon', 'abcd', 'e', 'en--us', 'en-', 'root', 'de-1996-1996', 'en-a-bb-a-cc', 'en-u', 'abcdefghi', 5, null,
  ),
  fc.stringMatching(/^[A-Za-z]{1,9}(?:-[A-Za-z0-9]{0,9}){0,3}$/),
  fc.string({maxLength: 4}),
);
const mode = fc.constantFrom('online', 'in-person', 'hybrid', 'In-person', 'virtual', '', null, 1);
const country = fc.oneof(fc.constantFrom('ES', 'es', 'Fr', 'XX', 'ZZ', 'EU', 'ESP', 'E', 'É1', ' ES', 'E\u0301', 724, null), fc.string({maxLength: 3}));
const boolean = fc.constantFrom(true, false, 'true', 0, 1, null);

/** Where a value of each kind sits in a feed: [container, key, kind]. */
function slots(f) {
  const out = [];
  const textSlots = (t) => isObj(t) && ['en', 'fr', 'es', 'de'].forEach((l) => out.push([t, l, 'language-string']));
  if (!isObj(f)) return out;
  out.push([f, 'version', 'version'], [f, '$schema', 'any'], [f, 'event', 'any'], [f, 'sessions', 'any'], [f, 'comment', 'any']);
  if (isObj(f.event)) {
    const e = f.event;
    out.push([e, 'id', 'id'], [e, 'name', 'text'], [e, 'theme', 'text'], [e, 'url', 'url'], [e, 'defaultLanguage', 'language'], [e, 'extra', 'any']);
    textSlots(e.name);
    textSlots(e.theme);
  }
  if (Array.isArray(f.sessions)) {
    out.push([f.sessions, f.sessions.length, 'any']);
    f.sessions.forEach((s, i) => {
      out.push([f.sessions, i, 'any']);
      if (!isObj(s)) return;
      out.push([s, 'id', 'id'], [s, 'start', 'dateTime'], [s, 'end', 'dateTime'], [s, 'timeZone', 'timeZone'], [s, 'status', 'status']);
      out.push([s, 'links', 'any'], [s, 'body', 'any'], [s, 'guidingQuestions', 'any'], [s, 'speakers', 'any']);
      for (const k of ['kind', 'title', 'subtitle', 'summary', 'theme']) {
        out.push([s, k, 'text']);
        textSlots(s[k]);
      }
      for (const k of ['body', 'guidingQuestions']) {
        if (!Array.isArray(s[k])) continue;
        out.push([s[k], s[k].length, 'text']);
        s[k].forEach((t, j) => {
          out.push([s[k], j, 'text']);
          textSlots(t);
        });
      }
      if (isObj(s.links)) for (const k of ['details', 'register', 'stream', 'recording', 'video']) out.push([s.links, k, 'url']);
      out.push([s, 'people', 'any'], [s, 'languages', 'any'], [s, 'location', 'any'], [s, 'registration', 'any']);
      if (Array.isArray(s.people)) {
        out.push([s.people, s.people.length, 'any']);
        s.people.forEach((p, j) => {
          out.push([s.people, j, 'any']);
          if (!isObj(p)) return;
          out.push([p, 'name', 'name'], [p, 'role', 'role'], [p, 'affiliation', 'text'], [p, 'photo', 'url'], [p, 'url', 'url']);
          textSlots(p.affiliation);
        });
      }
      if (isObj(s.languages)) {
        for (const k of ['spoken', 'interpretation']) {
          const list = s.languages[k];
          out.push([s.languages, k, 'any']);
          if (!Array.isArray(list)) continue;
          out.push([list, list.length, 'tag']);
          list.forEach((_, j) => out.push([list, j, 'tag']));
        }
      }
      if (isObj(s.location)) {
        const l = s.location;
        out.push([l, 'mode', 'mode'], [l, 'country', 'country'], [l, 'map', 'url']);
        for (const k of ['venue', 'address', 'city']) {
          out.push([l, k, 'text']);
          textSlots(l[k]);
        }
      }
      if (isObj(s.registration)) out.push([s.registration, 'closes', 'dateTime'], [s.registration, 'full', 'boolean']);
    });
  }
  return out;
}

const KINDS = ['text', 'language-string', 'id', 'url', 'dateTime', 'timeZone', 'language', 'status', 'version', 'name', 'role', 'tag', 'mode', 'country', 'boolean', 'any'];
const mutation = fc.record({
  kind: fc.constantFrom(...KINDS),
  slot: fc.nat(),
  how: fc.constantFrom('kind', 'kind', 'kind', 'kind', 'junk', 'delete'),
  values: fc.record({text, 'language-string': languageString, id, url, dateTime, timeZone, language, status, version, name, role, tag, mode, country, boolean, any: junk}),
  junk,
});

function mutate(base, mutations) {
  const f = clone(base);
  let root = f;
  for (const m of mutations) {
    const all = slots(root);
    if (!all.length) break;
    const ofKind = all.filter((slot) => slot[2] === m.kind);
    const pool = ofKind.length ? ofKind : all;
    const [container, key, kind] = pool[m.slot % pool.length];
    const value = m.how === 'delete' ? undefined : m.how === 'junk' ? m.junk : m.values[kind];
    if (Array.isArray(container) && value === undefined) container.splice(key, 1);
    else if (value === undefined) delete container[key];
    else container[key] = clone(value);
  }
  return root;
}

const feeds = fc.oneof(
  {weight: 20, arbitrary: fc.tuple(fc.constantFrom(...BASES), fc.array(mutation, {maxLength: 4})).map(([base, ms]) => mutate(base, ms))},
  {weight: 1, arbitrary: fc.oneof(junk, fc.constantFrom([example], 'feed'))},
);

// ---- Properties -------------------------------------------------------------------------------

test("the schema's $id carries the one format version it describes (the README's compatibility policy)", () => {
  assert.equal(schema.properties.version.const, 1);
  assert.equal(schema.$id, `urn:uclg-widgets:feed:${schema.properties.version.const}`);
});

test('the example feeds are valid for both', () => {
  for (const f of [example, forum, ...BASES]) {
    assert.ok(schemaValid(f), JSON.stringify(schemaValid.errors));
    assert.deepEqual(parseFeed(f).problems, []);
  }
});

test('the schema accepts a feed ⇔ parseFeed finds no problem a schema can express', () => {
  const seen = {valid: 0, invalid: 0, parserOnly: 0};
  fc.assert(
    fc.property(feeds, (json) => {
      const problems = parseFeed(json).problems;
      const expressible = schemaKindProblems(json, problems);
      const valid = schemaValid(json);
      seen[valid ? 'valid' : 'invalid']++;
      if (expressible.length < problems.length) seen.parserOnly++;
      const why = valid ? `parseFeed: ${JSON.stringify(expressible)}` : `schema: ${JSON.stringify(schemaValid.errors?.map((e) => [e.instancePath, e.message]))}`;
      assert.equal(valid, expressible.length === 0, why);
    }),
    {numRuns: RUNS, includeErrorInReport: true},
  );
  // Both answers come up often enough for the property to mean something.
  assert.ok(seen.valid > RUNS / 10 && seen.invalid > RUNS / 10 && seen.parserOnly > RUNS / 300, JSON.stringify(seen));
});

test('validate reports every problem the schema reports, at the same path', () => {
  fc.assert(
    fc.property(feeds, (json) => {
      const paths = new Set(feedProblems(parseFeed, json).problems.map((p) => p.path));
      assert.deepEqual(schemaPaths(json).filter((p) => !paths.has(p)), [], `validate: ${[...paths].join(', ')}`);
    }),
    {numRuns: RUNS, includeErrorInReport: true},
  );
});

test('named cases: what once disagreed', () => {
  const session = (patch) => {
    const f = minimalFeed();
    Object.assign(f.sessions[0], patch);
    return f;
  };
  const cases = [
    // [feed, valid for both]
    [session({title: {en: 'Title', fr: ''}}), true], // an empty translation is one not written yet
    [session({title: {en: ' '}}), false], // only blanks: no text at all
    [session({title: {en: '\u00a0', fr: 'Titre'}}), true],
    [session({links: {details: 'HTTPS://UCLG.ORG/x'}}), true], // schemes are case-insensitive
    [session({links: {details: 'https://uclg.org/a b'}}), false], // a space: the widgets drop the link
    [session({links: {details: `https://a.org/${'x'.repeat(2048)}`}}), false], // too long: dropped
    [session({start: '2021-02-29T10:00:00Z'}), false], // no such day
    [session({start: '2024-02-29T10:00:00Z'}), true],
    [session({start: '2021-05-19T24:00:00Z'}), false],
    [session({start: '2000-02-29T10:00:00Z'}), true],
    [session({start: '2100-02-29T10:00:00Z'}), false],
    [session({start: '0000-02-29T10:00:00Z'}), false], // parseFeed reads years 0000-0099 as 19xx (Date.UTC); 1900 was no leap year
    [session({start: '2021-05-19T10:00:00+15:00'}), false],
    [session({start: '2021-13-01T10:00'}), false],
    [{...minimalFeed(), $schema: 5}, true], // unknown fields are ignored; $schema is one
    [session({people: [{name: 'Ana', photo: 'https://example.org/a.jpg'}]}), true], // role defaults to speaker
    [session({people: [{name: 'Ana', photo: 'http://example.org/a.jpg'}]}), false], // photos: https only
    [session({people: [{name: 'Ana', role: 'panelist'}]}), false],
    [session({people: [{name: ' '}]}), false],
    [session({people: [{name: 'Ana', affiliation: 'Mayor'}]}), false],
    [session({languages: {spoken: ['EN', 'en'], interpretation: []}}), true], // canonicalized, listed once
    [session({languages: {spoken: ['en_US']}}), false],
    [session({languages: {}}), true],
    [session({location: {mode: 'online'}}), true],
    [session({location: {mode: 'virtual'}}), false],
    [session({location: {venue: {en: 'Hall'}}}), false], // no mode
    [session({location: {mode: 'in-person', country: 'es'}}), true],
    [session({location: {mode: 'in-person', country: 'ESP'}}), false],
    [session({location: {mode: 'in-person', map: 'mailto:a@b.org'}}), false], // a map is http(s)
    [session({registration: {}}), true],
    [session({registration: {closes: '2024-02-29T22:00:00Z', full: true}}), true], // before the start
    [session({registration: {full: 'yes'}}), false],
  ];
  for (const [json, valid] of cases) {
    assert.equal(schemaValid(json), valid, `schema on ${JSON.stringify(json.sessions?.[0] ?? json)}`);
    assert.equal(parseFeed(json).problems.length === 0, valid, `parseFeed on ${JSON.stringify(json.sessions?.[0] ?? json)}`);
  }
  // What only the parser can tell: malformed and unnamed tags, an unnamed country, closes after start.
  const parserOnly = [
    [session({languages: {spoken: ['abcd']}}), 'sessions[0].languages.spoken[0]'], // the pattern's shape, no language subtag of 4
    [session({languages: {interpretation: ['de-1996-1996']}}), 'sessions[0].languages.interpretation[0]'], // a variant twice
    [session({languages: {spoken: ['xx']}}), 'sessions[0].languages.spoken[0]'], // well-formed, no name
    [session({location: {mode: 'hybrid', country: 'XX'}}), 'sessions[0].location.country'],
    [session({registration: {closes: '2024-03-01T00:00:00Z'}}), 'sessions[0].registration.closes'],
  ];
  for (const [json, path] of parserOnly) {
    assert.ok(schemaValid(json), `schema on ${JSON.stringify(json.sessions[0])}`);
    assert.deepEqual(parseFeed(json).problems.map((p) => p.path), [path]);
  }
  // A start that is no date-time is reported even when the time zone is unknown too.
  const both = session({timeZone: 'Europe/Madird', start: '2021-13-01T10:00'});
  assert.deepEqual(parseFeed(both).problems.map((p) => p.path).sort(), ['sessions[0].start', 'sessions[0].timeZone']);
});
