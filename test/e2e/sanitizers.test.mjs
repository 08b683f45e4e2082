/**
 * Pre-rendered snippets (`uclg-widgets render … --src <feed>`) after the HTML sanitizers partner
 * CMSs run on pasted HTML: DOMPurify (in the page, as an editor runs it) and sanitize-html (on
 * the server), each with its defaults and with the widget's element and attributes allowed.
 *
 * The README says the snippet is plain HTML so that "headings, paragraphs and lists survive any
 * sanitizer" and "a CMS that strips <script> keeps the text (give --src so the widget can still
 * load the feed)". Here, for the session card in EN, FR and ES and the guiding questions in FR:
 * - what each sanitizer keeps and drops, stated in SANITIZERS (a sanitizer or snippet that changes
 *   its effect fails here: update the table, and the README if it no longer holds);
 * - with JavaScript off, the sanitized HTML shows the session's title, kind, date and time in
 *   the event's zone, background and guiding questions in the language asked for, all read from
 *   examples/feed.json;
 * - with JavaScript on (the CDN module), where the element and its src/session/lang attributes
 *   are kept, the widget loads the feed from `src` and shows the same text plus the visitor's own
 *   time, with no console error; where the element is gone, the text stays and nothing else runs;
 * - while the feed is late, and when it cannot be loaded, what the visitor is left with (the
 *   last two tests: the pasted text, with sanitize-html too, whose dropped `slot` the widget
 *   gives back).
 *
 * Run: npm run build && node --test test/e2e/sanitizers.test.mjs
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import sanitizeHtml from 'sanitize-html';
import {setTimeout as sleep} from 'node:timers/promises';
import {FEED, ROOT, norm, openHtml, settle, useSite, widgetsReady} from './harness.mjs';

const site = useSite();
const LANGS = ['en', 'fr', 'es'];
const YOUR_TIME = {en: 'your time', fr: 'à votre heure', es: 'en su hora'};
/** The locales the widgets hand to Intl (src/i18n/locale.ts). */
const INTL_LOCALE = {en: 'en-GB', fr: 'fr-FR', es: 'es-ES'};
const VISITOR_ZONE = 'America/New_York';
const WIDGETS = ['uclg-session-card', 'uclg-guiding-questions'];
const ATTRIBUTES = ['src', 'session', 'lang'];

/**
 * The harness's page, on a page of ours that loads DOMPurify's browser build: DOMPurify runs in
 * Chromium, as a CMS's editor runs it on a paste, and measure() parses there. Opened at the
 * first test (useSite's server and browser are open by then).
 */
let lab;
const labPage = () => (lab ??= (async () => {
  site.server.routes.set('/sanitizer-lab.html', {body: '<!doctype html><meta charset="utf-8"><script src="/node_modules/dompurify/dist/purify.min.js"></script>', type: 'text/html; charset=utf-8'});
  await site.b.page.goto(`${site.server.origin}/sanitizer-lab.html`);
  assert.equal(await site.b.page.evaluate(() => typeof window.DOMPurify?.sanitize), 'function', 'DOMPurify loaded');
  return site.b.page;
})());
const dompurify = async (html, customElements) => (await labPage()).evaluate(([h, custom]) => window.DOMPurify.sanitize(h, custom
  ? {CUSTOM_ELEMENT_HANDLING: {tagNameCheck: /^uclg-/, attributeNameCheck: /.*/}}
  : {}), [html, customElements]);

/** sanitize-html's defaults, extended with the widgets' elements and their attributes (nothing else). */
const WIDGETS_ALLOWED = {
  allowedTags: [...sanitizeHtml.defaults.allowedTags, ...WIDGETS],
  allowedAttributes: {...sanitizeHtml.defaults.allowedAttributes, ...Object.fromEntries(WIDGETS.map((tag) => [tag, ATTRIBUTES]))},
};

/**
 * Each sanitizer, and what it does to a snippet (`raw`: what measure() reads in the snippet as
 * written). What none of them touches (headings, paragraphs, lists, <time>, <strong>, <em>) is
 * checked apart, in every test: `kept`.
 */
const SANITIZERS = {
  'DOMPurify defaults': {
    run: (html) => dompurify(html, false),
    // The element goes (unknown tag), its content stays in its place (KEEP_CONTENT); the scripts
    // go with their content: the JSON-LD. No element, so no widget, and no `lang` on the text.
    effects: (raw) => ({...raw, element: null, lang: null, scripts: 0}),
  },
  'DOMPurify, uclg-* allowed': {
    run: (html) => dompurify(html, true),
    // Only the scripts go (the JSON-LD): the element, its attributes, slot, ids and datetime stay.
    effects: (raw) => ({...raw, scripts: 0}),
  },
  'sanitize-html defaults': {
    run: (html) => sanitizeHtml(html),
    // The element, <details>/<summary> (their text stays: "Read more" becomes a loose line and
    // the whole background is shown) and the scripts with their content go; so do all attributes
    // but a few on links and images: `slot`, `dir`, `id` of the questions, `datetime` of <time>.
    effects: (raw) => ({...raw, element: null, lang: null, slot: false, datetime: null, details: 0, questionIds: 0, scripts: 0}),
  },
  'sanitize-html, uclg-* allowed': {
    run: (html) => sanitizeHtml(html, WIDGETS_ALLOWED),
    // As its defaults, but the element and its src/session/lang stay. The pasted copy is no
    // longer in the slot "prerendered" (`slot` is not an allowed attribute of <div>): see the
    // last two tests for what that costs while the feed is late or missing.
    effects: (raw) => ({...raw, slot: false, datetime: null, details: 0, questionIds: 0, scripts: 0}),
  },
};

const snippet = (...args) => {
  const r = spawnSync(process.execPath, ['bin/uclg-widgets.js', 'render', 'examples/feed.json', ...args], {cwd: ROOT, encoding: 'utf8'});
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
};
const page = (lang, body) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Partner page</title>
<script type="module" src="/dist/cdn/uclg-widgets.js"></script></head><body><main>${body}</main></body></html>`;

/** Run in the page: the structure of `html`, parsed as the page would (DOMParser runs no script). */
function measure(html) {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  const count = (sel) => doc.querySelectorAll(sel).length;
  const el = doc.querySelector('uclg-session-card, uclg-guiding-questions');
  return {
    element: el && {tag: el.localName, ...Object.fromEntries(['src', 'session', 'lang'].map((a) => [a, el.getAttribute(a)]))},
    lang: doc.querySelector('h3')?.closest('[lang]')?.getAttribute('lang') ?? null,
    slot: count('[slot="prerendered"]') === 1,
    datetime: doc.querySelector('time')?.getAttribute('datetime') ?? null,
    details: count('details, summary'),
    questionIds: count('li[id]'),
    scripts: count('script'),
    kept: Object.fromEntries(['article', 'h3', 'h4', 'p', 'strong', 'em', 'time', 'ol', 'li'].map((tag) => [tag, count(tag)])),
  };
}

/** The event's date and time as the snippet writes them, from the feed and `Intl` (Node's or the page's). */
function when({s, locale, visitorZone}) {
  const at = (iso) => Date.parse(iso);
  const hm = (iso, timeZone) => new Intl.DateTimeFormat(locale, {hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone}).format(at(iso));
  const zone = (timeZone) => new Intl.DateTimeFormat('en-GB', {timeZone, timeZoneName: 'short'}).formatToParts(at(s.start)).find((p) => p.type === 'timeZoneName').value;
  return {
    date: new Intl.DateTimeFormat(locale, {weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: s.timeZone}).format(at(s.start)),
    // The range "12:00–13:30 CEST" (the separator is the language's own: "12:00 – 13:30" in French).
    range: [hm(s.start, s.timeZone), hm(s.end, s.timeZone), zone(s.timeZone)],
    visitor: visitorZone ? [hm(s.start, visitorZone), hm(s.end, visitorZone)] : undefined,
  };
}
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const rangeRe = ([from, to, zone]) => new RegExp(`${escape(from)}\\s?[–-]\\s?${escape(to)}${zone ? ` ${escape(zone)}` : ''}`);

/** A fresh context (JavaScript on or off, the visitor in New York, VISITOR_ZONE) on `html`; the console errors it logs. */
const open = (path, html, options) => openHtml(site, path, html, options);

/** Run in the page: the text of a widget's shadow tree, nested widgets' included. */
function shadowText(tag) {
  const deep = (root) => [...root.childNodes].map((n) => (n.shadowRoot ? deep(n.shadowRoot) : '') + (n.nodeType === 3 ? n.textContent : n.childNodes ? deep(n) : '')).join(' ');
  const el = document.querySelector(tag);
  return {
    text: deep(el.shadowRoot).replace(/\s+/g, ' '),
    pastedShown: [...el.children].some((c) => c.localName !== 'script' && c.getClientRects().length > 0),
    jsonLd: document.querySelectorAll('script[type="application/ld+json"]').length,
    microdata: el.shadowRoot.querySelectorAll('[itemtype="https://schema.org/Event"][data-uclg-session]').length,
  };
}

const CASES = [
  ...LANGS.map((lang) => ({element: 'session-card', tag: 'uclg-session-card', lang, s: FEED.sessions[0]})),
  {element: 'guiding-questions', tag: 'uclg-guiding-questions', lang: 'fr', s: FEED.sessions[1]},
];

for (const {element, tag, lang, s} of CASES) {
  for (const [name, sanitizer] of Object.entries(SANITIZERS)) {
    test(`${element} in ${lang} through ${name}: the text survives, and the widget runs where the element does`, async () => {
      const feedUrl = `${site.server.origin}/examples/feed.json`;
      const raw = snippet('--element', element, '--session', s.id, '--lang', lang, '--src', feedUrl);
      const clean = await sanitizer.run(raw);
      const [asWritten, after] = await Promise.all([raw, clean].map(async (html) => (await labPage()).evaluate(measure, html)));
      assert.deepEqual(asWritten.element, {tag, src: feedUrl, session: s.id, lang}, 'the snippet as written');

      // Headings, paragraphs, lists, <time> and emphasis: all there, as many as written.
      assert.deepEqual(after.kept, asWritten.kept, `${name} kept every heading, paragraph and list`);
      const {kept: _, ...effects} = after;
      const {kept: __, ...written} = asWritten;
      assert.deepEqual(effects, sanitizer.effects(written), `what ${name} does to the snippet:\n${clean.slice(0, 400)}`);

      const card = element === 'session-card';
      const t = when({s, locale: INTL_LOCALE[lang]});
      const background = card ? [s.summary[lang], ...s.body.map((b) => b[lang])] : [];
      const wanted = [
        ...(card ? [FEED.event.name[lang], s.kind[lang], s.title[lang], t.date] : []),
        ...background,
        ...s.guidingQuestions.map((q) => q[lang]),
      ].map(norm);
      const collapsed = card && after.details > 0 ? s.body.slice(1).map((b) => norm(b[lang])) : [];

      // JavaScript off: a visitor without it, or a search engine that does not run it.
      const off = await open(`/sanitized-${element}-${lang}.html`, page(lang, clean), {javaScript: false});
      try {
        const all = norm(await off.p.evaluate(() => document.body.textContent));
        const visible = norm(await off.p.locator('body').innerText());
        for (const w of wanted) assert.ok(all.includes(w), `no JavaScript, ${name}: "${w.slice(0, 60)}…" in\n${all.slice(0, 300)}`);
        for (const w of wanted.filter((x) => !collapsed.includes(x))) assert.ok(visible.includes(w), `no JavaScript, ${name}, shown: "${w.slice(0, 60)}…"`);
        if (card) assert.match(visible, rangeRe(t.range), `no JavaScript, ${name}: the time in the event's zone`);
        for (const other of LANGS.filter((l) => l !== lang)) {
          const foreign = card ? s.title[other] : s.guidingQuestions[0][other];
          assert.ok(!all.includes(norm(foreign)), `no JavaScript, ${name}: nothing in ${other}`);
        }
        if (collapsed.length) {
          await off.p.locator('summary').click();
          assert.ok(norm(await off.p.locator('body').innerText()).includes(collapsed.at(-1)), 'the rest of the background opens without JavaScript');
        }
        assert.deepEqual(off.errors, []);
      } finally {
        await off.close();
      }

      // JavaScript on, the CDN module in the page.
      const on = await open(`/sanitized-${element}-${lang}.html`, page(lang, clean), {javaScript: true});
      try {
        await on.p.evaluate((t) => customElements.whenDefined(t), tag);
        if (!after.element) {
          // The element is gone: nothing for the module to upgrade. The pasted text stays, as it
          // is, readable; no widget, so no visitor's time and no structured data.
          const state = await on.p.evaluate((t) => ({widgets: document.querySelectorAll(t).length, text: document.body.innerText}), tag);
          assert.equal(state.widgets, 0);
          for (const w of wanted.filter((x) => !collapsed.includes(x))) assert.ok(norm(state.text).includes(w), `JavaScript on, no widget, ${name}: "${w.slice(0, 60)}…"`);
          assert.deepEqual(on.errors, []);
          return;
        }
        // The element and its src/session/lang are kept: the widget loads the feed from `src`.
        await on.p.waitForFunction(widgetsReady, undefined, {timeout: 8000});
        const shown = await on.p.evaluate(shadowText, tag);
        if (card) {
          const u = await on.p.evaluate(when, {s, locale: INTL_LOCALE[lang], visitorZone: VISITOR_ZONE});
          for (const w of [FEED.event.name[lang], s.kind[lang], s.title[lang], u.date, s.summary[lang], ...s.guidingQuestions.map((q) => q[lang])].map(norm)) {
            assert.ok(shown.text.includes(w), `upgraded, ${name}: "${w.slice(0, 60)}…" in\n${shown.text.slice(0, 300)}`);
          }
          assert.match(shown.text, rangeRe(u.range), `upgraded, ${name}: the time in the event's zone`);
          assert.match(shown.text, rangeRe(u.visitor), `upgraded, ${name}: the visitor's own time (New York)`);
          assert.ok(shown.text.includes(YOUR_TIME[lang]), `upgraded, ${name}: "${YOUR_TIME[lang]}"`);
          // The JSON-LD went with the scripts; the widget, not finding it, describes the session itself (once).
          assert.deepEqual([shown.jsonLd, shown.microdata], [0, 1], 'one description of the session');
        } else {
          const questions = await on.p.evaluate((t) => [...document.querySelector(t).shadowRoot.querySelectorAll('li')].map((li) => li.textContent), tag);
          assert.deepEqual(questions.map(norm), s.guidingQuestions.map((q) => norm(q[lang])), `upgraded, ${name}`);
        }
        assert.equal(shown.pastedShown, false, `upgraded, ${name}: the pasted copy is no longer shown (no second copy)`);
        assert.deepEqual(on.errors, []);
      } finally {
        await on.close();
      }
    });
  }
}

/**
 * The feed at `src` late (a second) or unreachable (moved, down, blocked): what a visitor with
 * JavaScript sees meanwhile where the element was kept. Until the feed is ready the widget shows
 * the pasted copy. sanitize-html drops `slot` from the <div> (not an allowed attribute); the
 * widget takes a <div> child with no slot as the pasted copy and gives it its slot back
 * (base/feed-element.ts, `pasted`). Before it did, the visitor got "Loading…", then, if the feed
 * did not come, the widget's error ("The programme could not be loaded.", Retry), and not one
 * word of the session, which was in the page but not shown.
 */
const TEXT_SHOWN_WITHOUT_FEED = {'DOMPurify, uclg-* allowed': true, 'sanitize-html, uclg-* allowed': true};

for (const [name, textShown] of Object.entries(TEXT_SHOWN_WITHOUT_FEED)) {
  test(`session card through ${name}, its feed late or unreachable: the pasted text is ${textShown ? '' : 'NOT '}shown meanwhile`, async () => {
    const s = FEED.sessions[0];
    /** Run in the page: the text shown outside shadow trees (the pasted copy), and the widget's loading or error state. */
    const shownNow = () => {
      const el = document.querySelector('uclg-session-card');
      const state = el.shadowRoot?.querySelector('[role="status"], [role="alert"]');
      return {visible: document.body.innerText, state: state && `${state.getAttribute('role')}: ${state.textContent}`, ready: !!el.shadowRoot?.querySelector('#title')};
    };
    const assertShown = (phase, now) => {
      const what = `the page shows\n${norm(now.visible).slice(0, 120) || '(no text)'}\nand the widget ${norm(now.state ?? '(no state of its own)')}`;
      assert.equal(norm(now.visible).includes(norm(s.title.en)), textShown, `${name}, feed ${phase}: the pasted title ${textShown ? 'is' : 'is not'} shown; ${what}`);
      assert.equal(now.state === null, textShown, `${name}, feed ${phase}: the widget's own state ${textShown ? 'is not' : 'is'} shown instead; ${what}`);
    };

    const late = `${site.server.origin}/examples/feed.json?delay=1000`;
    const lateOn = await open('/sanitized-late.html', page('en', await SANITIZERS[name].run(snippet('--session', s.id, '--lang', 'en', '--src', late))), {javaScript: true});
    try {
      await lateOn.p.waitForFunction(() => document.querySelector('uclg-session-card')?.shadowRoot?.querySelector('slot[name="prerendered"], [role="status"]'), undefined, {timeout: 8000});
      const now = await lateOn.p.evaluate(shownNow);
      assert.equal(now.ready, false, 'checked before the feed came');
      assertShown('late', now);
      await lateOn.p.waitForFunction(widgetsReady, undefined, {timeout: 8000});
      assert.deepEqual(lateOn.errors, []);
    } finally {
      await lateOn.close();
    }

    const moved = `${site.server.origin}/examples/moved/feed.json`;
    const gone = await open('/sanitized-unreachable.html', page('en', await SANITIZERS[name].run(snippet('--session', s.id, '--lang', 'en', '--src', moved))), {javaScript: true});
    try {
      // The widget has given up on the feed (it logs why): what it shows now, it shows for good.
      for (const start = Date.now(); !gone.errors.some((e) => /Could not load/.test(e)); await sleep(50)) {
        assert.ok(Date.now() - start < 8000, `the widget never gave up on the feed: ${gone.errors.join('\n')}`);
      }
      await settle(gone.p);
      assertShown('unreachable', await gone.p.evaluate(shownNow));
      assert.ok(gone.errors.some((e) => /Could not load .*moved\/feed\.json/.test(e)), `the widget says why: ${gone.errors.join('\n')}`);
    } finally {
      await gone.close();
    }
  });
}
