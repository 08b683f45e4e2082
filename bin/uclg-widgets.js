#!/usr/bin/env node
/**
 * `uclg-widgets validate <feed.json | URL | ->`: checks a sessions feed the way the widgets read
 * it (parseFeed, with no schema validator to install: the published JSON Schema is for editors'
 * IDEs, and test/schema-parser-agree.test.mjs keeps the two in agreement), prints every problem
 * with its JSON path and a hint, and which texts lack a language. Exit 0 valid, 1 invalid,
 * 2 unreadable input.
 */
import {readFile} from 'node:fs/promises';
import {realpathSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {readLang} from './args.js';

const USAGE = `Usage: uclg-widgets validate <feed.json | https://… | -> [--json] [--timeout <seconds>]
       uclg-widgets render <feed.json | https://… | -> --session <id> --lang <en|fr|es>
                           [--element session-card|guiding-questions|countdown|agenda] [--src <url>]
                           [--heading-level <2-6>]
       uclg-widgets ics <feed.json | https://… | -> [--lang <en|fr|es>]   (ics --help)
       uclg-widgets template csv   (template --help)
       uclg-widgets import <programme.csv | schedule.json | schedule.xml | -> [--format <csv|frab>]   (import --help)
       uclg-widgets export --format <csv|frab> <feed.json | https://… | ->   (export --help)

validate: checks a UCLG sessions feed with the same parser the widgets use, which checks
everything the JSON Schema (schema/feed.schema.json) does and more. Prints every problem as
"path: message — hint", then the sessions the widgets leave out because of them, then which
texts lack English, French or Spanish.

render: prints the HTML snippet a partner pastes: the element with the session's content
already inside (readable without JavaScript, indexable) and its schema.org JSON-LD. The widget
loads the feed from --src (default: the input, when it is a URL); without one, the snippet
carries the feed itself. Times are in the event's zone; the visitor's own comes with the script.

template, import, export: a programme as a spreadsheet (one row per session, one column per field
and language) or as a conference tool's frab schedule (pretalx, frab: schedule.json or .xml), and back.

  --json               validate: one JSON object on stdout instead of text
  --timeout <seconds>  give up on a URL after this long (default 15)
  --session <id>       render: the session (every element but the agenda)
  --lang <en|fr|es>    render: the language (default en; a tag such as FR or fr-CA reads as fr)
  --element <name>     render: session-card (default), guiding-questions, countdown or agenda
                       (or the tag's name, uclg-agenda)
  --src <url>          render: where the widget loads the feed from
  --heading-level <n>  render: level of the title (card), heading (questions) or days (agenda)
  -h, --help           this help

Exit status: 0 valid (validate) or rendered (render), 1 problems found, 2 input unreadable
(missing, not JSON, HTTP error), a feed render cannot use, or wrong usage.`;

const EXIT = {valid: 0, invalid: 1, unreadable: 2};

class Unreadable extends Error {}

const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v) => {
  if (v === undefined) return 'missing';
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
};

const VALUE_OPTIONS = ['session', 'lang', 'element', 'src', 'heading-level'];

function parseArgs(argv) {
  const opts = {json: false, timeout: 15, help: false, rest: [], lang: 'en', element: 'session-card'};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const named = VALUE_OPTIONS.find((o) => a === `--${o}` || a.startsWith(`--${o}=`));
    if (named) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined || v === '') throw new Unreadable(`--${named} needs a value`);
      opts[named] = v;
    } else if (a === '--json') opts.json = true;
    else if (a === '-h' || a === '--help') opts.help = true;
    else if (a === '--timeout' || a.startsWith('--timeout=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      opts.timeout = Number(v);
      if (!(opts.timeout > 0)) throw new Unreadable(`--timeout needs a number of seconds, not ${show(v)}`);
    } else if (a.startsWith('-') && a !== '-') throw new Unreadable(`unknown option ${a}`);
    else opts.rest.push(a);
  }
  return opts;
}

/** Bytes → text: UTF-8 (BOM stripped), or UTF-16 when it starts with a UTF-16 BOM. */
function decode(bytes, source) {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  try {
    return new TextDecoder(utf16 ?? 'utf-8', {fatal: true}).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new Unreadable(`${source} is not UTF-8 text`);
  }
}

async function readInput(source, timeoutSeconds) {
  if (/^https?:\/\//i.test(source)) {
    let res;
    try {
      res = await fetch(source, {signal: AbortSignal.timeout(timeoutSeconds * 1000), headers: {accept: 'application/json'}});
    } catch (e) {
      const why = e?.name === 'TimeoutError' ? `no answer within ${timeoutSeconds} s` : (e?.cause?.message ?? e?.message ?? String(e));
      throw new Unreadable(`cannot fetch ${source}: ${why}`);
    }
    if (!res.ok) throw new Unreadable(`cannot fetch ${source}: HTTP ${res.status} ${res.statusText}`.trim());
    try {
      return decode(new Uint8Array(await res.arrayBuffer()), source);
    } catch (e) {
      if (e instanceof Unreadable) throw e;
      throw new Unreadable(`cannot fetch ${source}: ${e?.name === 'TimeoutError' ? `no answer within ${timeoutSeconds} s` : e?.message}`);
    }
  }
  try {
    const bytes = source === '-' ? await readStdin() : await readFile(source);
    return decode(bytes, source === '-' ? 'standard input' : source);
  } catch (e) {
    if (e instanceof Unreadable) throw e;
    const why = {ENOENT: 'no such file', EISDIR: 'it is a directory', EACCES: 'permission denied'}[e?.code] ?? e?.message;
    throw new Unreadable(`cannot read ${source}: ${why}`);
  }
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

function parseJson(text, source) {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Unreadable(`${source} is not JSON: ${e.message}`);
  }
}

// ---- Every problem at once -------------------------------------------------------------

/** A usable event, standing in for a broken one so that the sessions are read too. */
const STAND_IN_EVENT = {id: 'event', name: {en: 'Event'}, defaultLanguage: 'en'};

/**
 * parseFeed's problems, and the ones it never reached: it stops at a version it does not read and
 * at an event it cannot use (the widgets have nothing to show then). The rest is read again with
 * those parts standing in, so that one run lists every problem, as the JSON Schema would
 * (test/schema-parser-agree.test.mjs checks that it does). `feed` is what the widgets would show.
 */
export function feedProblems(parseFeed, json) {
  const {feed, problems} = parseFeed(json);
  const all = [...problems];
  const add = (more, keep = () => true) => {
    for (const p of more) if (keep(p) && !all.some((q) => q.path === p.path && q.message === p.message)) all.push(p);
  };
  if (!feed && isObj(json)) {
    const withVersion = parseFeed({...json, version: 1});
    add(withVersion.problems);
    if (!withVersion.feed) add(parseFeed({...json, version: 1, event: STAND_IN_EVENT}).problems, (p) => p.path.startsWith('sessions'));
  }
  return {feed, problems: all};
}

/**
 * The sessions the widgets will not show, each as its path and id: those parseFeed drops (a
 * problem in a field every session needs) and those whose id an earlier shown session took.
 * Each is read alone, as parseFeed reads it; none when the feed as a whole cannot be read (the
 * widgets then show nothing, and the report says so).
 */
export function sessionsLeftOut(parseFeed, json, feed) {
  if (!feed || !Array.isArray(json.sessions)) return [];
  const taken = new Set();
  const out = [];
  json.sessions.forEach((raw, i) => {
    const [session] = parseFeed({...json, sessions: [raw]}).feed?.sessions ?? [];
    if (session && !taken.has(session.id)) taken.add(session.id);
    else out.push({path: `sessions[${i}]`, ...(typeof raw?.id === 'string' && {id: raw.id})});
  });
  return out;
}

// ---- Hints --------------------------------------------------------------------------------
// What to do about each problem: dist/feed/hints.js (src/feed/hints.ts), shared with the feed
// editor so that both say the same. Loaded with the parser (loadParser).

/** Each problem with its hint, in document order. `sources` stays in the --json report for tools that read it; since no schema validator runs, it is always ["parseFeed"]. */
function withHints(problems, hint) {
  // Document order by part ($, version, event, sessions[i]); stable, so each part keeps its order.
  const rank = (path) => {
    const s = /^sessions\[(\d+)\]/.exec(path);
    if (s) return 3 + Number(s[1]);
    return path.startsWith('sessions') ? 2.5 : path.startsWith('event') ? 2 : path.startsWith('version') ? 1 : 0;
  };
  return problems
    .map((p, i) => ({p, i}))
    .sort((a, b) => rank(a.p.path) - rank(b.p.path) || a.i - b.i)
    .map(({p}) => ({path: p.path, message: p.message, hint: hint(p.path, p.message), sources: ['parseFeed']}));
}

// ---- Language coverage ----------------------------------------------------------------------

function coverage(json, languages) {
  const texts = [];
  const add = (v, path) => isObj(v) && texts.push([path, v]);
  if (isObj(json)) {
    if (isObj(json.event)) {
      add(json.event.name, 'event.name');
      add(json.event.theme, 'event.theme');
    }
    if (Array.isArray(json.sessions)) {
      json.sessions.forEach((s, i) => {
        if (!isObj(s)) return;
        const at = `sessions[${i}]`;
        for (const k of ['kind', 'title', 'subtitle', 'summary', 'theme']) add(s[k], `${at}.${k}`);
        for (const k of ['body', 'guidingQuestions']) {
          if (Array.isArray(s[k])) s[k].forEach((t, j) => add(t, `${at}.${k}[${j}]`));
        }
        if (Array.isArray(s.people)) s.people.forEach((p, j) => isObj(p) && add(p.affiliation, `${at}.people[${j}].affiliation`));
        if (isObj(s.location)) for (const k of ['venue', 'address', 'city']) add(s.location[k], `${at}.location.${k}`);
      });
    }
  }
  const byLanguage = {};
  for (const lang of languages) {
    const missing = texts.filter(([, t]) => !(typeof t[lang] === 'string' && t[lang].trim())).map(([p]) => p);
    byLanguage[lang] = {present: texts.length - missing.length, missing};
  }
  return {texts: texts.length, languages: byLanguage};
}

// ---- Main -----------------------------------------------------------------------------------

async function loadParser() {
  try {
    const [parse, types, hints, shape] = await Promise.all([import('../dist/feed/parse.js'), import('../dist/core/types.js'), import('../dist/feed/hints.js'), import('../dist/feed/shape.js')]);
    return {parseFeed: parse.parseFeed, LANGUAGES: types.LANGUAGES, hint: hints.hint, unreadKeys: shape.unreadKeys, unreadNote: shape.unreadNote};
  } catch (e) {
    throw new Error(`cannot load the compiled parser (dist/feed/parse.js): run "npm run build" first\n${e?.message ?? e}`);
  }
}

function printReport(r) {
  const lines = [];
  const n = r.problems.length;
  const u = r.unread.length;
  const unread = u ? `; ${u} key${u === 1 ? '' : 's'} the widgets do not read, below` : '';
  lines.push(`${n ? `${r.input}: ${n} problem${n === 1 ? '' : 's'}` : `${r.input}: valid (${r.sessions} session${r.sessions === 1 ? '' : 's'})`}${unread}`);
  for (const p of r.problems) lines.push(`  ${p.path}: ${p.message} — ${p.hint}`);
  if (r.problems.length && !r.sessions && !r.leftOut.length) lines.push('', 'The widgets show nothing of this feed until the problems above are fixed.');
  if (r.leftOut.length) {
    const all = r.sessions + r.leftOut.length;
    lines.push('', `Left out: the widgets do not show ${r.leftOut.length} of ${all} session${all === 1 ? '' : 's'} until the problems above are fixed:`);
    for (const s of r.leftOut) lines.push(`  ${s.path}${s.id === undefined ? '' : ` ${JSON.stringify(s.id)}`}`);
  }
  // A typo in a key loses its value without a problem: "guidingQuestion", {"sp": "…"}.
  if (u) {
    lines.push('', 'Not read by the widgets (kept in the feed, shown nowhere):');
    for (const k of r.unread) lines.push(`  ${k.path} — ${k.note}`);
  }
  lines.push('', `Languages (${r.coverage.texts} text${r.coverage.texts === 1 ? '' : 's'}):`);
  for (const [lang, c] of Object.entries(r.coverage.languages)) {
    lines.push(`  ${lang}  ${c.present}/${r.coverage.texts}${c.missing.length ? `, missing in ${c.missing.length}:` : ''}`);
    for (const path of c.missing) {
      // {"en": "Water", "sp": "Agua"}: the text is there, under a key the widgets do not read.
      const under = r.unread.find((k) => k.meant === lang && k.path.startsWith(`${path}.`) && !k.path.slice(path.length + 1).includes('.'));
      lines.push(`      ${path}${under ? ` (written under "${under.path.slice(path.length + 1)}", above)` : ''}`);
    }
  }
  console.log(lines.join('\n'));
}

async function main(argv) {
  if (argv[0] === 'ics') return (await import('./ics-command.js')).ics(argv.slice(1), {readInput, parseJson, loadParser});
  if (['template', 'import', 'export'].includes(argv[0])) return (await import('./convert-commands.js')).convert(argv, {readInput, parseJson, loadParser, feedProblems, withHints});
  let opts;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    console.error(`uclg-widgets: ${e.message}\n\n${USAGE}`);
    return EXIT.unreadable;
  }
  if (opts.help) {
    console.log(USAGE);
    return EXIT.valid;
  }
  const [command, input, ...extra] = opts.rest;
  if (!['validate', 'render'].includes(command) || !input || extra.length) {
    console.error(`${command && !['validate', 'render'].includes(command) ? `uclg-widgets: unknown command ${show(command)}\n\n` : ''}${USAGE}`);
    return EXIT.unreadable;
  }
  if (command === 'render') return render(input, opts);
  const fail = (message) => {
    if (opts.json) console.log(JSON.stringify({input, valid: false, error: message}, null, 2));
    else console.error(`uclg-widgets: ${message}`);
    return EXIT.unreadable;
  };

  let parser, json;
  try {
    parser = await loadParser();
  } catch (e) {
    return fail(e.message);
  }
  try {
    json = parseJson(await readInput(input, opts.timeout), input === '-' ? 'standard input' : input);
  } catch (e) {
    if (e instanceof Unreadable) return fail(e.message);
    throw e;
  }

  const {feed, problems} = feedProblems(parser.parseFeed, json);
  const report = {
    input,
    valid: false,
    sessions: feed?.sessions.length ?? 0,
    problems: withHints(problems, parser.hint),
    leftOut: sessionsLeftOut(parser.parseFeed, json, feed),
    unread: parser.unreadKeys(json).map((k) => ({path: k.path, ...(k.meant && {meant: k.meant}), note: parser.unreadNote(k)})),
    coverage: coverage(json, parser.LANGUAGES),
  };
  report.valid = report.problems.length === 0;
  if (opts.json) console.log(JSON.stringify(report, null, 2));
  else printReport(report);
  return report.valid ? EXIT.valid : EXIT.invalid;
}

const ELEMENTS = ['session-card', 'guiding-questions', 'countdown', 'agenda'];

/** `render`: the pre-rendered snippet on stdout; what went wrong on stderr, exit 2. */
async function render(input, opts) {
  const fail = (message) => {
    console.error(`uclg-widgets: ${message}`);
    return EXIT.unreadable;
  };
  const langStatus = readLang(opts, fail, show);
  if (langStatus !== undefined) return langStatus;
  // The tag's name is what a web editor sees in the snippet: "uclg-agenda" is the agenda.
  const element = String(opts.element).toLowerCase().replace(/^<?uclg-|>$/g, '');
  if (!ELEMENTS.includes(element)) {
    // "card", "questions": a part of one element's name; "countdwon": a letter or two off.
    const parts = ELEMENTS.filter((e) => e.split('-').includes(element));
    const meant = parts.length === 1 ? parts[0] : (await import('../dist/feed/suggest.js')).suggestChoice(element, ELEMENTS);
    return fail(`--element must be one of ${ELEMENTS.join(', ')}, not ${show(opts.element)}${meant ? `: did you mean "${meant}"?` : ''}`);
  }
  opts.element = element;
  if (opts.element !== 'agenda' && !opts.session) return fail(`--session <id> is needed for <uclg-${opts.element}>`);
  const headingLevel = opts['heading-level'] === undefined ? undefined : Number(opts['heading-level']);
  if (headingLevel !== undefined && !(Number.isInteger(headingLevel) && headingLevel >= 2 && headingLevel <= 6)) return fail(`--heading-level must be 2 to 6, not ${show(opts['heading-level'])}`);
  let parser, prerender, json;
  try {
    [parser, {prerender}] = await Promise.all([loadParser(), import('../dist/seo/prerender.js')]);
    json = parseJson(await readInput(input, opts.timeout), input === '-' ? 'standard input' : input);
  } catch (e) {
    return fail(e.message);
  }
  const {feed, problems} = parser.parseFeed(json);
  if (!feed) return fail(`${input} is not a feed the widgets can read (npx uclg-widgets validate ${input} says why)`);
  if (problems.length) console.error(`uclg-widgets: ${problems.length} problem(s) in ${input}; rendering what the widgets would show (npx uclg-widgets validate ${input} lists them)`);
  if (opts.element !== 'agenda' && !feed.sessions.some((s) => s.id === opts.session)) {
    return fail(`no session ${show(opts.session)} in ${input}; its sessions: ${feed.sessions.map((s) => s.id).join(', ')}`);
  }
  const src = opts.src ?? (/^https?:\/\//i.test(input) ? input : undefined);
  process.stdout.write(prerender(feed, {element: opts.element, session: opts.session, lang: opts.lang, src, headingLevel}));
  return EXIT.valid;
}

/** Run as the command (also through npm's bin link), not imported by a test. */
function isMain() {
  try {
    return realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

if (isMain()) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e) => {
      console.error(e?.stack ?? e);
      process.exitCode = EXIT.unreadable;
    },
  );
}
