/**
 * The feed as a spreadsheet and back (issue 19): one row per session, one column per field and
 * language. Pure and browser-safe (no Node APIs), so the CLI (`uclg-widgets template csv`,
 * `import`, `export --format csv`) and the editor page's CSV download write the same file.
 *
 * Layout (README, "The feed as a spreadsheet"):
 * - a column's header is the field's path in a session: `title.fr`, `links.details`, `start`;
 *   list items are numbered columns from 1: `body.2.es`, `guidingQuestions.1.en`,
 *   `people.3.affiliation.fr`. Numbered columns rather than one cell with line breaks because a
 *   paragraph may hold line breaks itself, and because a translator then sees each paragraph next
 *   to its translation, and a paragraph missing in one language stays in its place.
 * - the event's fields are `event.*` columns at the left, written in the first session's row
 *   (a later row may repeat the same value or leave it empty; a different one is reported).
 * - `languages.spoken` and `languages.interpretation` hold tags separated by commas; `registration.full`
 *   is `true` or `false`. A blank cell is a field left out.
 * Values are written as the feed has them (a start stays `2021-05-19T12:00` or `…+02:00`); what they
 * mean is parseFeed's business, which the caller runs on the result.
 */
import {LANGUAGES} from '../core/types.js';
import {CHILDREN, keyMeant, languageMeant, ORDER, TEXT_KEYS} from './shape.js';

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A cell: its spreadsheet row (1 is the header) and column (letter and header). */
export interface CsvCell {
  readonly row: number;
  /** `E (title.fr)`, as a spreadsheet shows it. */
  readonly column: string;
}
export interface CsvProblem extends CsvCell {
  readonly message: string;
}
/** What the spreadsheet held: the feed JSON, what could not be read, and where each value came from. */
export interface CsvImport {
  readonly feed: Json;
  readonly problems: readonly CsvProblem[];
  /** The cell each JSON path came from (`sessions[0].title.fr` → row 2, column `E (title.fr)`), so that parseFeed's problems can be shown at their cell. */
  readonly cells: Readonly<Record<string, CsvCell>>;
}

// ---- The columns ----------------------------------------------------------------------------

const texts = (path: string) => LANGUAGES.map((l) => `${path}.${l}`);
const EVENT_COLUMNS = ['event.id', ...texts('event.name'), ...texts('event.theme'), 'event.url', 'event.calendar', 'event.defaultLanguage'];
const HEAD = ['id', ...texts('kind'), ...texts('title'), ...texts('subtitle'), ...texts('summary'), ...texts('theme'), 'start', 'end', 'timeZone', 'status',
  'links.details', 'links.register', 'links.stream', 'links.recording'];
const person = (n: number) => [`people.${n}.name`, `people.${n}.role`, ...texts(`people.${n}.affiliation`), `people.${n}.photo`, `people.${n}.url`];
const TAIL = ['languages.spoken', 'languages.interpretation', 'location.mode', ...texts('location.venue'), ...texts('location.address'), ...texts('location.city'),
  'location.country', 'location.map', 'registration.closes', 'registration.full'];
const range = (n: number) => Array.from({length: n}, (_, i) => i + 1);

/** Every column, for this many paragraphs, questions and people (at least one of each, so a template shows them). */
export function csvColumns(body = 1, questions = 1, people = 1): string[] {
  return [
    ...EVENT_COLUMNS, ...HEAD,
    ...range(Math.max(1, body)).flatMap((n) => texts(`body.${n}`)),
    ...range(Math.max(1, questions)).flatMap((n) => texts(`guidingQuestions.${n}`)),
    ...range(Math.max(1, people)).flatMap(person),
    ...TAIL,
  ];
}

const LANG = `(?:${LANGUAGES.join('|')})`;
const KNOWN = new RegExp(
  `^(?:${[...EVENT_COLUMNS, ...HEAD, ...TAIL].map((c) => c.replace(/\./g, '\\.')).join('|')}` +
    `|(?:body|guidingQuestions)\\.[1-9]\\d*\\.${LANG}|people\\.[1-9]\\d*\\.(?:name|role|photo|url|affiliation\\.${LANG}))$`,
);
const LISTS = new Set(['languages.spoken', 'languages.interpretation']);

/**
 * The column meant by a header the feed does not have, when one is near: each part of the path
 * as the validator reads a misspelt key ("titel.fr", "Title.FR", "speakers.1.name" → "title.fr",
 * "title.fr", "people.1.name"), and a language after "_", a space or in brackets ("title_fr",
 * "Title (EN)").
 */
function columnMeant(header: string): string | undefined {
  const parts = header.trim().replace(/\s*\((\w+)\)$|[_ ](\w{2})$/, (_, a, b) => `.${a ?? b}`).split('.');
  const out: string[] = [];
  let kind = 'session';
  if (parts[0]?.toLowerCase() === 'event') {
    parts.shift();
    out.push('event');
    kind = 'event';
  }
  for (const part of parts) {
    if (/^[1-9]\d*$/.test(part)) {
      out.push(part);
      continue;
    }
    const key = kind === 'text' ? (TEXT_KEYS.includes(part as never) ? part : languageMeant(part)) : ORDER[kind]?.includes(part) ? part : ORDER[kind] && keyMeant(part, ORDER[kind], kind);
    if (!key) return undefined;
    out.push(key);
    kind = (CHILDREN[kind]?.[key] ?? '').replace('[]', '');
  }
  const column = out.join('.');
  return column !== header && KNOWN.test(column) ? column : undefined;
}

// ---- CSV text ---------------------------------------------------------------------------------

/**
 * RFC 4180 as spreadsheets write it: a UTF-8 BOM is skipped, the separator is the one a first line
 * `sep=;` names, else the one the header uses most (`,`, or `;` from LibreOffice and Excel in
 * French or Spanish, or a tab), lines end in
 * CRLF, LF or CR, and quoted fields hold separators, line breaks (read as LF) and doubled quotes.
 */
export function parseCsv(text: string): {rows: string[][]; separator: string; unterminated: boolean} {
  // A first line "sep=;" is Excel's way of naming the separator; Excel does not show it as a row.
  const hint = /^\uFEFF?sep=(.)\r?\n/i.exec(text);
  const s = hint ? text.slice(hint[0].length) : text.replace(/^\uFEFF/, '');
  const separator = hint ? hint[1] : guessSeparator(s);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < s.length) {
    const c = s[i];
    if (quoted) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else if (c === '\r') cell += s[i + 1] === '\n' ? '' : '\n';
      else cell += c;
      i++;
      continue;
    }
    if (c === '"' && cell === '') quoted = true;
    else if (c === separator) endCell();
    else if (c === '\r' || c === '\n') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      endRow();
    } else cell += c;
    i++;
  }
  const unterminated = quoted;
  if (cell !== '' || row.length || unterminated) endRow();
  return {rows, separator, unterminated};
}

function guessSeparator(s: string): string {
  let quoted = false;
  const count: Record<string, number> = {',': 0, ';': 0, '\t': 0};
  for (const c of s) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c in count) count[c]++;
  }
  return Object.keys(count).reduce((a, b) => (count[b] > count[a] ? b : a), ',');
}

/**
 * CSV as Excel opens it in UTF-8 whatever the computer's language: a BOM (without it Excel reads
 * Windows-1252 and breaks every accent), `,` between fields and CRLF between rows; a field is
 * quoted when it holds a separator, a quote, a line break or spaces at either end.
 */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  const field = (v: string) => (/[",;\t\r\n]|^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return `\uFEFF${rows.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}

/** `E`, `AA`: the spreadsheet's name of the 0-based column `i`. */
export function columnLetter(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

// ---- Feed → CSV -------------------------------------------------------------------------------

/** Where a column's value sits: `body.2.es` → ['body', 1, 'es'] (numbered columns count from 1). */
const segments = (column: string): (string | number)[] => column.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) - 1 : p));

function get(o: unknown, path: readonly (string | number)[]): unknown {
  let v = o;
  for (const k of path) v = isObj(v) || Array.isArray(v) ? (v as Json)[k as string] : undefined;
  return v;
}

/** A value as a cell: strings as they are, a list of tags joined, true/false; anything else cannot be written. */
function cellOf(column: string, v: unknown): string | undefined {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  if (LISTS.has(column) && Array.isArray(v) && v.every((t) => typeof t === 'string')) return v.join(', ');
  if (column === 'registration.full' && typeof v === 'boolean') return String(v);
  return undefined;
}

/**
 * The rows of a feed JSON (the document, as written: times keep their form), header first, and
 * the paths of values a cell cannot hold (a number where a text belongs): a feed that passes
 * `validate` has none.
 */
export function feedToRows(feed: unknown): {rows: string[][]; skipped: string[]} {
  const f = isObj(feed) ? feed : {};
  const sessions = Array.isArray(f.sessions) ? f.sessions : [];
  const most = (key: string) => Math.max(0, ...sessions.map((s) => (isObj(s) && Array.isArray(s[key]) ? s[key].length : 0)));
  const columns = csvColumns(most('body'), most('guidingQuestions'), most('people'));
  const skipped: string[] = [];
  const write = (source: unknown, column: string, path: readonly (string | number)[], at: string) => {
    const v = get(source, path);
    const cell = cellOf(column, v);
    if (cell === undefined) skipped.push(at);
    return cell ?? '';
  };
  const jsonPath = (prefix: string, path: readonly (string | number)[]) =>
    path.reduce<string>((p, k) => (typeof k === 'number' ? `${p}[${k}]` : `${p}.${k}`), prefix);
  const eventCells = (on: boolean) =>
    columns.map((c) => (on && c.startsWith('event.') ? write(f.event, c, segments(c).slice(1), jsonPath('event', segments(c).slice(1))) : ''));
  const rows: string[][] = [columns];
  sessions.forEach((s, i) => {
    const cells = eventCells(i === 0);
    columns.forEach((c, j) => {
      if (!c.startsWith('event.')) cells[j] = write(s, c, segments(c), jsonPath(`sessions[${i}]`, segments(c)));
    });
    rows.push(cells);
  });
  if (!sessions.length) rows.push(eventCells(true));
  return {rows, skipped};
}

/** The feed as CSV text (see writeCsv), and the paths of values a cell cannot hold. */
export function feedToCsv(feed: unknown): {csv: string; skipped: string[]} {
  const {rows, skipped} = feedToRows(feed);
  return {csv: writeCsv(rows), skipped};
}

// ---- CSV → feed -------------------------------------------------------------------------------

const SESSION_ORDER = ['id', 'kind', 'title', 'subtitle', 'summary', 'body', 'theme', 'start', 'end', 'timeZone', 'guidingQuestions', 'status', 'links', 'people', 'languages', 'location', 'registration'];
const EVENT_ORDER = ['id', 'name', 'theme', 'url', 'calendar', 'defaultLanguage'];

function set(o: Json, path: readonly (string | number)[], v: unknown): void {
  let at: Json | unknown[] = o;
  path.forEach((k, i) => {
    if (i === path.length - 1) (at as Json)[k as string] = v;
    else {
      const next = typeof path[i + 1] === 'number' ? [] : {};
      at = ((at as Json)[k as string] ??= next) as Json | unknown[];
    }
  });
}

/** Keys in the feed's own order; list holes (an empty numbered column) closed up. */
function tidy(o: Json, order: readonly string[]): Json {
  const out: Json = {};
  for (const k of [...order, ...Object.keys(o).filter((k) => !order.includes(k))]) {
    let v = o[k];
    if (v === undefined) continue;
    if (Array.isArray(v)) v = v.filter((x) => x !== undefined);
    out[k] = v;
  }
  return out;
}

/**
 * Reads a spreadsheet into a feed JSON document. Never throws: what cannot be read (an unknown
 * column, an event value that differs from the first row's, `full` that is not true or false) is
 * reported at its row and column and left out; everything else is written as it is, for parseFeed
 * to judge (`cells` tells where its problems are in the spreadsheet).
 */
export function csvToFeed(text: string): CsvImport {
  const {rows, unterminated} = parseCsv(text);
  const problems: CsvProblem[] = [];
  const cells: Record<string, CsvCell> = {};
  const header = (rows[0] ?? []).map((h) => h.trim());
  const col = (j: number) => `${columnLetter(j)} (${header[j] || 'no header'})`;
  const known = header.map((h) => KNOWN.test(h));
  header.forEach((h, j) => {
    if (h && !known[j]) {
      const meant = columnMeant(h);
      problems.push({row: 1, column: col(j), message: `"${h}" is not a column of the feed; its values are left out${meant ? ` — did you mean "${meant}"?` : ''}`});
    }
    else if (h && header.indexOf(h) !== j) problems.push({row: 1, column: col(j), message: `"${h}" is also column ${columnLetter(header.indexOf(h))}; this one is left out`});
  });
  if (unterminated) problems.push({row: rows.length, column: col(Math.max(0, (rows.at(-1)?.length ?? 1) - 1)), message: 'a quoted field is never closed: the file ends inside it'});

  const event: Json = {};
  const eventFrom: Record<string, number> = {};
  const sessions: Json[] = [];
  rows.slice(1).forEach((row, r) => {
    const rowNumber = r + 2;
    if (row.every((c) => !c.trim())) return;
    const usable = (j: number) => known[j] && header.indexOf(header[j]) === j;
    row.forEach((raw, j) => {
      if (j >= header.length || !usable(j)) {
        if (raw.trim()) problems.push({row: rowNumber, column: j >= header.length ? `${columnLetter(j)} (no header)` : col(j), message: `${JSON.stringify(raw)} is in a column the feed does not have; left out`});
      }
    });
    const isSession = row.some((c, j) => usable(j) && !header[j].startsWith('event.') && c.trim());
    const session: Json = {};
    const at = `sessions[${sessions.length}]`;
    row.forEach((raw, j) => {
      if (!usable(j) || !raw.trim()) return;
      const h = header[j];
      const cell = {row: rowNumber, column: col(j)};
      if (h.startsWith('event.')) {
        const path = segments(h).slice(1);
        const key = h.slice(6);
        const before = get(event, path);
        if (before === undefined) {
          set(event, path, raw);
          eventFrom[key] = rowNumber;
          cells[`event.${key}`] = cell;
        } else if (before !== raw) {
          problems.push({...cell, message: `${JSON.stringify(raw)} differs from row ${eventFrom[key]}'s ${JSON.stringify(before)}; the event is written once, so this is left out`});
        }
        return;
      }
      if (!isSession) return;
      const path = segments(h);
      let value: unknown = raw;
      if (LISTS.has(h)) value = raw.split(/[\s,;]+/).filter(Boolean);
      else if (h === 'registration.full') {
        const b = raw.trim().toLowerCase();
        if (!['true', 'false'].includes(b)) {
          problems.push({...cell, message: `${JSON.stringify(raw)} is not true or false; left out`});
          return;
        }
        value = b === 'true';
      }
      set(session, path, value);
      cells[path.reduce<string>((p, k) => (typeof k === 'number' ? `${p}[${k}]` : `${p}.${k}`), at)] = cell;
    });
    if (!isSession) return;
    session.body ??= [];
    sessions.push(tidy(session, SESSION_ORDER));
    cells[at] = {row: rowNumber, column: col(Math.max(0, header.indexOf('id')))};
  });
  const feed: Json = {version: 1, event: tidy(event, EVENT_ORDER), sessions};
  return {feed, problems, cells};
}

/** Where a parseFeed problem's path is in the spreadsheet: its own cell, or the nearest one above it (a whole session: its row). */
export function cellAt(cells: Readonly<Record<string, CsvCell>>, path: string): CsvCell | undefined {
  for (let p = path; p; p = p.replace(/(?:\.[^.[\]]+|\[\d+\])$/, '')) {
    if (cells[p]) return cells[p];
    if (!/[.[]/.test(p)) break;
  }
  return undefined;
}
