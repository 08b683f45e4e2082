#!/usr/bin/env node
/**
 * Performance benchmark of @uclg/widgets against the peers a partner would otherwise pick,
 * in the same run, on the same machine. See bench/README.md.
 *
 *   node bench/run.mjs            full run (≥5 runs per figure), writes bench/results.{md,json}
 *   node bench/run.mjs --quick    smoke test: 2 runs, small N, 3 s windows (writes results-quick.*)
 *   options: --runs=N  --only=size,render,parsed,ticks,cls,agenda  --out=NAME  --baseline=<another uclg-widgets.js>
 *
 * Needs `npm run build` at the root first (dist/cdn/uclg-widgets.js) and `npm ci` in bench/.
 */
import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import {dirname, join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';
import * as esbuild from 'esbuild';
import {chromium} from 'playwright-core';
import {findChrome, launchChromium, NO_CHROME} from '../scripts/chromium.js';
import {startServer} from '../scripts/static-server.js';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, '..');
const BUILD = join(BENCH, 'build');
const DIST_CDN = join(ROOT, 'dist/cdn/uclg-widgets.js');
const CDN = join(BUILD, 'uclg-widgets.js'); // a snapshot taken at start: a rebuild during the run changes nothing
const FEED = join(ROOT, 'examples/feed.json');
const CHROME = findChrome();
// --baseline=<file>: another build of the CDN module (say, the last release's) measured beside ours in figure 6.
const BASELINE = process.argv.slice(2).find((a) => a.startsWith('--baseline='))?.split('=')[1];

// ---------------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------------
const argv = process.argv.slice(2);
const opt = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const QUICK = argv.includes('--quick');
const RUNS = Number(opt('runs') ?? (QUICK ? 2 : 5));
const ONLY = opt('only')?.split(',');
const OUT = opt('out') ?? (QUICK ? 'results-quick' : 'results');
const CFG = QUICK
  ? {renderNs: [1, 10, 100], parsedNs: [1, 100], tickNs: [100], peerTickN: 100, windowMs: 3000, agendaNs: [300, 1000]}
  : {renderNs: [1, 100, 1000], parsedNs: [1, 100, 1000], tickNs: [100, 1000], peerTickN: 1000, windowMs: 10_000, agendaNs: [300, 1000]};
const SETTLE_MS = 1000; // after everything rendered, before a measuring window opens
const THROTTLE = 4;
const wants = (fig) => !ONLY || ONLY.includes(fig);

if (!CHROME) fail(NO_CHROME);

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

const log = (...a) => console.log(...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(0)}s`;

// ---------------------------------------------------------------------------------------------
// Statistics
// ---------------------------------------------------------------------------------------------
function stats(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return {n: 0, median: null, min: null, max: null, values: values};
  const mid = Math.floor(v.length / 2);
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  return {n: v.length, median, min: v[0], max: v[v.length - 1], values};
}

// ---------------------------------------------------------------------------------------------
// Peer bundles (esbuild) into bench/build/
// ---------------------------------------------------------------------------------------------
async function buildPeers() {
  rmSync(BUILD, {recursive: true, force: true});
  mkdirSync(BUILD, {recursive: true});
  copyFileSync(DIST_CDN, CDN);
  if (BASELINE) copyFileSync(resolve(BASELINE), join(BUILD, 'baseline.js'));
  const common = {bundle: true, minify: true, format: 'esm', target: 'es2022', conditions: ['production'], legalComments: 'none', logLevel: 'warning'};
  for (const name of ['floor', 'naive-countdown', 'relative-time']) {
    await esbuild.build({...common, entryPoints: [join(BENCH, 'pages', `${name}.js`)], outfile: join(BUILD, `${name}.js`)});
  }
  // add-to-calendar-button: the file its CDN snippet loads (package.json "jsdelivr": dist/atcb.js),
  // as published, and minified (what a minifying CDN would serve). The pages load the minified one.
  const atcb = join(BENCH, 'node_modules/add-to-calendar-button/dist/atcb.js');
  copyFileSync(atcb, join(BUILD, 'atcb.js'));
  const min = await esbuild.transform(readFileSync(atcb, 'utf8'), {minify: true, target: 'es2022', legalComments: 'none'});
  writeFileSync(join(BUILD, 'atcb.min.js'), min.code);
}

const pkgVersion = (name) => JSON.parse(readFileSync(join(BENCH, 'node_modules', name, 'package.json'), 'utf8')).version;

// ---------------------------------------------------------------------------------------------
// Figure 1: transfer sizes
// ---------------------------------------------------------------------------------------------
function sizes(file) {
  const code = readFileSync(file);
  return {
    raw: code.length,
    gzip: gzipSync(code, {level: 9}).length,
    brotli: brotliCompressSync(code, {params: {[constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: code.length}}).length,
  };
}

/** Where our bytes go: esbuild re-bundles dist/define.js (minified) and attributes output bytes per package. */
async function composition() {
  // The CDN module's own entry when the build has one, else the npm "register everything" entry.
  const entry = [join(ROOT, 'dist/bundle/module.js'), join(ROOT, 'dist/define.js')].find((f) => existsSync(f));
  if (!entry) return null;
  const r = await esbuild.build({
    entryPoints: [entry], bundle: true, minify: true, format: 'esm', target: 'es2022', conditions: ['production'],
    write: false, metafile: true, outfile: join(BUILD, 'composition.js'), logLevel: 'silent', legalComments: 'none',
    define: {__VERSION__: '"bench"'},
  });
  const out = Object.values(r.metafile.outputs)[0];
  const groups = {};
  for (const [path, {bytesInOutput}] of Object.entries(out.inputs)) {
    const m = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
    const ours = path.includes('dist/') && path.split('dist/').pop().split('/');
    const key = m ? m[1] : ours ? `(our code) ${ours[0] === 'components' && ours.length > 2 ? `components/${ours[1]}` : ours[0]}` : path;
    groups[key] = (groups[key] ?? 0) + bytesInOutput;
  }
  const total = out.bytes;
  return {entry: relative(ROOT, entry), total, parts: Object.entries(groups).sort((a, b) => b[1] - a[1]).map(([name, bytes]) => ({name, bytes, share: bytes / total}))};
}

async function figureSizes() {
  const rows = [
    {id: 'ours', label: '@uclg/widgets CDN module (dist/cdn/uclg-widgets.js)', file: CDN, shown: relative(ROOT, DIST_CDN)},
    {id: 'atcb', label: `add-to-calendar-button ${pkgVersion('add-to-calendar-button')}: dist/atcb.js as published (its CDN file)`, file: join(BUILD, 'atcb.js')},
    {id: 'atcb-min', label: `add-to-calendar-button ${pkgVersion('add-to-calendar-button')}: same file minified (esbuild)`, file: join(BUILD, 'atcb.min.js')},
    {id: 'relative-time', label: `@github/relative-time-element ${pkgVersion('@github/relative-time-element')}: bundled + minified (esbuild)`, file: join(BUILD, 'relative-time.js')},
    {id: 'floor', label: `floor: Lit ${pkgVersion('lit')} + one trivial element, bundled + minified (esbuild)`, file: join(BUILD, 'floor.js')},
  ];
  return {
    rows: rows.map(({shown, ...r}) => ({...r, file: shown ?? relative(ROOT, r.file), ...sizes(r.file)})),
    sha256: createHash('sha256').update(readFileSync(CDN)).digest('hex').slice(0, 16),
    composition: await composition(),
  };
}

// ---------------------------------------------------------------------------------------------
// Test pages and the server
// ---------------------------------------------------------------------------------------------
const SESSION_IDS = ['inclusive-digitalization', 'healthy-territories'];
/** What the server answers besides the files of bench/ (bench/build/ at /build/): the feed and the generated pages. */
const routes = new Map([['/feed.json', {body: readFileSync(FEED)}]]);
let pageSeq = 0;

/** Registers a page; returns its path. */
function page(html) {
  const path = `/p/${++pageSeq}.html`;
  routes.set(path, {body: html});
  return path;
}

const doc = ({head = '', body = ''}) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><title>bench</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:1em;max-width:48em}</style>
${head}</head><body>${body}</body></html>`;

/** Each implementation: how a script-tag user loads it, its markup, and how the page knows it has rendered. */
const IMPL = {
  ours: {
    script: (delay = 0) => `<script type="module" src="/build/uclg-widgets.js${delay ? `?delay=${delay}` : ''}"></script>`,
    card: (i, feedSrc = '/feed.json') => `<uclg-session-card src="${feedSrc}" session="${SESSION_IDS[i % 2]}" lang="en"></uclg-session-card>`,
    countdown: (start, end) => `<uclg-countdown start="${start}" end="${end}" lang="en"></uclg-countdown>`,
    tags: ['uclg-session-card', 'uclg-countdown', 'uclg-guiding-questions', 'uclg-agenda'],
  },
  baseline: {script: (delay = 0) => `<script type="module" src="/build/baseline.js${delay ? `?delay=${delay}` : ''}"></script>`, tags: ['uclg-session-card', 'uclg-countdown', 'uclg-guiding-questions', 'uclg-agenda']},
  floor: {script: () => `<script type="module" src="/build/floor.js"></script>`, card: () => `<floor-element name="Inclusive digitalization"></floor-element>`, tags: ['floor-element']},
  'relative-time': {
    script: (delay = 0) => `<script type="module" src="/build/relative-time.js${delay ? `?delay=${delay}` : ''}"></script>`,
    card: () => `<p>Started <relative-time datetime="2021-05-19T10:00:00Z">19 May 2021</relative-time></p>`,
    countdown: (start) => `<relative-time datetime="${start}" format="duration"></relative-time>`,
    tags: ['relative-time'],
  },
  atcb: {
    // Its README: <script src="https://cdn.jsdelivr.net/npm/add-to-calendar-button" async defer>; defer keeps document order.
    script: (delay = 0) => `<script src="/build/atcb.min.js${delay ? `?delay=${delay}` : ''}" defer></script>`,
    card: () => `<add-to-calendar-button name="Inclusive digitalization" description="UCLG Executive Bureau 2021" startDate="2021-05-19" startTime="12:00" endTime="13:30" timeZone="Europe/Madrid" location="Online" options="'Apple','Google','iCal','Outlook.com'" lightMode="light"></add-to-calendar-button>`,
    tags: ['add-to-calendar-button'],
  },
  naive: {script: () => `<script type="module" src="/build/naive-countdown.js"></script>`, countdown: (start) => `<naive-countdown start="${start}"></naive-countdown>`, tags: ['naive-countdown']},
};

/**
 * In-page helpers (a module script placed after the library's script, so it runs once the
 * library has defined its elements): `window.__ready(els)` resolves when every element has
 * rendered its real content (for our cards: the article, feed loaded, nested elements too).
 */
const READY = String.raw`
const rendered = {
  'uclg-session-card': (el) => !!el.shadowRoot?.querySelector('article'),
  'uclg-countdown': (el) => !!el.shadowRoot?.querySelector('[part=countdown]'),
  'uclg-guiding-questions': (el) => !!el.shadowRoot?.querySelector('li'),
  'uclg-agenda': (el) => !!el.shadowRoot?.querySelector('li'),
  'floor-element': (el) => !!el.shadowRoot?.querySelector('p'),
  'naive-countdown': (el) => !!el.shadowRoot?.querySelector('span'),
  'relative-time': (el) => !!el.shadowRoot?.textContent,
  'add-to-calendar-button': (el) => !!el.shadowRoot?.querySelector('.atcb-button, button'),
};
/** Lit elements: re-check after each update (patched 'updated': no polling, exact instant). */
const waiting = new Map();
function watch(tag) {
  const C = customElements.get(tag);
  if (!C || C.__benchWatched || !('updated' in C.prototype)) return;
  C.__benchWatched = true;
  const orig = C.prototype.updated;
  C.prototype.updated = function (changed) {
    orig.call(this, changed);
    const w = waiting.get(this);
    if (w && rendered[tag](this)) { waiting.delete(this); w(); }
  };
}
async function nestedLit(root) {
  // Lit elements inside shadow roots (a card's <uclg-guiding-questions>): wait for them too.
  const inner = [...(root?.querySelectorAll('*') ?? [])].filter((e) => e.updateComplete);
  await Promise.all(inner.map((e) => e.updateComplete));
  await Promise.all(inner.map((e) => nestedLit(e.shadowRoot)));
}
async function whenRendered(el) {
  const tag = el.localName;
  await customElements.whenDefined(tag);
  if (tag === 'add-to-calendar-button') { await el.whenInitialized(); if (el.error) throw new Error('atcb error'); return; }
  if (tag === 'relative-time') { for (let i = 0; i < 100 && !rendered[tag](el); i++) await new Promise((r) => setTimeout(r, 0)); return; }
  watch(tag);
  if (!rendered[tag](el)) await new Promise((r) => waiting.set(el, r));
  await nestedLit(el.shadowRoot);
}
window.__ready = async (els) => {
  await Promise.all(els.map(whenRendered));
  const bad = els.filter((el) => !rendered[el.localName](el));
  if (bad.length) throw new Error(bad.length + ' elements did not render');
};
/** Timestamps after render: DOM committed, then forced style + layout, then the next frame. */
window.__stamps = async () => {
  const dom = performance.now();
  document.documentElement.offsetHeight; // forces style and layout of the whole page, shadow trees included
  const layout = performance.now();
  await new Promise((r) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); }));
  return {dom, layout, frame: performance.now()};
};
`;
const selector = (impl) => IMPL[impl].tags.join(',');

function renderPage(impl, n) {
  const items = Array.from({length: n}, (_, i) => IMPL[impl].card(i)).join('\n');
  return page(doc({
    head: `${IMPL[impl].script()}\n<script type="module">${READY}
window.__done = (async () => {
  const start = performance.now();
  await window.__ready([...document.querySelectorAll('${selector(impl)}')]);
  return {libEvaluated: start, ...(await window.__stamps())};
})();</script>`,
    body: `<main>${items}</main>`,
  }));
}

/** Before the example feed's sessions (19 and 20 May 2021): upcoming, each card with its "Add to calendar". */
const UPCOMING_NOW = '2021-05-01T00:00:00Z';

/** N elements created from script; for our cards, from a feed already parsed with the CDN module's parseFeed. */
function parsedPage(impl, n) {
  const upcoming = impl === 'ours-upcoming';
  // The cards' own DOM and style sheets, copied from two cards rendered before the clock starts:
  // what style and layout of this content cost with no script at all.
  const copy = impl === 'ours-copy';
  if (upcoming || copy) impl = 'ours';
  const make = {
    ours: copy
      ? `const el = document.createElement('div'); el.attachShadow({mode: 'open'}).adoptedStyleSheets = COPIES[i % 2].sheets; el.shadowRoot.append(COPIES[i % 2].nodes.cloneNode(true));`
      : `const el = document.createElement('uclg-session-card'); el.setAttribute('session', IDS[i % 2]); el.setAttribute('lang', 'en');${upcoming ? ` el.setAttribute('now', '${UPCOMING_NOW}');` : ''} el.feed = feed;`,
    floor: `const el = document.createElement('floor-element'); el.name = 'Inclusive digitalization';`,
    'relative-time': `const el = document.createElement('relative-time'); el.setAttribute('datetime', '2021-05-19T10:00:00Z');`,
    atcb: `const t = document.createElement('template'); t.innerHTML = ${JSON.stringify(IMPL.atcb.card())}; const el = t.content.firstElementChild;`,
  }[impl];
  return page(doc({
    head: `${IMPL[impl].script()}\n<script type="module">${READY}
const IDS = ${JSON.stringify(SESSION_IDS)};
window.__done = (async () => {
  let feed;
  ${impl === 'ours' ? `// The feed, parsed before the clock starts: with the module's parseFeed when it exports one;
  // else (the CDN module may export nothing) an untimed, hidden <uclg-guiding-questions> parses the
  // raw object into the library's per-object parse cache, which every card then reads.
  const json = await (await fetch('/feed.json')).json();
  const mod = await import('/build/uclg-widgets.js');
  const parseFeed = mod.parseFeed ?? globalThis.UclgWidgets?.parseFeed;
  if (parseFeed) {
    const parsed = parseFeed(json);
    if (!parsed.feed) throw new Error('feed did not parse');
    feed = parsed.feed;
    window.__parsedBy = 'parseFeed';
  } else {
    const primer = document.createElement('uclg-guiding-questions');
    primer.setAttribute('session', IDS[0]);
    primer.feed = json;
    primer.hidden = true;
    document.body.append(primer);
    await primer.updateComplete;
    primer.remove();
    feed = json;
    window.__parsedBy = 'primer';
  }` : ''}
  await customElements.whenDefined('${IMPL[impl].tags[0]}');
  ${copy ? `const COPIES = [];
  for (const id of IDS.slice(0, 2)) {
    const card = document.createElement('uclg-session-card');
    card.setAttribute('session', id); card.setAttribute('lang', 'en'); card.feed = feed;
    document.body.append(card);
    await card.updateComplete;
    const nodes = document.createDocumentFragment();
    for (const n of card.shadowRoot.childNodes) nodes.append(n.cloneNode(true));
    COPIES.push({nodes, sheets: card.shadowRoot.adoptedStyleSheets});
    card.remove();
  }` : ''}
  await new Promise((r) => setTimeout(r, 100));
  // The harness reads the main thread's CPU time just before the clock starts (figureParsed).
  await new Promise((r) => { window.__go = r; });
  const main = document.querySelector('main');
  const start = performance.now();
  const frag = document.createDocumentFragment();
  const els = [];
  for (let i = 0; i < ${n}; i++) { ${make} frag.append(el); els.push(el); }
  main.append(frag);
  ${copy ? "if (!els.every((el) => el.shadowRoot.querySelector('article'))) throw new Error('not copied');" : 'await window.__ready(els);'}
  const s = await window.__stamps();
  return {dom: s.dom - start, layout: s.layout - start, frame: s.frame - start, parsedBy: window.__parsedBy};
})();</script>`,
    body: `<main></main>`,
  }));
}

function tickPage(impl, n) {
  const start = new Date(Date.now() + 3 * 3600_000).toISOString().replace(/\.\d+Z$/, 'Z'); // within a day: ticks every second
  const end = new Date(Date.parse(start) + 3600_000).toISOString().replace(/\.\d+Z$/, 'Z');
  const items = Array.from({length: n}, () => IMPL[impl].countdown(start, end)).join('\n');
  return page(doc({
    head: `${IMPL[impl].script()}\n<script type="module">${READY}
window.__done = (async () => { await window.__ready([...document.querySelectorAll('${selector(impl)}')]); await window.__stamps(); return true; })();
const first = () => document.querySelector('${selector(impl)}');
window.__text = () => (first().shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();</script>`,
    body: `<main>${items}</main>`,
  }));
}

/** A partner's page: text above, the widget, text below; the script and the feed arrive late, as from a CDN. */
const LIB_DELAY = 200;
const FEED_DELAY = 500;
/** What a script URL carries (before its `delay`) when it is served as from a CDN: cached for a year. */
const CACHED_SCRIPT = '?cache=year&delay=';
const CACHED_HEADERS = Object.fromEntries(['uclg-widgets', 'baseline'].map((n) => [`/build/${n}.js${CACHED_SCRIPT}${LIB_DELAY}`, {'cache-control': 'public, max-age=31536000, immutable'}]));
/** Our four elements, each with only `src` and as `uclg-widgets render` writes it (same `src`). */
const OURS_CLS = {card: 'session-card', countdown: 'countdown', questions: 'guiding-questions', agenda: 'agenda'};
/** Every page's window. */
const VIEWPORT = {width: 1280, height: 720};

/**
 * Figure 5: the least that any growth of the element could score for the same move of what
 * follows it (the paragraph #below, from where it was first painted to where it ended, or out of
 * the window). A layout shift scores the share of the window that the moved box covers, before
 * and after, times the distance over the window's larger side; cutting the move into ever
 * smaller shifts brings the sum down to the integral of the box's visible height along the way.
 * No loading box that learns the height only after the first paint can score less.
 */
function shiftFloor(run) {
  const moves = (run.shifts ?? []).flatMap((s) => s.sources.filter((x) => x.node === 'P#below'));
  if (!moves.length || moves.some((m) => m.w === undefined)) return undefined;
  const {width: W, height: V} = VIEWPORT;
  const [y0, h] = moves[0].from;
  const last = moves.at(-1);
  const y1 = last.to[1] === 0 ? V : last.to[0];
  let area = 0;
  for (let t = Math.min(y0, y1); t < Math.max(y0, y1); t++) area += Math.max(0, Math.min(t + 0.5 + h, V) - Math.max(t + 0.5, 0));
  return (area * moves[0].w) / (W * V * Math.max(W, V));
}
async function prerendered() {
  const {prerender} = await import(join(ROOT, 'dist/seo/prerender.js'));
  const {parseFeed} = await import(join(ROOT, 'dist/feed/parse.js'));
  const feed = parseFeed(JSON.parse(readFileSync(FEED, 'utf8'))).feed;
  const src = `/feed.json?delay=${FEED_DELAY}`;
  const out = {};
  for (const [key, element] of Object.entries(OURS_CLS)) {
    const session = element === 'agenda' ? undefined : SESSION_IDS[0];
    out[`ours-${key}`] = `<uclg-${element} src="${src}"${session ? ` session="${session}"` : ''} lang="en"></uclg-${element}>`;
    out[`ours-${key}-pre`] = prerender(feed, {element, session, lang: 'en', src});
    // A returning visitor: the same snippet, measured on the second visit in the same browser
    // context. The script comes from its HTTP cache there (served as a CDN serves a versioned
    // URL: max-age a year, CACHED_SCRIPT), the feed from the network again, late (no-store, as a
    // revalidation takes a round trip), and the widgets find what the first visit saved.
    out[`ours-${key}-return`] = out[`ours-${key}`];
    // The page's script tag with blocking="render" (Chromium): the first paint waits for the
    // script, so the widget's box is in it; on a first visit and a returning one.
    out[`ours-${key}-render`] = out[`ours-${key}-render-return`] = out[`ours-${key}`];
    // --baseline: another build, the same page and snippet, beside ours in the same run.
    if (BASELINE) out[`base-${key}`] = out[`base-${key}-return`] = out[`ours-${key}`];
    // A snippet that reserves the widget's height itself, before any script runs: the element
    // with style="display:block;min-height:…px", the height the partner saw it take (measured
    // on a first load in the same run). Survives a CMS that keeps inline styles.
    out[`ours-${key}-styled`] = out[`ours-${key}`];
  }
  // The field's case the example feed (ended sessions) leaves out: a countdown pasted days
  // before its session and read on the day, when it shows digits and "Hide seconds". Its
  // session moved to start two hours after the snippet is written.
  const soon = JSON.parse(readFileSync(FEED, 'utf8'));
  const s = soon.sessions.find((x) => x.id === SESSION_IDS[0]);
  const start = Date.now() + 2 * 3600e3;
  [s.start, s.end] = [start, start + Date.parse(s.end) - Date.parse(s.start)].map((t) => new Date(t).toISOString());
  routes.set('/feed-soon.json', {body: JSON.stringify(soon)});
  out['ours-countdown-soon-pre'] = prerender(parseFeed(soon).feed, {element: 'countdown', session: s.id, lang: 'en', src: `/feed-soon.json?delay=${FEED_DELAY}`});
  return out;
}
let OURS_SNIPPETS;
function clsPage(kind, reserve) {
  let widget = {
    ...OURS_SNIPPETS,
    atcb: IMPL.atcb.card(),
    'relative-time': IMPL['relative-time'].card(),
  }[kind];
  if (reserve) widget = widget.replace(/^<(uclg-[a-z-]+)/, `<$1 style="display:block;min-height:${Math.ceil(reserve)}px"`);
  const impl = kind.startsWith('ours') ? 'ours' : kind.startsWith('base-') ? 'baseline' : kind;
  let script = IMPL[impl].script(LIB_DELAY);
  if (/-render(-|$)/.test(kind)) script = script.replace('<script type="module"', '<script type="module" blocking="render"');
  const below = 'Partners embed the widget in pages that already carry a lot. '.repeat(12);
  return page(doc({
    head: `<script>
window.__shifts = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push({value: e.value, at: Math.round(e.startTime), sources: (e.sources || []).map((s) => ({node: s.node ? (s.node.nodeName + (s.node.id ? '#' + s.node.id : '')) : '?', from: [s.previousRect.y, s.previousRect.height].map(Math.round), to: [s.currentRect.y, s.currentRect.height].map(Math.round), w: Math.round(s.previousRect.width || s.currentRect.width)}))}); }).observe({type: 'layout-shift', buffered: true});
</script>
${kind.endsWith('-return') ? script.replace('?delay=', CACHED_SCRIPT) : script}
<script type="module">${READY}
window.__done = (async () => {
  await window.__ready([...document.querySelectorAll('${selector(impl)}')]);
  const at = performance.now();
  await new Promise((r) => setTimeout(r, 1000));
  return {rendered: at, cls: window.__shifts.reduce((a, s) => a + s.value, 0), shifts: window.__shifts, firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime};
})();</script>`,
    body: `<header><h1>A partner's page</h1><p>Some text above the widget, as on any partner's site.</p></header>
<main>${widget}<p id="below">${below}</p></main>`,
  }));
}

const WARM = page(doc({body: '<p>warm-up</p>'}));

/**
 * Issue 18's programme: the tests' generator (src/test-support/programme.ts, bundled by esbuild
 * for Node) writes the 300- and 1,000-session feeds that the agenda pages fetch as JSON.
 */
async function programmeFeeds() {
  const r = await esbuild.build({entryPoints: [join(ROOT, 'src/test-support/programme.ts')], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'warning'});
  const {programmeFeed} = await import(`data:text/javascript;base64,${Buffer.from(r.outputFiles[0].text).toString('base64')}`);
  for (const n of CFG.agendaNs) routes.set(`/programme-${n}.json`, {body: JSON.stringify(programmeFeed(n))});
}

/** In-page: resolves after the next frame (its style, layout and paint), as `__stamps` does. */
const NEXT_FRAME = 'new Promise((r) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); }))';
// Before the congress: every session upcoming, each with its "Add to calendar" (the most to render).
const AGENDA_NOW = '2027-06-01T00:00:00Z';

/**
 * One agenda given a generated feed through the `feed` property, raw (so parsing is timed), or
 * for the floor 1,000 trivial Lit elements; clock from creating the element(s) to all
 * `updateComplete` and a forced style + layout. The feed's JSON text is fetched and
 * `JSON.parse`d before the clock starts, as a page that has the feed would.
 */
function agendaPage(impl, n) {
  const make = impl === 'floor'
    ? `const els = []; const frag = document.createDocumentFragment();
  for (let i = 0; i < ${n}; i++) { const el = document.createElement('floor-element'); el.name = 'Session ' + i; frag.append(el); els.push(el); }
  main.append(frag);
  await window.__ready(els);`
    : `const el = document.createElement('uclg-agenda');
  el.setAttribute('lang', 'en');
  el.setAttribute('now', '${AGENDA_NOW}');
  el.feed = raw;
  main.append(el);
  await el.updateComplete;
  window.__agenda = el;
  firstItems = el.shadowRoot.querySelectorAll('li.item').length;
  // Every session in the DOM, and laid out: from 100 sessions the agenda fills the rest of its list
  // after the first screen (listComplete); a build without it has them all at updateComplete.
  all = (el.listComplete ?? Promise.resolve()).then(() => { document.documentElement.offsetHeight; return performance.now(); });`;
  return page(doc({
    head: `${IMPL[impl].script()}\n<script type="module">${READY}
window.__done = (async () => {
  const raw = ${impl === 'floor' ? 'null' : `await (await fetch('/programme-${n}.json')).json()`};
  await customElements.whenDefined('${IMPL[impl].tags[impl === 'floor' ? 0 : 3]}');
  await new Promise((r) => setTimeout(r, 100));
  const main = document.querySelector('main');
  let all, firstItems;
  const start = performance.now();
  ${make}
  const s = await window.__stamps();
  const complete = all ? await all : s.layout;
  const items = window.__agenda?.shadowRoot.querySelectorAll('li.item').length;
  return {dom: s.dom - start, layout: s.layout - start, frame: s.frame - start, all: complete - start, firstItems, items};
})();
/** Input → next frame, per event, from the event's own timestamp. */
window.__inputs = [];
const timeInput = (target, type) => target.addEventListener(type, (e) => { const t = e.timeStamp; ${NEXT_FRAME}.then(() => window.__inputs.push({type, ms: performance.now() - t})); }, true);
window.__watch = () => { timeInput(window, 'keydown'); timeInput(window.__agenda.shadowRoot, 'change'); };
window.__shown = () => window.__agenda.shadowRoot.querySelectorAll('li.item:not([hidden])').length;</script>`,
    body: `<main></main>`,
  }));
}

// ---------------------------------------------------------------------------------------------
// Browser
// ---------------------------------------------------------------------------------------------
let browser;
let origin;

/** A fresh context (cold HTTP cache, no shared state) and page for each run. */
async function withPage({throttle = 1} = {}, fn) {
  const context = await browser.newContext({viewport: VIEWPORT});
  try {
    const p = await context.newPage();
    p.setDefaultTimeout(120_000);
    const errors = [];
    p.on('pageerror', (e) => errors.push(e.message));
    // Same-origin warm-up: the renderer process exists before the measured navigation starts.
    await p.goto(origin + WARM);
    const cdp = await context.newCDPSession(p);
    if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', {rate: throttle});
    const result = await fn(p, cdp);
    if (errors.length) result.pageErrors = errors.slice(0, 3);
    return result;
  } finally {
    await context.close();
  }
}

async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const {usedSize} = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

async function metrics(cdp) {
  const {metrics: list} = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** Runs every case `runs` times, interleaved (run 1 of each case, then run 2 …), rotating the order. */
async function interleave(cases, runs, one) {
  const out = new Map(cases.map((c) => [c.key, []]));
  for (let r = 0; r < runs; r++) {
    const order = cases.map((_, i) => cases[(i + r) % cases.length]);
    for (const c of order) {
      try {
        const result = await one(c, r);
        result.load1 = +os.loadavg()[0].toFixed(2); // the machine's 1-min load as this run ended
        out.get(c.key).push(result);
      } catch (e) {
        log(`  ${c.key} run ${r + 1}: ERROR ${e.message.split('\n')[0]}`);
        out.get(c.key).push({error: e.message.split('\n')[0]});
      }
    }
    log(`  run ${r + 1}/${runs} done (${elapsed()})`);
  }
  return cases.map((c) => ({...c, runs: out.get(c.key)}));
}

/** page.evaluate has no timeout of its own: a widget that never renders must not hang the run. */
function pageDone(p, ms = Number(process.env.BENCH_PAGE_TIMEOUT_MS ?? 120_000)) {
  let timer;
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`page did not finish in ${ms / 1000} s`)), ms)));
  return Promise.race([p.evaluate('window.__done'), timeout]).finally(() => clearTimeout(timer));
}

const summarize = (runs, field) => stats(runs.map((r) => (typeof field === 'function' ? field(r) : r[field])));

// ---------------------------------------------------------------------------------------------
// Figures 2–5
// ---------------------------------------------------------------------------------------------
async function figureRender() {
  log(`Figure 2a: navigation → N elements rendered (${CFG.renderNs.join(', ')})`);
  const cases = [];
  for (const n of CFG.renderNs) for (const impl of ['ours', 'floor', 'relative-time', 'atcb']) cases.push({key: `${impl}/${n}`, impl, n});
  const done = await interleave(cases, RUNS, ({impl, n}) =>
    withPage({}, async (p, cdp) => {
      await p.goto(origin + renderPage(impl, n));
      const r = await pageDone(p);
      return {...r, heap: await heapAfterGc(cdp)};
    }),
  );
  return done.map((c) => ({...c, layout: summarize(c.runs, 'layout'), dom: summarize(c.runs, 'dom'), frame: summarize(c.runs, 'frame'), heap: summarize(c.runs, 'heap')}));
}

async function figureParsed() {
  log(`Figure 2b: N elements created from script → rendered (${CFG.parsedNs.join(', ')})`);
  const cases = [];
  for (const n of CFG.parsedNs) for (const impl of ['ours', 'floor', 'relative-time', 'atcb']) cases.push({key: `${impl}/${n}`, impl, n});
  // The example feed's sessions ended in 2021: the same 100 cards before their sessions, as a
  // partner's page shows them, each with its "Add to calendar".
  // And their DOM and style sheets copied without script: the style and layout of their content.
  cases.splice(cases.findIndex((c) => c.key === 'ours/100') + 1, 0, {key: 'ours-upcoming/100', impl: 'ours-upcoming', n: 100}, {key: 'ours-copy/100', impl: 'ours-copy', n: 100});
  // Besides the wall clock, the main thread's own CPU time (thread ticks), from just before the
  // clock starts to the page's answer (the next frame included): on 2 cores the wall time also
  // counts the waits for a core, which no page's script can change.
  const done = await interleave(cases, RUNS, ({impl, n}) =>
    withPage({}, async (p, cdp) => {
      await cdp.send('Performance.enable', {timeDomain: 'threadTicks'});
      await p.goto(origin + parsedPage(impl, n));
      await p.waitForFunction(() => window.__go);
      const a = await metrics(cdp);
      await p.evaluate(() => window.__go());
      const r = await pageDone(p);
      const b = await metrics(cdp);
      const d = (k) => ((b[k] ?? 0) - (a[k] ?? 0)) * 1000;
      return {...r, cpu: d('TaskDuration'), cpuStyleLayout: d('RecalcStyleDuration') + d('LayoutDuration')};
    }),
  );
  return done.map((c) => ({...c, layout: summarize(c.runs, 'layout'), dom: summarize(c.runs, 'dom'), frame: summarize(c.runs, 'frame'), cpu: summarize(c.runs, 'cpu'), cpuStyleLayout: summarize(c.runs, 'cpuStyleLayout')}));
}

/** Figures 3 and 4 share each page: a window at full speed, then one with the CPU throttled. */
async function figureTicks() {
  const cases = [];
  for (const n of CFG.tickNs) cases.push({key: `ours/${n}`, impl: 'ours', n});
  cases.push({key: `relative-time/${CFG.peerTickN}`, impl: 'relative-time', n: CFG.peerTickN});
  cases.push({key: `naive/${CFG.peerTickN}`, impl: 'naive', n: CFG.peerTickN});
  log(`Figures 3 and 4: main-thread cost of ticking countdowns, ${CFG.windowMs / 1000} s windows, then CPU throttled ${THROTTLE}×`);
  const measureWindow = async (p, cdp) => {
    await sleep(SETTLE_MS);
    const textBefore = await p.evaluate('window.__text()');
    const a = await metrics(cdp);
    await sleep(CFG.windowMs);
    const b = await metrics(cdp);
    const textAfter = await p.evaluate('window.__text()');
    const wall = b.Timestamp - a.Timestamp;
    const d = (k) => (b[k] ?? 0) - (a[k] ?? 0);
    return {
      wall,
      task: d('TaskDuration') / wall,
      script: d('ScriptDuration') / wall,
      layout: (d('LayoutDuration') + d('RecalcStyleDuration')) / wall,
      taskMsPerSecond: (d('TaskDuration') * 1000) / wall,
      layoutCount: d('LayoutCount'),
      styleCount: d('RecalcStyleCount'),
      heapDelta: d('JSHeapUsedSize'),
      textBefore,
      textAfter,
      ticked: textBefore !== textAfter,
    };
  };
  const done = await interleave(cases, RUNS, ({impl, n}) =>
    withPage({}, async (p, cdp) => {
      await p.goto(origin + tickPage(impl, n));
      await pageDone(p);
      await cdp.send('Performance.enable');
      const normal = await measureWindow(p, cdp);
      await cdp.send('Emulation.setCPUThrottlingRate', {rate: THROTTLE});
      const throttled = await measureWindow(p, cdp);
      return {normal, throttled};
    }),
  );
  const part = (which, throttle) =>
    done.map(({runs, ...c}) => {
      const r = runs.map((x) => (x[which] ? {...x[which], load1: x.load1} : x));
      return {
        ...c,
        throttle,
        runs: r,
        task: summarize(r, 'task'),
        script: summarize(r, 'script'),
        layout: summarize(r, 'layout'),
        taskMsPerSecond: summarize(r, 'taskMsPerSecond'),
        layoutCount: summarize(r, 'layoutCount'),
        allTicked: r.every((x) => x.ticked),
      };
    });
  return {ticks: part('normal', 1), ticksThrottled: part('throttled', THROTTLE)};
}

/**
 * Issue 18's speed: first render of a generated programme (300 and 1,000 sessions, parse
 * included) beside 1,000 trivial Lit elements; then, at 1,000 sessions, real key presses in the
 * search box and filter changes (Playwright's keyboard and selectOption), each timed in the page
 * from the event's timestamp to the next frame, at full speed and with the CPU throttled.
 */
async function figureAgenda() {
  log(`Figure 6: <uclg-agenda> with a generated programme (${CFG.agendaNs.join(', ')} sessions), search and filters, also CPU throttled ${THROTTLE}×`);
  await programmeFeeds();
  const big = Math.max(...CFG.agendaNs);
  const impls = BASELINE ? ['ours', 'baseline'] : ['ours'];
  const cases = [...impls.flatMap((impl) => CFG.agendaNs.map((n) => ({key: `${impl}/${n}`, impl, n}))), {key: `floor/${big}`, impl: 'floor', n: big}];
  // Type a word, letter by letter, then delete it (the last key shows every session again); pick
  // filters and put them back to "any" (each second change shows every session again).
  const WORD = 'energy';
  const FILTERS = [['format', 'online'], ['format', ''], ['kind', 'workshop'], ['kind', ''], ['day', '2027-06-16'], ['day', '']];
  const interact = async (p, cdp, throttle) => {
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: throttle});
    await p.evaluate('window.__inputs = []');
    const box = p.locator('uclg-agenda input[type=search]');
    await box.focus();
    const settle = () => p.waitForTimeout(200 * throttle);
    const shown = [];
    for (const key of [...WORD, ...Array(WORD.length).fill('Backspace')]) {
      await p.keyboard.press(key);
      await settle();
      shown.push(await p.evaluate('window.__shown()'));
    }
    for (const [name, value] of FILTERS) {
      await p.locator(`uclg-agenda select[name=${name}]`).selectOption(value);
      await settle();
      shown.push(await p.evaluate('window.__shown()'));
    }
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: 1});
    const inputs = await p.evaluate('window.__inputs');
    return {keys: inputs.filter((x) => x.type === 'keydown').map((x) => x.ms), filters: inputs.filter((x) => x.type === 'change').map((x) => x.ms), shown};
  };
  const done = await interleave(cases, RUNS, ({impl, n}) =>
    withPage({}, async (p, cdp) => {
      await p.goto(origin + agendaPage(impl, n));
      const r = await pageDone(p);
      if (impl === 'floor' || n !== big) return r;
      await p.evaluate('window.__watch()');
      return {...r, input: await interact(p, cdp, 1), inputThrottled: await interact(p, cdp, THROTTLE)};
    }),
  );
  const median = (a) => stats(a ?? []).median;
  return done.map((c) => ({
    ...c,
    layout: summarize(c.runs, 'layout'),
    dom: summarize(c.runs, 'dom'),
    frame: summarize(c.runs, 'frame'),
    all: summarize(c.runs, 'all'),
    firstItems: summarize(c.runs, 'firstItems'),
    ...(c.impl !== 'floor' && c.n === big && {
      // Per run: the median (and the slowest) of its key presses, of its filter changes.
      keys: summarize(c.runs, (x) => median(x.input?.keys)),
      keysMax: summarize(c.runs, (x) => x.input && Math.max(...x.input.keys)),
      filters: summarize(c.runs, (x) => median(x.input?.filters)),
      filtersMax: summarize(c.runs, (x) => x.input && Math.max(...x.input.filters)),
      keysThrottled: summarize(c.runs, (x) => median(x.inputThrottled?.keys)),
      keysThrottledMax: summarize(c.runs, (x) => x.inputThrottled && Math.max(...x.inputThrottled.keys)),
      filtersThrottled: summarize(c.runs, (x) => median(x.inputThrottled?.filters)),
      filtersThrottledMax: summarize(c.runs, (x) => x.inputThrottled && Math.max(...x.inputThrottled.filters)),
      shown: c.runs.find((x) => x.input)?.input.shown,
    }),
  }));
}

async function figureCls() {
  log(`Figure 5: cumulative layout shift while the widget loads (script +${LIB_DELAY} ms, feed +${FEED_DELAY} ms)`);
  OURS_SNIPPETS ??= await prerendered();
  const cases = [...Object.keys(OURS_SNIPPETS), 'atcb', 'relative-time'].map((k) => ({key: k, impl: k}));
  const done = await interleave(cases, RUNS, ({impl}) =>
    withPage({}, async (p) => {
      let reserve;
      if (impl.endsWith('-return') || impl.endsWith('-styled')) {
        await p.goto(origin + clsPage(impl));
        await pageDone(p);
        if (impl.endsWith('-styled')) reserve = await p.evaluate(() => document.querySelector('main > :first-child').getBoundingClientRect().height);
      }
      await p.goto(origin + clsPage(impl, reserve));
      return {...(await pageDone(p)), reserve};
    }),
  );
  return done.map((c) => ({...c, cls: summarize(c.runs, 'cls')}));
}

// ---------------------------------------------------------------------------------------------
// Machine
// ---------------------------------------------------------------------------------------------
function machine(browserVersion) {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = cpuinfo.match(/^model name\s*:\s*(.*)$/m)?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  const osName = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]*)/m)?.[1] : os.type();
  let chromiumVersion;
  try {
    chromiumVersion = execFileSync(CHROME, ['--version'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim();
  } catch {
    chromiumVersion = `Chromium ${browserVersion}`;
  }
  let commit = 'unknown';
  let dirty = false;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim();
    dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'package.json'], {cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim() !== '';
  } catch {}
  return {
    cpu: model,
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: osName,
    node: process.version,
    chromium: chromiumVersion,
    browserVersion,
    library: JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version,
    commit: commit + (dirty ? ' (+ uncommitted changes)' : ''),
  };
}

// ---------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------
const kb = (b) => (b / 1024).toFixed(1);
const ms = (x) => (x == null ? '–' : x >= 100 ? x.toFixed(0) : x.toFixed(1));
const pct = (x) => (x == null ? '–' : `${(x * 100).toFixed(2)} %`);
const mib = (x) => (x == null ? '–' : (x / 2 ** 20).toFixed(1));
const range = (s, f) => (s.n ? `${f(s.median)} (${f(s.min)}–${f(s.max)})` : 'error');
const NAMES = {
  ours: '@uclg/widgets `<uclg-session-card>`',
  'ours-upcoming': '@uclg/widgets `<uclg-session-card>`, sessions ahead (each with its Add to calendar)',
  'ours-copy': 'the same cards\' shadow trees and style sheets, copied, no script (style + layout of their content)',
  floor: 'floor: Lit + trivial element',
  'relative-time': '`<relative-time>`',
  atcb: '`<add-to-calendar-button>`',
  naive: 'naive Lit countdown (setInterval each)',
  'ours-countdown-soon-pre': '@uclg/widgets `<uclg-countdown>`, pre-rendered, read two hours before its start',
  // Figure 5's cases, for each of our four elements (OURS_CLS).
  ...Object.fromEntries(
    Object.entries(OURS_CLS).flatMap(([k, element]) => {
      const tag = `uclg-${element}`;
      return [
        [`ours-${k}`, `@uclg/widgets \`<${tag} src>\``],
        [`ours-${k}-pre`, `@uclg/widgets \`<${tag}>\`, pre-rendered`],
        [`ours-${k}-styled`, `@uclg/widgets \`<${tag} src style="display:block;min-height:…">\``],
        [`ours-${k}-return`, `@uclg/widgets \`<${tag} src>\`, returning visitor (script cached)`],
        [`ours-${k}-render`, `@uclg/widgets \`<${tag} src>\`, script \`blocking="render"\``],
        [`ours-${k}-render-return`, `@uclg/widgets \`<${tag} src>\`, script \`blocking="render"\`, returning visitor (script cached)`],
        [`base-${k}`, `baseline \`<${tag} src>\``],
        [`base-${k}-return`, `baseline \`<${tag} src>\`, returning visitor (script cached)`],
      ];
    }),
  ),
};

function evaluateTargets(r) {
  const CFG = r.config;
  const targets = [];
  if (r.sizes) {
    const ours = r.sizes.rows.find((x) => x.id === 'ours');
    const limit = 18 * 1024;
    targets.push({
      id: 'size',
      target: 'CDN module ≤ 18 KB gzip',
      value: `${kb(ours.gzip)} KB gzip (${ours.gzip} B)`,
      met: ours.gzip <= limit,
      margin: ours.gzip <= limit ? `${kb(limit - ours.gzip)} KB under` : `over by ${kb(ours.gzip - limit)} KB (${ours.gzip - limit} B, ${(((ours.gzip - limit) / limit) * 100).toFixed(1)} %)`,
      where: r.sizes.composition ? `largest parts (minified): ${r.sizes.composition.parts.slice(0, 4).map((p) => `${p.name} ${kb(p.bytes)} KB`).join(', ')}; Lit alone is ${kb(r.sizes.rows.find((x) => x.id === 'floor').gzip)} KB gzip` : '',
    });
  }
  if (r.ticks) {
    const ours = r.ticks.find((c) => c.key === `ours/${CFG.peerTickN}`);
    const rt = r.ticks.find((c) => c.key === `relative-time/${CFG.peerTickN}`);
    if (ours?.task.n && rt?.task.n) {
      targets.push({
        id: 'ticks',
        target: `${CFG.peerTickN} countdowns cost less main-thread time than ${CFG.peerTickN} \`relative-time\``,
        value: `${pct(ours.task.median)} vs ${pct(rt.task.median)} of wall time`,
        met: ours.task.median < rt.task.median,
        margin: ours.task.median < rt.task.median ? `${(rt.task.median / ours.task.median).toFixed(2)}× cheaper` : `${(ours.task.median / rt.task.median).toFixed(2)}× dearer`,
        where: `style + layout ${pct(ours.layout.median)} vs ${pct(rt.layout.median)}; everything else (script, DOM, paint) ${pct(ours.task.median - ours.layout.median)} vs ${pct(rt.task.median - rt.layout.median)}`,
      });
    }
  }
  if (r.parsed) {
    const c = r.parsed.find((x) => x.key === 'ours/100');
    const ahead = r.parsed.find((x) => x.key === 'ours-upcoming/100');
    const copied = r.parsed.find((x) => x.key === 'ours-copy/100');
    if (c?.layout.n) {
      // Issue 15: 150 ms in the same run (it was 50 ms before).
      targets.push({
        id: 'cards',
        target: '100 cards render in ≤ 150 ms after the feed is parsed',
        value: `${ms(c.layout.median)} ms (DOM committed: ${ms(c.dom.median)} ms)`,
        met: c.layout.median <= 150,
        margin: c.layout.median <= 150 ? `${ms(150 - c.layout.median)} ms under` : `over by ${ms(c.layout.median - 150)} ms (${(((c.layout.median - 150) / 150) * 100).toFixed(0)} %)`,
        where: `rendering ${ms(c.dom.median / 100)} ms per card, then style + layout ${ms(c.layout.median - c.dom.median)} ms for all; Lit floor: ${ms(r.parsed.find((x) => x.key === 'floor/100')?.layout.median)} ms for 100${c.cpu?.n ? `; main-thread CPU ${ms(c.cpu.median)} ms, of which style + layout ${ms(c.cpuStyleLayout.median)} ms` : ''}${copied?.layout.n ? `; their DOM and style sheets copied with no script: ${ms(copied.layout.median)} ms${copied.cpu?.n ? ` (CPU ${ms(copied.cpu.median)} ms)` : ''}` : ''}${ahead?.layout.n ? `; the same cards before their sessions (each with its Add to calendar): ${ms(ahead.layout.median)} ms` : ''}`,
      });
    }
  }
  if (r.agenda) {
    const floor = r.agenda.find((x) => x.impl === 'floor');
    const f = floor?.layout.median;
    for (const [n, limit] of [[1000, 250], [300, 100]]) {
      const c = r.agenda.find((x) => x.key === `ours/${n}`);
      if (!c?.layout.n) continue;
      const v = c.layout.median;
      const ratio = f ? v / f : null;
      const met = v <= limit && (n !== 1000 || (ratio !== null && ratio <= 3));
      targets.push({
        id: `agenda-${n}`,
        target: `agenda of ${n} sessions renders in ≤ ${limit} ms, feed parse and layout included${n === 1000 ? `, and ≤ 3× the Lit floor (${floor.n} trivial elements)` : ''} (issue 18)`,
        value: `${ms(v)} ms (DOM committed ${ms(c.dom.median)} ms)${n === 1000 && f ? `; floor ${ms(f)} ms, ${ratio.toFixed(1)}×` : ''}${c.firstItems?.n && c.firstItems.median < n ? `; that is the first screen (${c.firstItems.median} sessions in the DOM), all ${n} in the DOM + layout: ${ms(c.all.median)} ms` : ''}`,
        met,
        margin: v <= limit ? `${ms(limit - v)} ms under${n === 1000 && ratio > 3 ? `, but ${ratio.toFixed(1)}× the floor` : ''}` : `over by ${ms(v - limit)} ms (${(((v - limit) / limit) * 100).toFixed(0)} %)`,
        where: `parse + render ${ms(c.dom.median)} ms, then style + layout ${ms(v - c.dom.median)} ms`,
      });
    }
    const c = r.agenda.find((x) => x.impl === 'ours' && x.keys);
    for (const [suffix, limit, throttle] of [['', 16, 1], ['Throttled', 50, CFG.throttle]]) {
      const keys = c?.[`keys${suffix}`];
      const filters = c?.[`filters${suffix}`];
      if (!keys?.n || !filters?.n) continue;
      const worst = Math.max(keys.median, filters.median);
      targets.push({
        id: `agenda-input${suffix ? '-throttled' : ''}`,
        target: `agenda of 1000 sessions: a search keystroke or filter change → next frame ≤ ${limit} ms, median${throttle !== 1 ? `, CPU throttled ${throttle}×` : ''} (issue 18)`,
        value: `keystroke ${ms(keys.median)} ms, filter change ${ms(filters.median)} ms`,
        met: worst <= limit,
        margin: worst <= limit ? `${ms(limit - worst)} ms under` : `over by ${ms(worst - limit)} ms`,
        where: `slowest of each run (median over runs): keystroke ${ms(c[`keys${suffix}Max`].median)} ms, filter change ${ms(c[`filters${suffix}Max`].median)} ms (those that show all 1000 sessions again)`,
      });
    }
  }
  if (r.cls) {
    const c = r.cls.find((x) => x.key === 'ours-card');
    if (c?.cls.n) targets.push({id: 'cls', target: 'layout shift 0 (card loading its feed)', value: `${c.cls.median.toFixed(4)} (max ${c.cls.max.toFixed(4)})`, met: c.cls.max === 0, margin: c.cls.max === 0 ? 'met' : `over by ${c.cls.max.toFixed(4)}`,
      where: (c.runs.find((x) => x.shifts?.length)?.shifts ?? []).map((x) => `${x.value.toFixed(4)} at ${x.at} ms (moved: ${x.sources.map((s) => s.node ?? s).join(', ')})`).join('; ')});
  }
  return targets;
}

/**
 * The figures issue 15 started from, as the issue records them: the bench run of 2026-11-23
 * (CLS) and Lighthouse on the `npm start` demo page, shown beside today's so the change stays visible. A
 * pre-rendered widget did not exist then.
 */
const BEFORE_ISSUE_15 = {
  when: '2026-11-23',
  cls: {'ours-card': 0.134, 'ours-countdown': 0.035},
  lighthouse: {page: 'examples/index.html', cls: 0.354, tbt: 330, performance: 75},
};

/** Section 7: the last `node bench/lighthouse.mjs` (bench/lighthouse.{json,md}), beside issue 15's start. */
function lighthouseSection(L) {
  const json = join(BENCH, 'lighthouse.json');
  if (!existsSync(json)) return;
  const rows = JSON.parse(readFileSync(json, 'utf8'));
  const header = readFileSync(join(BENCH, 'lighthouse.md'), 'utf8').split('\n').find((l) => /^\d{4}-\d\d-\d\d /.test(l)) ?? '';
  const score = (x) => Math.round(x * 100);
  const b = BEFORE_ISSUE_15.lighthouse;
  L.push('## 7. Lighthouse on the example pages (mobile)');
  L.push('');
  L.push(`From [lighthouse.md](lighthouse.md) (\`node bench/lighthouse.mjs\`, a separate run: ${header.replace(/\.$/, '')}). "Before" is what issue 15 recorded on the demo page when it was filed. CI gates every page: CLS ≤ 0.01, accessibility, best practices and SEO 100 (the pre-rendered page since 2026-12-01, all five since 2026-12-02, when the other four got the README's reserving \`min-height\`).`);
  L.push('');
  L.push('| page | run | CLS | total blocking time (ms) | performance | accessibility | best practices | SEO |');
  L.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  L.push(`| ${b.page}, before issue 15 | | ${b.cls.toFixed(3)} | ${b.tbt} | ${b.performance} | — | — | — |`);
  for (const x of rows) L.push(`| ${x.page} | ${x.run} | ${x.cls.toFixed(3)} | ${Math.round(x.tbt)} | ${score(x.performance)} | ${score(x.accessibility)} | ${score(x['best-practices'])} | ${score(x.seo)} |`);
  L.push('');
}

function markdown(r) {
  const {quick: QUICK, runs: RUNS} = r;
  const CFG = r.config;
  const {throttle: THROTTLE, libDelayMs: LIB_DELAY, feedDelayMs: FEED_DELAY, settleMs: SETTLE_MS} = r.config;
  const m = r.machine;
  const v = (name) => r.versions?.[name] ?? pkgVersion(name);
  const L = [];
  const loadLine = (rows) => {
    const l = stats(rows.flatMap((c) => c.runs.map((x) => x.load1)));
    if (l.n) L.push(`Machine's 1-minute load average as these runs ended: median ${l.median.toFixed(2)}, ${l.min.toFixed(2)}–${l.max.toFixed(2)}.`, '');
  };
  L.push(`# Benchmark results${QUICK ? ' (quick smoke run: not for quoting)' : ''}`);
  L.push('');
  L.push(`Generated by \`npm run bench\` (bench/run.mjs). What each figure means and its caveats: [README.md](README.md).`);
  L.push('');
  L.push(`| | |`);
  L.push(`| --- | --- |`);
  L.push(`| date | ${r.date} |`);
  L.push(`| machine | ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os} |`);
  L.push(`| browser | ${m.chromium} (headless=new, via playwright-core ${v('playwright-core')}) |`);
  L.push(`| Node | ${m.node} |`);
  L.push(`| @uclg/widgets | ${m.library}, commit ${m.commit} |`);
  L.push(`| peers | add-to-calendar-button ${v('add-to-calendar-button')}, @github/relative-time-element ${v('@github/relative-time-element')}, lit ${v('lit')} |`);
  L.push(`| runs | ${RUNS} per figure (fresh browser context each), interleaved; cells are **median (min–max)** |`);
  L.push(`| duration | ${r.durationS} s${r.waitedS ? ` (plus ${r.waitedS} s waiting for a quiet machine)` : ''} |`);
  L.push(`| load average (1, 5, 15 min) | start ${m.loadAverage.start.join(', ')}; end ${m.loadAverage.end.join(', ')} |`);
  L.push('');
  const loadAll = stats([r.render, r.parsed, r.ticks, r.cls, r.agenda].filter(Boolean).flatMap((f) => f.flatMap((c) => c.runs.map((x) => x.load1))));
  if (loadAll.n && loadAll.median > 3) {
    L.push(`> **Busy machine.** The 1-minute load average was ${loadAll.median.toFixed(2)} (median over runs, max ${loadAll.max.toFixed(2)}) on ${m.cores} cores while this ran: other work shared the CPU, so absolute times are inflated. Compare rows within this run (cases were interleaved, so all shared the same conditions) rather than with other runs.`);
    L.push('');
  }
  const targets = evaluateTargets(r);
  if (targets.length) {
    L.push('## Targets');
    L.push('');
    // The run before this one (its committed results), beside: the same figure then.
    const prev = r.previous;
    // By id; runs from before ids, by the target's first two words ("100 cards", "CDN module").
    const words = (t) => t.target.split(' ').slice(0, 2).join(' ');
    const same = (p, t) => (p.id && t.id ? p.id === t.id : words(p) === words(t));
    const before = (t) => prev?.targets?.find((p) => same(p, t))?.value ?? '';
    L.push(`| target | this run | | margin | where the cost is |${prev ? ` previous run (${prev.date.slice(0, 16).replace('T', ' ')} UTC, commit ${prev.commit}) |` : ''}`);
    L.push(`| --- | --- | --- | --- | --- |${prev ? ' --- |' : ''}`);
    for (const t of targets) L.push(`| ${t.target} | ${t.value} | ${t.met ? '**met**' : '**missed**'} | ${t.margin} | ${t.where ?? ''} |${prev ? ` ${before(t)} |` : ''}`);
    L.push('');
  }
  if (r.sizes) {
    L.push('## 1. Transfer size (what a script-tag user loads)');
    L.push('');
    // Merged from a later run of this figure alone (`--only=size`, exact: no runs needed).
    if (r.sizesRun) L.push(`Measured ${r.sizesRun.date.slice(0, 16).replace('T', ' ')} UTC at ${r.sizesRun.commit} (\`--only=size\`), later than the other figures.`, '');
    L.push('| file | raw | gzip -9 | brotli | gzip vs floor |');
    L.push('| --- | ---: | ---: | ---: | ---: |');
    const floor = r.sizes.rows.find((x) => x.id === 'floor');
    for (const x of r.sizes.rows) L.push(`| ${x.label} | ${kb(x.raw)} KB | ${kb(x.gzip)} KB | ${kb(x.brotli)} KB | ${x.id === 'floor' ? '—' : `${(x.gzip / floor.gzip).toFixed(1)}×`} |`);
    L.push('');
    L.push('KB = 1024 bytes. Sizes are exact (no runs needed). Each file is the only script its widget needs.');
    if (r.sizes.composition) {
      L.push('');
      L.push(`Where our bytes go (esbuild re-bundle of \`${r.sizes.composition.entry}\`, minified: ${kb(r.sizes.composition.total)} KB raw; shares are approximate for the terser build):`);
      L.push('');
      L.push('| part | minified | share |');
      L.push('| --- | ---: | ---: |');
      for (const p of r.sizes.composition.parts.filter((p) => p.share >= 0.01)) L.push(`| ${p.name} | ${kb(p.bytes)} KB | ${(p.share * 100).toFixed(1)} % |`);
      const small = r.sizes.composition.parts.filter((p) => p.share < 0.01);
      if (small.length) L.push(`| ${small.length} smaller parts | ${kb(small.reduce((a, p) => a + p.bytes, 0))} KB | ${(small.reduce((a, p) => a + p.share, 0) * 100).toFixed(1)} % |`);
    }
    L.push('');
  }
  if (r.render) {
    L.push('## 2a. Navigation → N elements rendered, and JS heap');
    L.push('');
    L.push('Elements in the HTML, one script tag; our cards fetch `examples/feed.json` (one request for all). Time from navigation start until every element has rendered its real content and style + layout are done (forced). Heap: JS heap used after a forced GC. Peers render far less per element (a button, a line of text): read them as references, not like-for-like.');
    L.push('');
    L.push('| element | N | rendered + layout (ms) | next frame (ms) | JS heap (MiB) |');
    L.push('| --- | ---: | ---: | ---: | ---: |');
    for (const c of r.render) L.push(`| ${NAMES[c.impl]} | ${c.n} | ${range(c.layout, ms)} | ${range(c.frame, ms)} | ${range(c.heap, mib)} |`);
    L.push('');
    loadLine(r.render);
  }
  if (r.parsed) {
    L.push('## 2b. N elements created from script → rendered (feed already parsed)');
    L.push('');
    // Merged from a later run of this figure alone (`--only=parsed`): say when, and the build.
    if (r.parsedRun) L.push(`Measured ${r.parsedRun.date.slice(0, 16).replace('T', ' ')} UTC at ${r.parsedRun.commit} (\`--only=parsed --runs=${r.parsedRun.runs}\`), later than the other figures.`, '');
    const by = [...new Set(r.parsed.filter((c) => c.impl === 'ours').flatMap((c) => c.runs.map((x) => x.parsedBy)).filter(Boolean))];
    const how = by.includes('primer')
      ? 'our cards get the example feed through the `feed` property, parsed before the clock starts (this CDN module exports no `parseFeed`, so an untimed, hidden `<uclg-guiding-questions>`, removed afterwards, parses it into the library\'s per-object parse cache that every card reads).'
      : 'our cards get a feed already parsed with the module\'s `parseFeed` through the `feed` property.';
    L.push(`The page has loaded the module; ${how} Clock starts before creating the elements; stops when all have rendered (every \`updateComplete\`, nested elements included) and a forced style + layout is done. DOM column: before that layout.${r.parsed.some((c) => c.impl === 'ours-copy') ? ' The copied row: two cards rendered before the clock starts, their shadow trees and style sheets copied into 100 plain `<div>`s (no custom element, no Lit, no script of ours): what style and layout of the cards\' content cost by themselves.' : ''}`);
    L.push('');
    const cpu = r.parsed.some((c) => c.cpu?.n);
    if (cpu) L.push('Main-thread CPU: CDP `Performance.getMetrics` with thread ticks, TaskDuration from just before the clock starts to the page\'s answer after the next frame (RecalcStyleDuration + LayoutDuration of it beside). It spans what the next-frame column spans (and the page\'s answer): the rest of that column is time the main thread waited for one of the two cores.', '');
    L.push(`| element | N | rendered + layout (ms) | DOM committed (ms) | next frame (ms) |${cpu ? ' main-thread CPU (ms) | of which style + layout (ms) |' : ''}`);
    L.push(`| --- | ---: | ---: | ---: | ---: |${cpu ? ' ---: | ---: |' : ''}`);
    for (const c of r.parsed) L.push(`| ${NAMES[c.impl]} | ${c.n} | ${range(c.layout, ms)} | ${range(c.dom, ms)} | ${range(c.frame, ms)} |${cpu ? ` ${c.cpu?.n ? range(c.cpu, ms) : '–'} | ${c.cpuStyleLayout?.n ? range(c.cpuStyleLayout, ms) : '–'} |` : ''}`);
    L.push('');
    loadLine(r.parsed);
  }
  const tickTable = (rows, title, intro) => {
    L.push(title);
    L.push('');
    L.push(intro);
    L.push('');
    L.push('| element | N | main thread busy (share of wall) | of which style + layout | busy ms per s | layouts in window | ticked |');
    L.push('| --- | ---: | ---: | ---: | ---: | ---: | :---: |');
    for (const c of rows) {
      const name = c.impl === 'ours' ? '@uclg/widgets `<uclg-countdown>`' : c.impl === 'relative-time' ? '`<relative-time format="duration">`' : NAMES[c.impl];
      L.push(`| ${name} | ${c.n} | ${range(c.task, pct)} | ${range(c.layout, pct)} | ${range(c.taskMsPerSecond, ms)} | ${range(c.layoutCount, (x) => x.toFixed(0))} | ${c.allTicked ? 'yes' : 'NO'} |`);
    }
    L.push('');
  };
  if (r.ticks) tickTable(r.ticks, `## 3. Main-thread cost of ticking countdowns (${CFG.windowMs / 1000} s window)`, 'Every element shows seconds (start = now + 3 h). CDP `Performance.getMetrics` deltas over the window (TaskDuration; LayoutDuration + RecalcStyleDuration), divided by the window\'s wall time; the page is idle except for the countdowns. (ScriptDuration is in the JSON only: for the Lit elements it reads near zero although a CPU profile shows real script work, apparently because Lit renders in microtasks, which it does not count.) "ticked": the first element\'s text changed during every window.');
  if (r.ticks) loadLine(r.ticks);
  if (r.ticksThrottled) tickTable(r.ticksThrottled, `## 4. The same, CPU throttled ${THROTTLE}× (a low-end phone)`, `Same pages, right after the window above: \`Emulation.setCPUThrottlingRate({rate: ${THROTTLE}})\`, ${SETTLE_MS / 1000} s to settle, another ${CFG.windowMs / 1000} s window.`);
  if (r.cls) {
    L.push('## 5. Cumulative layout shift while the widget loads');
    L.push('');
    L.push(`A partner's page: a heading and a paragraph, the widget, a long paragraph below it. The script arrives ${LIB_DELAY} ms late and the feed ${FEED_DELAY} ms late (as from a CDN). Sum of \`layout-shift\` entries (PerformanceObserver, buffered) until 1 s after the widget rendered. A returning visitor's second load takes the script from the HTTP cache (served with a year's \`max-age\`, as a CDN serves a versioned URL), so the module usually runs before the page's first paint, and the feed from the network again, late: the loading box is what that paint shows, and it takes the height the widget took on the first visit (remembered in the browser since 2026-12-01; before, it was one line and the feed's arrival moved the page: card 0.1188, questions 0.0490, agenda 0.0724, countdown 0). When the module runs after that paint instead, the box appears at its full height in one shift. The rows with \`blocking="render"\` on the page's script tag make the first paint wait for the script (Chromium): its box is always in that paint, on a first visit too, at the cost of a first paint that waits for the script.`);
    L.push('');
    if (r.clsRun) L.push(`Measured ${r.clsRun.date.slice(0, 16).replace('T', ' ')} UTC at ${r.clsRun.commit} (\`--only=cls --runs=${r.clsRun.runs}\`), later than the other figures.`, '');
    const floors = r.cls.some((c) => c.runs.some((x) => shiftFloor(x) !== undefined));
    if (floors) L.push('"Least possible": the least that any growth of the element could score for the same move of the paragraph below it, from where it was first painted to where it ended (the shift arithmetic with the move cut into ever smaller shifts, within one session window): what a loading box that learns the height only after the first paint cannot go under.', '');
    L.push(`| widget | CLS | shifts per load | first contentful paint (ms) | before issue 15 (${BEFORE_ISSUE_15.when}) |${floors ? ' least possible |' : ''}`);
    L.push(`| --- | ---: | ---: | ---: | ---: |${floors ? ' ---: |' : ''}`);
    for (const c of r.cls) {
      const paint = summarize(c.runs, (x) => x.firstPaint);
      const floor = summarize(c.runs.filter((x) => x.shifts?.length), shiftFloor);
      L.push(`| ${NAMES[c.impl]} | ${range(c.cls, (x) => x.toFixed(4))} | ${range(summarize(c.runs, (x) => x.shifts?.length), (x) => x.toFixed(0))} | ${paint.n ? range(paint, (x) => x.toFixed(0)) : '—'} | ${BEFORE_ISSUE_15.cls[c.impl]?.toFixed(3) ?? '—'} |${floors ? ` ${floor.n ? range(floor, (x) => x.toFixed(4)) : '—'} |` : ''}`);
    }
    L.push('');
    loadLine(r.cls);
  }
  lighthouseSection(L);
  if (r.agenda) {
    L.push('## 6. A congress programme: `<uclg-agenda>` with 300 and 1,000 sessions (issue 18)');
    L.push('');
    // Merged from a later run of this figure alone (`--only=agenda`): say when, and the build.
    if (r.agendaRun) L.push(`Measured ${r.agendaRun.date.slice(0, 16).replace('T', ' ')} UTC at ${r.agendaRun.commit} (\`--only=agenda --runs=${r.agendaRun.runs}\`), later than the other figures.`, '');
    L.push(`A generated programme (\`src/test-support/programme.ts\`: five days, five kinds, three formats, two people per session; every session upcoming, so each has its "Add to calendar"). First render: the page has the feed's JSON (fetched and \`JSON.parse\`d before the clock starts); the clock runs from creating the agenda and setting the raw object as its \`feed\` (so the library parses it).`);
    L.push('');
    L.push(`- **rendered + layout**: until \`updateComplete\` and a forced style + layout: what the visitor sees first. From 100 sessions the agenda renders only its first screen in that update (the "in the DOM" column says how many sessions) and adds the rest in later tasks; a build without that (the baseline) has every session in the DOM at this point.`);
    L.push(`- **all in the DOM + layout**: until every session is in the DOM (\`listComplete\`, when the build has it) and a forced style + layout: the whole cost, spread over several tasks (the page can paint and take input between them).`);
    L.push('- **DOM committed** and **next frame**: the first update without the forced layout, and the end of the next frame after it.');
    L.push('');
    L.push('Floor: as many trivial Lit elements created from script, in the same run.');
    L.push('');
    L.push('| element | N | rendered + layout (ms) | in the DOM then | all in the DOM + layout (ms) | DOM committed (ms) | next frame (ms) |');
    L.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    const agendaName = (c) => (c.impl === 'floor' ? NAMES.floor : c.impl === 'baseline' ? `baseline \`<uclg-agenda>\` (${r.baseline})` : '@uclg/widgets `<uclg-agenda>`');
    const firstItems = (c) => (c.impl === 'floor' ? c.n : c.firstItems?.n ? `${c.firstItems.median}` : '');
    for (const c of r.agenda) L.push(`| ${agendaName(c)} | ${c.n} | ${range(c.layout, ms)} | ${firstItems(c)} | ${c.all?.n ? range(c.all, ms) : range(c.layout, ms)} | ${range(c.dom, ms)} | ${range(c.frame, ms)} |`);
    L.push('');
    const interactive = r.agenda.filter((x) => x.keys);
    const c = interactive[0];
    if (c) {
      L.push(`Then, at 1,000 sessions, in the same page: "energy" typed into the search box and deleted again, key by key (12 key presses, real keyboard events), then the format, type and day filters each chosen and put back to "any" (6 changes). Each is timed in the page from the event's own timestamp to the end of the next frame (\`requestAnimationFrame\`, then a message). Per run the median and the slowest; cells are medians over runs (min–max). The slowest are the ones that bring all 1,000 sessions back (the last Backspace, "any").`);
      L.push('');
      L.push('| element | CPU | keystroke, median | keystroke, slowest | filter change, median | filter change, slowest |');
      L.push('| --- | --- | ---: | ---: | ---: | ---: |');
      for (const x of interactive) {
        L.push(`| ${agendaName(x)} | full speed | ${range(x.keys, ms)} | ${range(x.keysMax, ms)} | ${range(x.filters, ms)} | ${range(x.filtersMax, ms)} |`);
        L.push(`| ${agendaName(x)} | throttled ${THROTTLE}× | ${range(x.keysThrottled, ms)} | ${range(x.keysThrottledMax, ms)} | ${range(x.filtersThrottled, ms)} | ${range(x.filtersThrottledMax, ms)} |`);
      }
      L.push('');
      if (c.shown) L.push(`Sessions shown after each step (checks that the search and filters did their work): ${c.shown.join(', ')}.`, '');
    }
    loadLine(r.agenda);
  }
  const all = stats([r.render, r.parsed, r.ticks, r.cls, r.agenda].filter(Boolean).flatMap((f) => f.flatMap((c) => c.runs.map((x) => x.load1))));
  if (all.n) {
    L.push(`1-minute load average as each run ended: median ${all.median.toFixed(2)}, max ${all.max.toFixed(2)} (on ${m.cores} cores; the benchmark alone brings it to about 2). Runs taken while something else was busy show up as outliers in the min–max ranges.`);
    L.push('');
  }
  const errors = [r.render, r.parsed, r.ticks, r.ticksThrottled, r.cls, r.agenda].flat().filter(Boolean).flatMap((c) => c.runs.filter((x) => x.error || x.pageErrors).map((x) => `${c.key}: ${x.error ?? x.pageErrors.join('; ')}`));
  if (errors.length) {
    L.push('## Errors during the run');
    L.push('');
    for (const e of [...new Set(errors)]) L.push(`- ${e}`);
    L.push('');
  }
  return L.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------
if (argv.includes('--report')) {
  // Re-renders bench/OUT.md from bench/OUT.json (no measuring): for changes to the report's layout.
  const saved = JSON.parse(readFileSync(join(BENCH, `${OUT}.json`), 'utf8'));
  saved.targets = evaluateTargets(saved);
  writeFileSync(join(BENCH, `${OUT}.json`), JSON.stringify(saved, null, 2) + '\n');
  writeFileSync(join(BENCH, `${OUT}.md`), markdown(saved) + '\n');
  log(`Rewrote bench/${OUT}.md from bench/${OUT}.json.`);
  process.exit(0);
}
log(`bench: ${QUICK ? 'quick' : 'full'} run, ${RUNS} runs per figure`);
// Other work on the machine skews every figure: say so, and optionally wait for quiet (--wait-quiet[=seconds]).
const waitQuiet = argv.find((a) => a.startsWith('--wait-quiet'));
if (waitQuiet) {
  const until = Date.now() + 1000 * Number(waitQuiet.split('=')[1] ?? 600);
  while (os.loadavg()[0] > 0.7 && Date.now() < until) {
    log(`  waiting for a quiet machine (1-min load ${os.loadavg()[0].toFixed(2)})…`);
    await sleep(15_000);
  }
}
// A build running at the same time removes dist/ for a few seconds: give it a minute.
for (let i = 0; !existsSync(DIST_CDN) && i < 12; i++) await sleep(5000);
if (!existsSync(DIST_CDN)) fail(`${relative(ROOT, DIST_CDN)} is missing: run \`npm run build\` at the root first.`);
const loadStart = os.loadavg();
const waitedS = Math.round((Date.now() - t0) / 1000);
const tStart = Date.now();
if (loadStart[0] > 1) log(`  warning: 1-min load average is ${loadStart[0].toFixed(2)} on ${os.cpus().length} cores: other work will skew the timings`);
await buildPeers();
const results = {date: new Date().toISOString(), quick: QUICK, runs: RUNS,
  versions: Object.fromEntries(['playwright-core', 'add-to-calendar-button', '@github/relative-time-element', 'lit', 'esbuild'].map((n) => [n, pkgVersion(n)])), config: {...CFG, settleMs: SETTLE_MS, throttle: THROTTLE, libDelayMs: LIB_DELAY, feedDelayMs: FEED_DELAY}};
if (wants('size')) {
  results.sizes = await figureSizes();
  const ours = results.sizes.rows[0];
  log(`Figure 1: ours ${ours.raw} B raw, ${ours.gzip} B gzip, ${ours.brotli} B brotli`);
}
// `?delay=<ms>` on a URL holds its answer back (the script and feed that arrive late in figure 5).
const server = await startServer({root: BENCH, routes, headers: CACHED_HEADERS});
origin = server.origin;
// Background throttling stays on: main-thread time is measured as a browser spends it.
browser = await launchChromium({browserType: chromium, backgroundThrottling: true});
try {
  results.machine = machine(browser.version());
  if (wants('render')) results.render = await figureRender();
  if (wants('parsed')) results.parsed = await figureParsed();
  if (wants('ticks')) {
    Object.assign(results, await figureTicks());
  }
  if (wants('cls')) results.cls = await figureCls();
  if (wants('agenda')) {
    results.agenda = await figureAgenda();
    if (BASELINE) results.baseline = BASELINE.split(/[\\/]/).pop();
  }
} finally {
  await browser.close();
  await server.close();
}
results.durationS = Math.round((Date.now() - tStart) / 1000);
results.waitedS = waitedS;
results.machine.loadAverage = {start: loadStart.map((x) => +x.toFixed(2)), end: os.loadavg().map((x) => +x.toFixed(2))};
results.targets = evaluateTargets(results);
// The committed results of the run before, kept beside this run's targets.
const previousFile = join(BENCH, `${OUT}.json`);
if (existsSync(previousFile)) {
  const p = JSON.parse(readFileSync(previousFile, 'utf8'));
  results.previous = {date: p.date, commit: p.machine?.commit, targets: p.targets};
}
writeFileSync(join(BENCH, `${OUT}.json`), JSON.stringify(results, null, 2) + '\n');
writeFileSync(join(BENCH, `${OUT}.md`), markdown(results) + '\n');
log(`\nWrote bench/${OUT}.md and bench/${OUT}.json in ${results.durationS} s.`);
for (const t of results.targets) log(`  ${t.met ? 'met   ' : 'MISSED'} ${t.target}: ${t.value} (${t.margin})`);
