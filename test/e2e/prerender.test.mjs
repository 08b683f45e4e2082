/**
 * Pre-rendered snippets (`uclg-widgets render`) in Chromium: with JavaScript off, the session's
 * title, kind, date and time in the event's zone, background and guiding questions are there as
 * text in the requested language; with JavaScript on, the widget that takes over shows the same
 * text plus the visitor's own time, shows the pasted copy no more, and adds no second copy of
 * the structured data.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {FEED, ROOT, norm, openHtml, useSite} from './harness.mjs';

const site = useSite();
const snippetOf = (feed, ...args) => {
  const r = spawnSync(process.execPath, ['bin/uclg-widgets.js', 'render', feed, ...args], {cwd: ROOT, encoding: 'utf8'});
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
};
const snippet = (...args) => snippetOf('examples/feed.json', ...args);
const page = (lang, body) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Partner page</title>
<script type="module" src="/dist/cdn/uclg-widgets.js"></script></head><body><main>${body}</main></body></html>`;
const YOUR_TIME = {en: 'your time', fr: 'à votre heure', es: 'en su hora'};

const open = (path, html, options) => openHtml(site, path, html, options);

for (const lang of ['en', 'fr', 'es']) {
  test(`a session card in ${lang}: readable without JavaScript, the same text and the visitor's time with it`, async () => {
    const s = FEED.sessions[0];
    const html = page(lang, snippet('--session', s.id, '--lang', lang));
    const wanted = [FEED.event.name[lang], s.kind[lang], s.title[lang], ...s.body.map((b) => b[lang]), ...s.guidingQuestions.map((q) => q[lang])].map(norm);

    const off = await open(`/prerender-card-${lang}.html`, html, {javaScript: false});
    try {
      // Shown: all but the background after its first paragraph, which a <details> opens (as "Read more" does).
      const visible = norm(await off.p.locator('body').innerText());
      const all = norm(await off.p.evaluate(() => document.body.textContent));
      for (const t of wanted) assert.ok(all.includes(t), `no JavaScript, ${lang}: "${t.slice(0, 50)}…" in\n${all.slice(0, 300)}`);
      for (const t of wanted.filter((w) => !s.body.slice(1).some((b) => norm(b[lang]) === w))) assert.ok(visible.includes(t), `no JavaScript, ${lang}, shown: "${t.slice(0, 50)}…"`);
      await off.p.locator('summary').click();
      assert.ok(norm(await off.p.locator('body').innerText()).includes(norm(s.body.at(-1)[lang])), 'the rest opens without JavaScript');
      const text = visible;
      assert.match(text, /12:00\s?–\s?13:30 CEST/, 'the time in the event\'s zone');
    } finally {
      await off.close();
    }

    const on = await open(`/prerender-card-${lang}.html`, html, {javaScript: true});
    try {
      await on.p.waitForFunction(() => document.querySelector('uclg-session-card')?.shadowRoot?.querySelector('#title')?.textContent.trim(), undefined, {timeout: 8000});
      const shown = await on.p.evaluate(() => {
        const el = document.querySelector('uclg-session-card');
        // Nested widgets (the card's questions) have shadow trees of their own.
        const deep = (root) => [...root.childNodes].map((n) => (n.shadowRoot ? deep(n.shadowRoot) : '') + (n.nodeType === 3 ? n.textContent : n.childNodes ? deep(n) : '')).join(' ');
        return {
          text: deep(el.shadowRoot).replace(/\s+/g, ' '),
          pastedShown: el.querySelector(':scope > [slot="prerendered"]').getClientRects().length > 0,
          microdata: el.shadowRoot.querySelectorAll('[itemscope]').length,
          jsonLd: document.querySelectorAll('script[type="application/ld+json"]').length,
        };
      });
      for (const t of [s.title[lang], s.kind[lang], s.guidingQuestions[0][lang]].map(norm)) assert.ok(shown.text.includes(t), `upgraded, ${lang}: ${t}`);
      assert.ok(shown.text.includes(YOUR_TIME[lang]), `upgraded, ${lang}: the visitor's own time (New York) is added`);
      assert.equal(shown.pastedShown, false, 'the pasted copy is no longer shown');
      assert.deepEqual([shown.jsonLd, shown.microdata], [1, 0], 'one description of the session: the pasted JSON-LD, no microdata besides');
      assert.deepEqual(on.errors, []);
    } finally {
      await on.close();
    }
  });
}

test('guiding questions, countdown and agenda in French: readable without JavaScript, upgraded with it', async () => {
  const s = FEED.sessions[1];
  const html = page('fr', [
    snippet('--element', 'guiding-questions', '--session', s.id, '--lang', 'fr'),
    snippet('--element', 'countdown', '--session', s.id, '--lang', 'fr'),
    snippet('--element', 'agenda', '--lang', 'fr'),
  ].join('\n'));
  const off = await open('/prerender-others.html', html, {javaScript: false});
  try {
    const text = norm(await off.p.locator('body').innerText());
    for (const t of [...s.guidingQuestions.map((q) => q.fr), s.title.fr, FEED.sessions[0].title.fr, 'jeudi 20 mai 2021', 'Questions directrices'].map(norm)) assert.ok(text.includes(t), `no JavaScript: ${t}`);
  } finally {
    await off.close();
  }
  const on = await open('/prerender-others.html', html, {javaScript: true});
  try {
    await on.p.waitForFunction(() => ['uclg-guiding-questions li', 'uclg-agenda li'].every((sel) => {
      const [tag, inner] = sel.split(' ');
      return document.querySelector(tag)?.shadowRoot?.querySelector(inner);
    }) && document.querySelector('uclg-countdown')?.shadowRoot?.querySelector('.headline, [role="timer"]'), undefined, {timeout: 8000});
    const questions = await on.p.evaluate(() => [...document.querySelector('uclg-guiding-questions').shadowRoot.querySelectorAll('li')].map((li) => li.textContent.trim()));
    assert.deepEqual(questions.map(norm), s.guidingQuestions.map((q) => norm(q.fr)));
    assert.deepEqual(on.errors, []);
  } finally {
    await on.close();
  }
});

test('examples/embed/prerendered.html: its snippets are what render writes today, readable without JavaScript, upgraded with it', async () => {
  const {readFileSync} = await import('node:fs');
  const {join} = await import('node:path');
  const {BLOCK, render} = await import('../../scripts/render-examples.js');
  const html = readFileSync(join(ROOT, 'examples/embed/prerendered.html'), 'utf8');
  const blocks = [...html.matchAll(BLOCK)];
  assert.equal(blocks.length, 2);
  for (const [, input, args, written] of blocks) assert.equal(written, render(input, args), `the page's snippet for "${args}" is stale: npm run examples:render`);
  const url = `${site.server.origin}/examples/embed/prerendered.html`;
  for (const javaScript of [false, true]) {
    const context = await site.b.browser.newContext({javaScriptEnabled: javaScript, timezoneId: 'Asia/Tokyo'});
    try {
      const p = await context.newPage();
      const errors = [];
      p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await p.goto(url);
      if (javaScript) await p.waitForFunction(() => document.querySelector('uclg-session-card')?.shadowRoot?.querySelector('#title'), undefined, {timeout: 8000});
      const text = javaScript
        ? await p.evaluate(() => document.querySelector('uclg-session-card').shadowRoot.textContent)
        : await p.locator('body').innerText();
      assert.ok(norm(text).includes(norm(FEED.sessions[0].title.fr)), `${javaScript ? 'with' : 'without'} JavaScript: the title`);
      if (javaScript) assert.ok(text.includes('à votre heure'), 'the visitor\'s time (Tokyo) is added');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  }
});

for (const lang of ['en', 'fr', 'es']) {
  test(`people, place and languages (the fictional forum) in ${lang}: the same lines without JavaScript and in the card that takes over`, async () => {
    const html = page(lang, snippetOf('examples/forum-feed.json', '--session', 'water-for-every-neighbourhood', '--lang', lang));
    // The lines the widget writes, read from its shadow tree: place, languages, role labels, names and affiliations.
    const readCard = (p) => p.evaluate(() => {
      const root = document.querySelector('uclg-session-card').shadowRoot;
      const text = (sel) => [...root.querySelectorAll(sel)].map((e) => e.textContent.replace(/\s+/g, ' ').trim());
      return {lines: [...text('.place'), ...text('.languages'), ...text('.people dt'), ...text('.people .name'), ...text('.people .affiliation'), ...text('button[aria-controls="people"]')]};
    });
    const on = await open(`/prerender-forum-${lang}.html`, html, {javaScript: true});
    let lines;
    try {
      await on.p.waitForFunction(() => document.querySelector('uclg-session-card')?.shadowRoot?.querySelector('.people'), undefined, {timeout: 8000});
      ({lines} = await readCard(on.p));
      assert.equal(lines.length, 2 + 5 + 8 + 8 + 1, lines.join('\n'));
      assert.deepEqual(on.errors.filter((e) => !/Failed to load resource/.test(e)), [], 'only the placeholder photos fail');
    } finally {
      await on.close();
    }
    const off = await open(`/prerender-forum-${lang}.html`, html, {javaScript: false});
    try {
      const all = norm(await off.p.evaluate(() => document.body.textContent));
      for (const line of lines) assert.ok(all.includes(norm(line)), `no JavaScript, ${lang}: "${line}" in\n${all.slice(0, 600)}`);
      await off.p.locator('summary', {hasText: lines.at(-1)}).click();
      assert.ok(norm(await off.p.locator('body').innerText()).includes('Grace Mensah'), 'the people beyond six open without JavaScript');
    } finally {
      await off.close();
    }
  });
}
