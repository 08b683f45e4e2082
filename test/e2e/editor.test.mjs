/**
 * The feed editor (dist/editor/, issue 19) in Chromium: open the example feed, change a French
 * title and see the preview change, add a session, see a problem at its field with its hint and
 * fix it, download; the download passes `uclg-widgets validate` and is exactly what was edited,
 * in the schema's key order. Then: the draft survives a reload, axe finds nothing in English,
 * French and Spanish, the page works from file://, and a keyboard alone can do the job.
 *
 * Run: npm run build && node --test test/e2e/editor.test.mjs
 */
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {CDN_MOUNT, FEED, openBrowser, ROOT} from './harness.mjs';
import {startServer} from '../../scripts/static-server.js';
import {csvToFeed, feedToCsv} from '../../dist/feed/csv.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_OPTIONS = {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}};

// A snapshot of the built editor, like the harness's of the CDN files: a build started meanwhile
// cannot pull it from under the test.
const BUILT = join(ROOT, 'dist/editor');
if (!existsSync(join(BUILT, 'index.html')) || !existsSync(join(BUILT, 'editor.js'))) {
  throw new Error('dist/editor/ is missing: run `npm run build` first.');
}
const EDITOR_DIR = mkdtempSync(join(tmpdir(), 'uclg-e2e-editor-'));
for (const f of ['index.html', 'editor.js']) cpSync(join(BUILT, f), join(EDITOR_DIR, f));
process.on('exit', () => rmSync(EDITOR_DIR, {recursive: true, force: true}));

let b;
let server;
let url;
before(async () => {
  server = await startServer({root: ROOT, mounts: {...CDN_MOUNT, '/editor/': EDITOR_DIR}});
  url = `${server.origin}/editor/index.html`;
  b = await openBrowser();
  await b.page.setViewportSize({width: 1400, height: 1000});
});
after(async () => {
  await b?.close();
  await server?.close();
});

const page = () => b.page;
const ed = () => page().locator('uclg-feed-editor');
const field = (path) => ed().locator(`#f-${path.replace(/[^A-Za-z0-9_-]+/g, '-')}`);

/** A fresh editor: nothing kept from an earlier test. */
async function fresh() {
  await page().goto(url);
  await page().evaluate(() => localStorage.clear());
  await page().goto(url);
  await ed().locator('.open').waitFor();
}

/** The element that has focus, through shadow roots. */
const focused = () =>
  page().evaluate(() => {
    let a = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return {id: a?.id ?? '', text: (a?.textContent ?? '').trim(), tag: a?.localName};
  });

/** Presses Tab until `matches(focused)` (at most `max` times); returns how many presses. */
async function tabTo(matches, max = 120) {
  for (let i = 1; i <= max; i++) {
    await page().keyboard.press('Tab');
    if (matches(await focused())) return i;
  }
  assert.fail(`never reached by Tab (last: ${JSON.stringify(await focused())})`);
}

async function axe() {
  await page().addScriptTag({content: AXE_SOURCE});
  return page().evaluate(async (options) => {
    const r = await window.axe.run(document, options);
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, AXE_OPTIONS);
}

describe('feed editor', () => {
  test('edit, add, fix, download: valid and exactly what was edited', async () => {
    await fresh();
    await ed().getByRole('button', {name: 'Start from the example feed'}).click();
    await ed().getByText('The feed is valid (2 sessions).').waitFor();

    // A French title, seen in the French preview.
    const title = 'Numérisation inclusive : ce qui change en 2021';
    await ed().locator('#preview-lang').selectOption('fr');
    await field('sessions[0].title.fr').fill(title);
    const card = ed().locator('uclg-session-card');
    await page().waitForFunction(
      ([t]) => document.querySelector('uclg-feed-editor').shadowRoot.querySelector('uclg-session-card')?.shadowRoot?.querySelector('#title')?.textContent.trim() === t,
      [title], {timeout: 5000},
    );
    assert.equal(await card.getAttribute('lang'), 'fr');

    // A new session: its empty kind and title are problems, shown at their fields with the hint.
    await ed().getByRole('button', {name: 'Add a session'}).click();
    const titleEn = field('sessions[2].title.en');
    await assert.doesNotReject(titleEn.evaluate((el) => el.getRootNode().activeElement === el || Promise.reject(new Error('not focused'))));
    await ed().getByText('2 problems', {exact: true}).first().waitFor();
    assert.equal(await titleEn.getAttribute('aria-invalid'), 'true');
    const note = ed().locator(`#${await titleEn.getAttribute('aria-describedby')}`);
    assert.match(await note.textContent(), /has no text in en, fr or es.*How to fix it: write \{"en"/s);

    // The French meter counts the new texts and jumps to the first one without French.
    await titleEn.fill('Closing plenary');
    await field('sessions[2].kind.en').fill('Plenary');
    await ed().getByText('The feed is valid (3 sessions).').waitFor();
    await ed().getByText('French: 31/33 texts').waitFor();
    // From the field last edited (the kind), the next text without French, then round to the first.
    await ed().getByRole('button', {name: 'Next text missing in French'}).click();
    assert.equal((await focused()).id, 'f-sessions-2-title-fr');
    await ed().getByRole('button', {name: 'Next text missing in French'}).click();
    assert.equal((await focused()).id, 'f-sessions-2-kind-fr');

    // A reported problem fixed: an end before the start.
    const end = field('sessions[2].end');
    assert.equal(await end.inputValue(), '2021-05-20T14:30');
    await end.fill('2021-05-20T13:00');
    await end.dispatchEvent('change');
    const endNote = ed().locator('#f-sessions-2-end-problem');
    await endNote.waitFor();
    assert.match(await endNote.textContent(), /is not after start.*make end later than start/s);
    assert.equal(await end.getAttribute('aria-invalid'), 'true');
    assert.match(await end.getAttribute('aria-describedby'), /f-sessions-2-end-problem/);
    await end.fill('2021-05-20T15:00');
    await end.dispatchEvent('change');
    await ed().getByText('The feed is valid (3 sessions).').waitFor();
    assert.equal(await end.getAttribute('aria-invalid'), null);

    // Download.
    const [download] = await Promise.all([page().waitForEvent('download'), ed().getByRole('button', {name: 'Download feed.json'}).click()]);
    assert.equal(download.suggestedFilename(), 'feed.json');
    const file = join(EDITOR_DIR, 'downloaded.json');
    await download.saveAs(file);
    const text = readFileSync(file, 'utf8');

    const expected = structuredClone(FEED);
    expected.sessions[0].title.fr = title;
    expected.sessions.push({
      id: 'session-3', kind: {en: 'Plenary'}, title: {en: 'Closing plenary'}, body: [],
      start: '2021-05-20T13:30', end: '2021-05-20T15:00', timeZone: 'Europe/Madrid', guidingQuestions: [], links: {},
    });
    assert.deepEqual(JSON.parse(text), expected);
    // Schema key order, two spaces, a final newline: examples/feed.json is written that way, so the
    // download is its text with only the edits changed.
    assert.equal(text, `${JSON.stringify(expected, null, 2)}\n`);
    const out = execFileSync(process.execPath, [join(ROOT, 'bin/uclg-widgets.js'), 'validate', file], {encoding: 'utf8'});
    assert.match(out, /valid \(3 sessions\)/);

    // The spreadsheet: the same file as `uclg-widgets export --format csv` writes.
    const [csv] = await Promise.all([page().waitForEvent('download'), ed().getByRole('button', {name: 'Download CSV'}).click()]);
    assert.equal(csv.suggestedFilename(), 'programme.csv');
    await csv.saveAs(join(EDITOR_DIR, 'programme.csv'));
    assert.equal(readFileSync(join(EDITOR_DIR, 'programme.csv'), 'utf8'), feedToCsv(expected).csv);
  });

  test('the draft survives a reload; leaving with unsaved changes asks first', async () => {
    // Continues from the test above: the download made the draft clean.
    await page().goto(url);
    assert.equal(await field('sessions[0].title.fr').inputValue(), 'Numérisation inclusive : ce qui change en 2021');
    assert.equal(await ed().locator('.sessions li').count(), 4, 'the event and three sessions');
    await field('sessions[0].title.es').fill('Otro título');
    await page().waitForTimeout(400); // the debounced save
    const kept = await page().evaluate(() => JSON.parse(localStorage.getItem('uclg-widgets:editor:draft:v1')));
    assert.equal(kept.draft.sessions[0].title.es, 'Otro título');
    assert.equal(kept.dirty, true);
    const asked = new Promise((resolve) => page().once('dialog', (d) => resolve(d.type()) || d.dismiss()));
    await page().close({runBeforeUnload: true});
    assert.equal(await asked, 'beforeunload');
    b.page = await b.context.newPage();
    await b.page.setViewportSize({width: 1400, height: 1000});
  });

  test('a session in a DST gap: the parser says the time does not exist, at the start field', async () => {
    await fresh();
    await ed().getByRole('button', {name: 'Start from the example feed'}).click();
    const start = field('sessions[0].start');
    await start.fill('2021-03-28T02:30');
    await start.dispatchEvent('change');
    const end = field('sessions[0].end');
    await end.fill('2021-03-28T03:30');
    await end.dispatchEvent('change');
    const note = ed().locator('#f-sessions-0-start-problem');
    await note.waitFor();
    assert.match(await note.textContent(), /02:30 does not exist in Europe\/Madrid/);
  });

  test('a zone written as its city: the hint names the zone, and its button writes it (in French)', async () => {
    await fresh();
    await ed().locator('#ui-lang').selectOption('fr');
    await ed().getByRole('button', {name: 'Partir du flux d’exemple'}).click();
    await ed().locator('.sessions .item').nth(1).click();
    const zone = field('sessions[0].timeZone');
    await zone.fill('Madrid');
    await zone.dispatchEvent('change');
    const note = ed().locator('#f-sessions-0-timeZone-problem');
    await note.waitFor();
    assert.match(await note.textContent(), /"Madrid" is not an IANA time zone.*Comment corriger : name the zone with its region: "Europe\/Madrid"/s);
    // The parser's English is marked so (a French voice would read it otherwise), one full stop each.
    assert.deepEqual(await note.locator('span[lang="en"]').allTextContents(), ['"Madrid" is not an IANA time zone such as "Europe/Madrid".', 'name the zone with its region: "Europe/Madrid".']);
    // While the zone is being fixed, the times stay in their fields, and the preview does not
    // show another session in place of the one being edited (the parser left it out).
    assert.equal(await field('sessions[0].start').inputValue(), '2021-05-19T12:00');
    assert.equal(await field('sessions[0].end').inputValue(), '2021-05-19T13:30');
    assert.doesNotMatch(await ed().locator('.preview').innerText(), new RegExp(FEED.sessions[1].title.fr.slice(0, 20)));
    await note.getByRole('button', {name: 'Utiliser « Europe/Madrid »'}).click();
    await note.waitFor({state: 'detached'});
    assert.equal(await zone.inputValue(), 'Europe/Madrid');
    assert.equal(await zone.getAttribute('aria-invalid'), null);
  });

  for (const [lang, name] of [['en', 'English'], ['fr', 'Français'], ['es', 'Español']]) {
    test(`axe finds no violation (${lang})`, async () => {
      await fresh();
      await ed().locator('#ui-lang').selectOption(lang);
      assert.deepEqual(await axe(), [], 'start screen');
      await ed().locator('.starts button').first().click();
      await ed().locator('.workspace').waitFor();
      await ed().locator('#preview-lang').selectOption(lang);
      await page().waitForTimeout(500);
      assert.equal(await page().evaluate(() => document.documentElement.lang), lang);
      assert.ok((await ed().locator('#ui-lang option:checked').textContent()).includes(name));
      assert.deepEqual(await axe(), [], 'the example feed open');
      await ed().locator('.sessions .item').nth(2).click();
      await ed().locator('.side > button').click(); // a session with problems
      await page().waitForTimeout(500);
      assert.deepEqual(await axe(), [], 'with problems shown');
    });
  }

  test('keyboard only: open the example, select a session, move it up, edit, download', async () => {
    await fresh();
    await tabTo((f) => f.text === 'Start from the example feed');
    await page().keyboard.press('Enter');
    await ed().locator('.workspace').waitFor();
    await tabTo((f) => f.text.startsWith('Healthy People'));
    await page().keyboard.press('Enter');
    await tabTo((f) => f.text === 'Move up');
    await page().keyboard.press('Enter');
    const titles = await ed().locator('.sessions .item-title').allTextContents();
    assert.match(titles[1], /^Healthy People/, 'moved first');
    assert.equal((await focused()).text, 'Move down', 'the session is first: focus moves to the other button');
    await tabTo((f) => f.id === 'f-sessions-0-title-fr');
    await page().keyboard.press('End');
    await page().keyboard.type(' !');
    await tabTo((f) => f.text === 'Download feed.json', 400);
    const [download] = await Promise.all([page().waitForEvent('download'), page().keyboard.press('Enter')]);
    const file = join(EDITOR_DIR, 'keyboard.json');
    await download.saveAs(file);
    const json = JSON.parse(readFileSync(file, 'utf8'));
    assert.deepEqual(json.sessions.map((s) => s.id), ['healthy-territories', 'inclusive-digitalization']);
    assert.ok(json.sessions[0].title.fr.endsWith(' !'));
  });

  test('opens a feed by URL, with people, place, languages and registration on the form', async () => {
    await fresh();
    const forum = JSON.parse(readFileSync(join(ROOT, 'examples/forum-feed.json'), 'utf8'));
    await ed().locator('#open-url').fill(`${server.origin}/examples/forum-feed.json`);
    await ed().getByRole('button', {name: 'Open the URL'}).click();
    await ed().getByText(`The feed is valid (${forum.sessions.length} sessions).`).waitFor();
    const s = forum.sessions.findIndex((x) => x.people?.length && x.location?.venue && x.registration && x.languages);
    assert.ok(s >= 0, 'the forum feed has a session with every part');
    await ed().locator('.sessions .item').nth(s + 1).click();
    const at = `sessions[${s}]`;
    assert.equal(await field(`${at}.people[0].name`).inputValue(), forum.sessions[s].people[0].name);
    assert.equal(await field(`${at}.location.mode`).inputValue(), forum.sessions[s].location.mode);
    assert.equal(await field(`${at}.location.venue.fr`).inputValue(), forum.sessions[s].location.venue.fr ?? '');
    assert.equal(await field(`${at}.languages.spoken`).inputValue(), forum.sessions[s].languages.spoken.join(', '));
    assert.deepEqual(await axe(), [], 'people, place and registration on the form');
    // A person's photo that is not https: reported at the photo field, and the card shows initials.
    await field(`${at}.people[0].photo`).fill('http://example.org/a.jpg');
    const note = ed().locator(`#f-sessions-${s}-people-0-photo-problem`);
    await note.waitFor();
    assert.match(await note.textContent(), /not an absolute https URL.*How to fix it: use an absolute https:\/\/ URL of the portrait/s);
  });

  test('keys the widgets do not read: listed with what was meant; a button renames each to the free key meant; the rest is kept', async () => {
    await fresh();
    const feed = JSON.parse(readFileSync(join(ROOT, 'examples/feed.json'), 'utf8'));
    const s0 = feed.sessions[0];
    const questions = s0.guidingQuestions;
    delete s0.guidingQuestions;
    s0.guidingQuestion = questions;
    s0.title = {en: s0.title.en, fr: s0.title.fr, sp: s0.title.es};
    s0['x-crm-id'] = 42;
    writeFileSync(join(EDITOR_DIR, 'unread.json'), JSON.stringify(feed));
    await ed().locator('#ui-lang').selectOption('fr');
    await ed().locator('#open-url').fill(`${server.origin}/editor/unread.json`);
    await ed().locator('#open-url').press('Enter');
    const panel = ed().locator('.unread');
    await panel.waitFor();
    assert.equal(await panel.locator('h2').textContent(), 'Non lu par les widgets');
    const items = () => panel.locator('li').allTextContents().then((t) => t.map((x) => x.replace(/\s+/g, ' ').trim()));
    assert.deepEqual(await items(), [
      'sessions[0].title.sp: not a language the widgets show (en, fr, es); did you mean "es"? Renommer en « es »',
      'sessions[0].guidingQuestion: did you mean "guidingQuestions"? Renommer en « guidingQuestions »',
      'sessions[0].x-crm-id: not a key the widgets read',
    ]);
    assert.deepEqual(await axe(), [], 'the list and its buttons, in French');
    await panel.getByRole('button', {name: 'Renommer en « guidingQuestions »'}).click();
    await panel.getByRole('button', {name: 'Renommer en « es »'}).click();
    assert.deepEqual(await items(), ['sessions[0].x-crm-id: not a key the widgets read']);
    assert.match(await ed().locator('p.status[role=status]').textContent(), /sessions\[0\]\.title\.sp renommé en « es »/);
    // The session's form now shows what was hidden under the misspelt keys.
    await ed().locator('.sessions .item').nth(1).click();
    assert.equal(await field('sessions[0].title.es').inputValue(), feed.sessions[0].title.sp);
    assert.equal(await field('sessions[0].guidingQuestions[0].en').inputValue(), questions[0].en);
    await ed().locator('#ui-lang').selectOption('en');
    const [download] = await Promise.all([page().waitForEvent('download'), ed().getByRole('button', {name: 'Download feed.json'}).click()]);
    const out = join(EDITOR_DIR, 'renamed.json');
    await download.saveAs(out);
    const back = JSON.parse(readFileSync(out, 'utf8')).sessions[0];
    assert.deepEqual(back.guidingQuestions, questions);
    assert.equal(back.title.es, feed.sessions[0].title.sp);
    assert.equal(back.guidingQuestion, undefined);
    assert.equal(back['x-crm-id'], 42, 'a key of the partner\'s own is kept');
  });

  test('opens a spreadsheet saved as CSV (the CLI\'s layout)', async () => {
    await fresh();
    const csv = feedToCsv(FEED).csv;
    await ed().locator('#open-file').setInputFiles({name: 'programme.csv', mimeType: 'text/csv', buffer: Buffer.from(csv)});
    await ed().getByText('The feed is valid (2 sessions).').waitFor();
    assert.equal(await field('sessions[0].title.es').inputValue(), FEED.sessions[0].title.es);
    const kept = await page().evaluate(() => JSON.parse(localStorage.getItem('uclg-widgets:editor:draft:v1')));
    assert.deepEqual(kept.draft, csvToFeed(csv).feed);
  });

  test('a spreadsheet Excel saved as plain "CSV" (Windows-1252): its accents and € read as the CLI reads them, and said', async () => {
    await fresh();
    await ed().locator('#open-file').setInputFiles(join(ROOT, 'test/fixtures/csv/excel-windows1252.csv'));
    await ed().getByText(/read as Windows-1252/).waitFor();
    assert.equal(await field('sessions[0].title.es').inputValue(), 'Agua para todos: ¿cómo? €');
  });

  test('a spreadsheet with columns and values the feed cannot take: said in the side panel, at their cells, with the column meant', async () => {
    await fresh();
    const csv = 'event.id,event.name.en,event.defaultLanguage,id,kind.en,title.en,titel.fr,start,end,timeZone,registration.full\r\n'
      + 'forum,Forum,en,a,Talk,Water,Eau,2021-05-19T12:00,2021-05-19T13:00,Europe/Madrid,oui\r\n';
    await ed().locator('#open-file').setInputFiles({name: 'programme.csv', mimeType: 'text/csv', buffer: Buffer.from(csv)});
    const panel = ed().locator('.imported');
    await panel.waitFor();
    assert.equal(await panel.locator('h2').textContent(), 'Not imported from the spreadsheet');
    assert.deepEqual(await panel.locator('li').allTextContents(), [
      'row 1, column G (titel.fr): "titel.fr" is not a column of the feed; its values are left out — did you mean "title.fr"?',
      'row 2, column G (titel.fr): "Eau" is in a column the feed does not have; left out',
      'row 2, column K (registration.full): "oui" is not true or false; left out',
    ]);
    assert.deepEqual(await axe(), [], 'the panel');
    // Another feed: what the spreadsheet could not give is no longer about the draft.
    await ed().getByRole('button', {name: 'Start from the example feed'}).click();
    await ed().getByText('The feed is valid (2 sessions).').waitFor();
    assert.equal(await panel.count(), 0);
  });

  test('a browser that forbids storage: the editor works and says to download before closing', async () => {
    const context = await b.browser.newContext({viewport: {width: 1400, height: 1000}, locale: 'en-GB', timezoneId: 'UTC'});
    await context.addInitScript(() => {
      for (const m of ['getItem', 'setItem', 'removeItem']) Storage.prototype[m] = () => { throw new DOMException('denied', 'SecurityError'); };
    });
    const p = await context.newPage();
    const errors = [];
    p.on('pageerror', (e) => errors.push(e.message));
    await p.goto(url);
    const editor = p.locator('uclg-feed-editor');
    await editor.getByRole('button', {name: 'Start from the example feed'}).click();
    await editor.getByText('This browser cannot keep a copy: download your work before closing the page.').waitFor();
    await editor.locator('#f-sessions-0-title-en').fill('Still editable');
    await editor.getByText('The feed is valid (2 sessions).').waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('speaks the browser\'s language first, then the one chosen', async () => {
    const context = await b.browser.newContext({locale: 'es-ES', timezoneId: 'UTC'});
    const p = await context.newPage();
    await p.goto(url);
    await p.locator('uclg-feed-editor h1', {hasText: 'Editor del feed'}).waitFor();
    assert.equal(await p.evaluate(() => document.documentElement.lang), 'es');
    await p.locator('uclg-feed-editor #ui-lang').selectOption('fr');
    await p.reload();
    await p.locator('uclg-feed-editor h1', {hasText: 'Éditeur de flux'}).waitFor();
    await context.close();
  });

  test('ships in the npm package', () => {
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: ROOT, encoding: 'utf8'}));
    const files = pack.files.map((f) => f.path);
    for (const f of ['dist/editor/index.html', 'dist/editor/editor.js']) assert.ok(files.includes(f), `${f} is in the package`);
  });

  test('works from file:// (no server), with the example inside the script', async () => {
    await page().goto(pathToFileURL(join(EDITOR_DIR, 'index.html')).href);
    await ed().getByRole('button', {name: 'Start from the example feed'}).click();
    await ed().locator('uclg-session-card').waitFor();
    const problems = await b.problems();
    assert.deepEqual([...problems.consoleErrors, ...problems.exceptions], []);
  });
});
