/**
 * Shared by the end-to-end tests (test/e2e/*.test.mjs): the built files, the Debian Chromium,
 * a page that records everything that went wrong on it, and what the widgets show.
 * They test dist/cdn/ as built: run `npm run build` first. `UCLG_E2E_CDN_DIR=<dir>` tests another
 * build's CDN files instead (a candidate build made in a scratch copy of the repository).
 *
 * Each test file works on a snapshot of those files, copied when it starts into a temp dir and
 * served at /dist/cdn/: a `npm run build` started meanwhile (it empties dist/ first) cannot pull
 * them from under a running test. The copy waits (up to 20 s) for a build in progress to finish,
 * i.e. for integrity.json to match the files.
 */
import {createHash} from 'node:crypto';
import {cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {setTimeout as sleep} from 'node:timers/promises';
import {after, before} from 'node:test';
import {launchChromium} from '../../scripts/chromium.js';
import {startServer} from '../../scripts/static-server.js';
import {cdnUrl} from '../../scripts/embed-snippet.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BUILT_DIR = process.env.UCLG_E2E_CDN_DIR ?? join(ROOT, 'dist/cdn');
export const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
export const FEED = JSON.parse(readFileSync(join(ROOT, 'examples/feed.json'), 'utf8'));
export const EMBED = '/examples/embed/';
const FILES = ['uclg-widgets.js', 'uclg-widgets.iife.js', 'integrity.json'];

/**
 * The policy of examples/embed/hostile.html, sent as a header too: what a partner with a
 * strict CSP needs for the widgets. `trusted-types lit-html`: Lit's template policy, the only
 * one (structured data is microdata, no script text); 'allow-duplicates': a page may load two
 * copies of the library, and each creates Lit's policy. No 'unsafe-inline' for styles: Lit uses
 * constructable stylesheets (adoptedStyleSheets), which style-src does not govern.
 */
export const CSP = "default-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

/** The built files are there and integrity.json matches them (no build half-way). */
function consistent(dir) {
  try {
    const integrity = JSON.parse(readFileSync(join(dir, 'integrity.json'), 'utf8'));
    return FILES.slice(0, 2).every((f) => integrity[f] === `sha384-${createHash('sha384').update(readFileSync(join(dir, f))).digest('base64')}`);
  } catch {
    return false;
  }
}

async function snapshot() {
  for (const file of FILES) {
    if (!existsSync(join(BUILT_DIR, file))) {
      throw new Error(`${join(BUILT_DIR, file)} is missing: run \`npm run build\` before \`npm run test:e2e\`.`);
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'uclg-e2e-cdn-'));
  process.on('exit', () => rmSync(dir, {recursive: true, force: true}));
  for (let waited = 0; ; waited += 500) {
    cpSync(BUILT_DIR, dir, {recursive: true});
    if (consistent(dir) || waited >= 20_000) return dir; // inconsistent for good: the SRI test says so
    await sleep(500);
  }
}

/** This test file's copy of the CDN files (see above). */
export const CDN_DIR = await snapshot();
/** Mounts for startServer(): the CDN files at /dist/cdn/. */
export const CDN_MOUNT = {'/dist/cdn/': CDN_DIR};

/** The CDN's path to dist/cdn/ (jsDelivr's: /npm/@uclg/widgets@<version>/dist/cdn/). */
export const CDN_PATH = new URL(cdnUrl('x', PKG.version)).pathname.replace(/x$/, '');

/**
 * For the SRI tests: the repository (`site`), a browser (`b`), and a second origin standing in
 * for the CDN (`cdn`): the snapshot at jsDelivr's path, with CORS like jsDelivr, and under
 * /tampered the same path to a copy in which each file `tampered(dir)` names (paths under
 * dist/cdn/) has gained a comment. `cdn.requests` lists what was fetched.
 */
export async function openCdnSite(tampered) {
  const dir = mkdtempSync(join(tmpdir(), 'uclg-e2e-tampered-'));
  cpSync(CDN_DIR, dir, {recursive: true});
  for (const f of tampered(dir)) writeFileSync(join(dir, f), `${readFileSync(join(dir, f), 'utf8')}\n/* tampered */\n`);
  const cdn = await startServer({
    root: join(ROOT, 'dist/cdn/__nothing__'),
    mounts: {[CDN_PATH]: CDN_DIR, [`/tampered${CDN_PATH}`]: dir},
    allHeaders: {'access-control-allow-origin': '*'},
  });
  const site = await startServer({root: ROOT});
  const b = await openBrowser();
  return {
    b,
    site,
    cdn,
    close: async () => {
      await b.close();
      await site.close();
      await cdn.close();
      rmSync(dir, {recursive: true, force: true});
    },
  };
}

/**
 * For a test file: the repository served with the CDN snapshot at /dist/cdn/, and a browser
 * (openBrowser), both opened before its tests and closed after them. Read `site.b` and
 * `site.server` inside tests.
 */
export function useSite() {
  const site = {b: undefined, server: undefined};
  before(async () => {
    site.server = await startServer({root: ROOT, mounts: CDN_MOUNT});
    site.b = await openBrowser();
  });
  after(async () => {
    await site.b?.close();
    await site.server?.close();
  });
  return site;
}

/** One browser, one context (800×900, en-GB, UTC) and one page, reused by a whole test file. */
export async function openBrowser() {
  const browser = await launchChromium();
  const context = await browser.newContext({viewport: {width: 800, height: 900}, locale: 'en-GB', timezoneId: 'UTC'});
  // Before any script of the page: every CSP violation, whichever policy reported it.
  await context.addInitScript(() => {
    window.__violations = [];
    window.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}${e.sample ? `: ${e.sample}` : ''}`);
    }, true);
    // When the library ran: while the document was still being parsed ('loading') or after.
    customElements.whenDefined('uclg-session-card').then(() => {
      window.__definedWhile = document.readyState;
    });
  });
  const page = await context.newPage();
  const log = {console: [], errors: []};
  page.on('console', (m) => log.console.push({type: m.type(), text: m.text()}));
  page.on('pageerror', (e) => log.errors.push(e.message));
  return {
    browser,
    context,
    page,
    /**
     * Loads `url` and waits until every widget shows data or has given up (an error state), at
     * most `timeout` ms. Returns `ready` (all show data), what they show, and what went wrong
     * meanwhile: console errors and warnings, uncaught exceptions, CSP violations.
     */
    async visit(url, {timeout = 8_000} = {}) {
      log.console.length = 0;
      log.errors.length = 0;
      await page.goto(url);
      await page.waitForFunction(widgetsSettled, undefined, {timeout, polling: 50}).catch(() => {});
      await settle(page);
      return {ready: await page.evaluate(widgetsReady), widgets: await page.evaluate(describeWidgets), ...(await this.problems())};
    },
    /** What has gone wrong on the page since the last visit. */
    async problems() {
      return {
        consoleErrors: log.console.filter((m) => m.type === 'error').map((m) => m.text),
        warnings: log.console.filter((m) => m.type === 'warning').map((m) => m.text),
        exceptions: [...log.errors],
        violations: await page.evaluate(() => window.__violations ?? []),
      };
    },
    close: () => browser.close(),
  };
}

/**
 * A first visit as the field makes it: a fresh context (no cache, no storage) on a window of
 * `width`×`height`, where the CDN script and the feeds answer `late.script` and `late.feed` ms
 * late (as from a CDN), every layout shift recorded in the page as `window.__shifts` ({value,
 * at}), and `pages` (path → HTML) served as well. Returns the context (close it), its page and
 * the console errors and exceptions the page has.
 */
export async function lateVisit(browser, [width, height], late, pages = {}) {
  const context = await browser.newContext({viewport: {width, height}, locale: 'en-GB', timezoneId: 'Europe/Madrid'});
  try {
    await context.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push({value: e.value, at: e.startTime});
      }).observe({type: 'layout-shift', buffered: true});
    });
    for (const [path, body] of Object.entries(pages)) await context.route(`**${path}`, (route) => route.fulfill({status: 200, contentType: 'text/html', body}));
    await context.route(/\/uclg-widgets(\.iife)?\.js$|feed\.json$/, async (route) => {
      const response = await route.fetch();
      await sleep(/feed\.json$/.test(route.request().url()) ? late.feed : late.script);
      await route.fulfill({response});
    });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    return {context, page, errors};
  } catch (e) {
    await context.close();
    throw e;
  }
}

/** Fonts loaded and two frames painted: the layout is final. */
export async function settle(page) {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

/**
 * Run in the page: every widget of the page is defined and shows data (not a loading or error
 * state): a card its title, a countdown its timer or headline, questions a list, an agenda items.
 */
export function widgetsReady() {
  const els = [...document.querySelectorAll('uclg-session-card, uclg-countdown, uclg-guiding-questions, uclg-agenda')];
  return els.length > 0 && els.every((el) => {
    const root = el.shadowRoot;
    if (!customElements.get(el.localName) || !root) return false;
    if (el.localName === 'uclg-session-card') return !!root.querySelector('#title')?.textContent.trim();
    if (el.localName === 'uclg-countdown') return !!root.querySelector('[role="timer"], .headline');
    return !!root.querySelector('li');
  });
}

/** Run in the page: widgetsReady() (repeated: a page function must be self-contained), or some widget shows an error or "not found" state, or crashed. */
export function widgetsSettled() {
  const els = [...document.querySelectorAll('uclg-session-card, uclg-countdown, uclg-guiding-questions, uclg-agenda')];
  const gaveUp = els.some((el) => el.shadowRoot?.querySelector('[role="alert"], .state:not([aria-busy="true"])'));
  const ready = els.length > 0 && els.every((el) => {
    const root = el.shadowRoot;
    if (!customElements.get(el.localName) || !root) return false;
    if (el.localName === 'uclg-session-card') return !!root.querySelector('#title')?.textContent.trim();
    if (el.localName === 'uclg-countdown') return !!root.querySelector('[role="timer"], .headline');
    return !!root.querySelector('li');
  });
  return gaveUp || ready;
}

/** Run in the page: what each widget shows, for assertions and for failure messages. */
export function describeWidgets() {
  const text = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return [...document.querySelectorAll('uclg-session-card, uclg-countdown, uclg-guiding-questions, uclg-agenda')].map((el) => {
    const root = el.shadowRoot;
    const questions = (host) => [...(host?.shadowRoot?.querySelectorAll('li') ?? [])];
    const nested = root?.querySelector('uclg-guiding-questions');
    return {
      tag: el.localName,
      session: el.getAttribute('session'),
      defined: !!customElements.get(el.localName),
      text: root ? text(root) : null,
      title: text(root?.querySelector('#title')) || null,
      timer: root?.querySelector('[role="timer"]')?.getAttribute('aria-label') ?? null,
      // A card shows its questions in its own shadow tree (.questions); older builds nested a <uclg-guiding-questions>.
      questions: (nested ? questions(nested) : el.localName === 'uclg-session-card' ? [...(root?.querySelectorAll('.questions li') ?? [])] : questions(el)).map((li) => ({text: text(li), shown: getComputedStyle(li).display !== 'none'})),
      button: text(root?.querySelector('section > button')) || null,
      events: root?.querySelectorAll('[itemtype="https://schema.org/Event"][data-uclg-session]').length ?? 0,
    };
  });
}

/** The session `id` of examples/feed.json, its texts as describeWidgets() reports them (norm). */
export function session(id) {
  const s = FEED.sessions.find((x) => x.id === id);
  if (!s) throw new Error(`examples/feed.json has no session ${id}`);
  const texts = (t) => Object.fromEntries(Object.entries(t).map(([k, v]) => [k, norm(v)]));
  return {...s, title: texts(s.title), kind: texts(s.kind), guidingQuestions: s.guidingQuestions.map(texts)};
}

/**
 * `html` served at `path` by `site`'s server, in a fresh context of its browser (JavaScript on or
 * off, the visitor in New York): its page, the console errors it logs, and a way to close it.
 */
export async function openHtml(site, path, html, {javaScript}) {
  site.server.routes.set(path, {body: html, type: 'text/html; charset=utf-8'});
  const context = await site.b.browser.newContext({javaScriptEnabled: javaScript, timezoneId: 'America/New_York', locale: 'en-US'});
  const p = await context.newPage();
  const errors = [];
  p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  p.on('pageerror', (e) => errors.push(e.message));
  await p.goto(site.server.origin + path);
  return {p, errors, close: () => context.close()};
}

/** Text as describeWidgets() reports it: whitespace (no-break spaces included) collapsed. */
export const norm = (text) => text.replace(/\s+/g, ' ').trim();

/** A readable list for assertion messages. */
export const list = (items) => (items.length ? `\n  - ${items.join('\n  - ')}` : ' (none)');
