/**
 * `uclg-widgets template csv`, `import <file>` and `export --format csv|frab <feed>` (issue 19):
 * a programme from a spreadsheet or a conference tool's frab schedule, and back. The conversions
 * are dist/feed/csv.js and dist/feed/frab.js (pure, shared with the editor page); this file only
 * reads arguments and files and prints. Kept out of uclg-widgets.js, which dispatches here, so the
 * commands' files change apart.
 */
import {readFile} from 'node:fs/promises';
import {startCommand} from './args.js';

const FORMATS = ['csv', 'frab'];

export const TEMPLATE_USAGE = `Usage: uclg-widgets template csv

Prints a spreadsheet template (CSV, UTF-8 with BOM, "," and CRLF: Excel and LibreOffice open it as
it is) filled with the seed sessions of examples/feed.json: one row per session, one column per field
and language (title.en, title.fr, title.es, …), numbered columns for paragraphs, questions and people
(body.1.en, guidingQuestions.2.fr, people.1.name), the event's fields (event.*) in the first row.
Fill it in, then: uclg-widgets import programme.csv > feed.json

Exit status: 0 written, 2 wrong usage.`;

export const IMPORT_USAGE = `Usage: uclg-widgets import <programme.csv | schedule.json | schedule.xml | -> [--format <csv|frab>]
                           [--lang <en|fr|es>] [--time-zone <zone>] [--timeout <seconds>]

Writes the feed JSON on stdout and, on stderr, every value it could not carry over: by row and
column for a spreadsheet (CSV written by Excel or LibreOffice, "," or ";" or tabs, with or without
BOM; Windows-1252 is read too, with a warning), by path for a frab schedule (pretalx, frab, wafer,
OSEM: schedule.json or schedule.xml), then what validate says of the feed written, at its cell or path.

  --format <csv|frab>  the input's format (default: from the name: .csv/.tsv/.txt csv, .json/.xml frab)
  --lang <en|fr|es>    frab: the language of texts in none of en, fr, es, and the feed's defaultLanguage (default en)
  --time-zone <zone>   frab: the IANA zone of the sessions when the schedule names none (time_zone_name)
  --timeout <seconds>  give up on a URL after this long (default 15)
  -h, --help           this help

Exit status: 0 the feed written is valid, 1 it has problems or a value of the input was not
imported (listed on stderr; the feed is still written), 2 input unreadable or not a programme, or
wrong usage.`;

export const EXPORT_USAGE = `Usage: uclg-widgets export --format <csv|frab> <feed.json | https://… | -> [--lang <en|fr|es>] [--timeout <seconds>]

csv: the whole feed as a spreadsheet (the layout of template csv); nothing is lost: import gives the
same feed back. frab: a schedule.json (c3voc's schema) for apps such as Giggity and EventFahrplan, in
one language (--lang, default the feed's defaultLanguage), without what frab has no place for
(listed on stderr).

  --format <csv|frab>  the output format
  --lang <en|fr|es>    frab: the language written
  --timeout <seconds>  give up on a URL after this long (default 15)
  -h, --help           this help

Exit status: 0 written from a valid feed, 1 written but the feed has problems (listed on stderr),
2 input unreadable or not a feed, or wrong usage.`;

const USAGES = {template: TEMPLATE_USAGE, import: IMPORT_USAGE, export: EXPORT_USAGE};

async function loadConverters() {
  try {
    const [csv, frab] = await Promise.all([import('../dist/feed/csv.js'), import('../dist/feed/frab.js')]);
    return {csv, frab};
  } catch (e) {
    throw new Error(`cannot load the compiled converters (dist/feed/csv.js, frab.js): run "npm run build" first\n${e?.message ?? e}`);
  }
}

/**
 * Runs `template`, `import` or `export` (argv[0]); `io` lends the main file's input reading,
 * JSON reading, parser loading, feedProblems and hints.
 */
export async function convert(argv, io) {
  const [command, ...args] = argv;
  const usage = USAGES[command];
  const {opts, status, fail} = startCommand(args, usage, ['format', 'lang', 'time-zone', 'timeout'], {timeout: '15'});
  if (!opts) return status;
  if (opts.format !== undefined && !FORMATS.includes(opts.format)) return fail(`--format must be csv or frab, not ${JSON.stringify(opts.format)}`, true);
  const timeout = Number(opts.timeout);
  if (!(timeout > 0)) return fail(`--timeout needs a number of seconds, not ${JSON.stringify(opts.timeout)}`);
  let converters;
  try {
    converters = await loadConverters();
  } catch (e) {
    return fail(e.message);
  }
  if (command === 'template') {
    if (opts.rest.length !== 1 || opts.rest[0] !== 'csv') return fail(opts.rest.length ? `template ${opts.rest.join(' ')}: the one template is "csv"` : 'which template? (csv)', true);
    const seed = JSON.parse(await readFile(new URL('../examples/feed.json', import.meta.url), 'utf8'));
    process.stdout.write(converters.csv.feedToCsv(seed).csv);
    return 0;
  }
  const [input, ...extra] = opts.rest;
  if (!input || extra.length) return fail(input ? `one file at a time, not ${opts.rest.length}` : `${command} what?`, true);
  return command === 'import' ? importFile(input, opts, timeout, converters, io, fail) : exportFeed(input, opts, timeout, converters, io, fail);
}

// ---- import -------------------------------------------------------------------------------------

/** The text of a CSV: UTF-8 (main file's reading), or Windows-1252, which Excel's plain "CSV" writes on Western Windows. */
async function readCsvText(input, timeout, io) {
  try {
    return {text: await io.readInput(input, timeout)};
  } catch (e) {
    if (!/is not UTF-8 text/.test(e?.message) || input === '-' || /^https?:/i.test(input)) throw e;
    return {text: windows1252(await readFile(input)), warning: `${input} is not UTF-8; read as Windows-1252 (Excel's "CSV"). Save as "CSV UTF-8" to be sure of every character`};
  }
}

/** Windows-1252 by hand: Node's TextDecoder reads the label as Latin-1, so 0x80 would not be "€". */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const windows1252 = (bytes) => Array.from(bytes, (b) => (b >= 0x80 && b < 0xa0 ? CP1252[b - 0x80] : String.fromCharCode(b))).join('');

async function importFile(input, opts, timeout, {csv, frab}, io, fail) {
  const name = input === '-' ? 'standard input' : input;
  const format = opts.format ?? (/\.(csv|tsv|txt)$/i.test(input) ? 'csv' : /\.(json|xml)$/i.test(input) ? 'frab' : undefined);
  if (!format) return fail(`cannot tell the format of ${name} from its name: give --format csv or --format frab`, true);
  let parser, text, warning;
  try {
    parser = await io.loadParser();
    ({text, warning} = format === 'csv' ? await readCsvText(input, timeout, io) : {text: await io.readInput(input, timeout)});
  } catch (e) {
    return fail(e.message);
  }
  if (warning) console.error(`uclg-widgets: ${warning}`);

  const lines = [];
  let notImported = 0;
  let feed;
  let where = () => undefined;
  if (format === 'csv') {
    const result = csv.csvToFeed(text);
    feed = result.feed;
    for (const p of result.problems) lines.push(`  row ${p.row}, column ${p.column}: ${p.message}`);
    notImported = result.problems.length;
    // A problem inside no cell (a column the sheet lacks, such as a session's kind) falls back to
    // its session's row: then the path, not the row's id column, says what it is about.
    where = (path) => {
      const cell = csv.cellAt(result.cells, path);
      const row = path.match(/^sessions\[\d+\]/)?.[0];
      if (!cell) return undefined;
      return row && path !== row && cell === result.cells[row] ? `row ${cell.row} (${path})` : `row ${cell.row}, column ${cell.column}`;
    };
  } else {
    if (opts['time-zone'] !== undefined && !(await zoneKnown(opts['time-zone']))) return fail(`--time-zone must be an IANA zone such as Europe/Madrid, not ${JSON.stringify(opts['time-zone'])}`);
    const options = {lang: opts.lang ?? 'en', timeZone: opts['time-zone']};
    let result;
    if (text.trimStart().startsWith('<')) result = frab.frabXmlToFeed(text, options);
    else {
      let json;
      try {
        json = io.parseJson(text, name);
      } catch (e) {
        return fail(e.message);
      }
      if (json?.version === 1 && json?.event) return fail(`${name} is already a feed (npx uclg-widgets validate ${input} checks it)`);
      result = frab.frabToFeed(json, options);
    }
    if (!result.feed) return fail(`${name}: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    feed = result.feed;
    for (const p of result.problems) lines.push(`  ${p.path}: ${p.message}`);
  }

  const {problems} = io.feedProblems(parser.parseFeed, feed);
  for (const p of io.withHints(problems, parser.hint)) {
    const cell = where(p.path);
    lines.push(`  ${cell ?? p.path}: ${p.message} — ${p.hint}`);
  }
  process.stdout.write(`${JSON.stringify(feed, null, 2)}\n`);
  const sessions = Array.isArray(feed.sessions) ? feed.sessions.length : 0;
  const summary = [
    `${sessions} session${sessions === 1 ? '' : 's'} written`,
    format === 'csv' ? notImported && `${notImported} value${notImported === 1 ? '' : 's'} not imported` : lines.length - problems.length && `${lines.length - problems.length} value${lines.length - problems.length === 1 ? '' : 's'} not mapped`,
    problems.length ? `${problems.length} problem${problems.length === 1 ? '' : 's'} in the feed (validate says the same)` : 'the feed is valid',
  ].filter(Boolean).join('; ');
  console.error([`${name}: ${summary}`, ...lines].join('\n'));
  return problems.length || notImported ? 1 : 0;
}

async function zoneKnown(zone) {
  const {isTimeZone} = await import('../dist/time/wall-clock.js');
  return isTimeZone(zone);
}

// ---- export -------------------------------------------------------------------------------------

async function exportFeed(input, opts, timeout, {csv, frab}, io, fail) {
  if (!opts.format) return fail('--format csv or --format frab?', true);
  const name = input === '-' ? 'standard input' : input;
  let parser, json;
  try {
    parser = await io.loadParser();
    json = io.parseJson(await io.readInput(input, timeout), name);
  } catch (e) {
    return fail(e.message);
  }
  const {feed, problems} = io.feedProblems(parser.parseFeed, json);
  if (!feed) return fail(`${name} is not a feed the widgets can read (npx uclg-widgets validate ${input} says why)`);
  const lines = io.withHints(problems, parser.hint).map((p) => `  ${p.path}: ${p.message} — ${p.hint}`);
  if (opts.format === 'csv') {
    const {csv: text, skipped} = csv.feedToCsv(json);
    for (const path of skipped) lines.push(`  ${path}: not a text, list of tags or true/false; left out of the spreadsheet`);
    process.stdout.write(text);
  } else {
    const {schedule, problems: lost} = frab.feedToFrab(feed, {lang: opts.lang});
    for (const p of lost) lines.push(`  ${p.path}: ${p.message}`);
    process.stdout.write(`${JSON.stringify(schedule, null, 2)}\n`);
  }
  if (lines.length) {
    const head = problems.length ? `${problems.length} problem${problems.length === 1 ? '' : 's'} in the feed (the sessions the widgets drop are ${opts.format === 'csv' ? 'still written' : 'left out'})` : 'what the format leaves out';
    console.error([`${name}: ${head}`, ...lines].join('\n'));
  }
  return problems.length ? 1 : 0;
}
