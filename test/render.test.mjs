/**
 * `uclg-widgets render`: the pre-rendered snippet, run as a child process (it needs dist/:
 * `npm test` compiles it first). What a visitor without JavaScript reads is checked in a
 * browser by test/e2e/prerender.test.mjs.
 */
import {test, describe} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const FEED = JSON.parse(readFileSync('examples/feed.json', 'utf8'));
const render = (...args) => spawnSync(process.execPath, ['bin/uclg-widgets.js', 'render', ...args], {encoding: 'utf8'});
/** Text as the HTML shows it: tags out, entities back. */
const textOf = (html) => html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/\s+/g, ' ');
const norm = (s) => s.replace(/\s+/g, ' ');
/** The example feed moved to 2099, every session still ahead, written once to a temp file: its path. */
let aheadPath;
const aheadFeed = () => {
  if (!aheadPath) {
    aheadPath = join(mkdtempSync(join(tmpdir(), 'uclg-render-')), 'feed.json');
    writeFileSync(aheadPath, readFileSync('examples/feed.json', 'utf8').replaceAll('2021-05-', '2099-05-'));
  }
  return aheadPath;
};

describe('uclg-widgets render', {concurrency: 4}, () => {
  const dates = {en: 'Wednesday 19 May 2021', fr: 'mercredi 19 mai 2021', es: 'miércoles, 19 de mayo de 2021'};
  for (const lang of ['en', 'fr', 'es']) {
    test(`a session card in ${lang}: title, kind, date and time in the event's zone, background, questions, JSON-LD`, () => {
      const r = render('examples/feed.json', '--session', 'inclusive-digitalization', '--lang', lang);
      assert.equal(r.status, 0, r.stderr);
      const s = FEED.sessions.find((x) => x.id === 'inclusive-digitalization');
      const text = textOf(r.stdout);
      for (const t of [s.title[lang], s.kind[lang], ...s.body.map((p) => p[lang]), ...s.guidingQuestions.map((q) => q[lang])]) assert.ok(text.includes(norm(t)), `${lang}: ${t.slice(0, 40)}`);
      assert.match(r.stdout, /<time datetime="2021-05-19T12:00:00\+02:00">[^<]*12:00[^<]*13:30 CEST<\/time>/);
      assert.ok(text.includes(dates[lang].split(' ')[0]), `${lang}: the date in words (${dates[lang]})`);
      assert.match(r.stdout, /^<uclg-session-card session="inclusive-digitalization" lang="\w\w">/);
      const ld = JSON.parse(/<script type="application\/ld\+json"[^>]*>(.*)<\/script>/.exec(r.stdout)[1]);
      assert.equal(ld.name, s.title[lang]);
      assert.equal(ld.inLanguage, lang);
      // Without --src, the snippet carries the feed (this session only) for the widget.
      const inline = JSON.parse(/<script type="application\/json">(.*)<\/script>/.exec(r.stdout)[1]);
      assert.deepEqual(inline.sessions.map((x) => x.id), ['inclusive-digitalization']);
      assert.equal(inline.sessions[0].start, '2021-05-19T12:00:00+02:00');
    });
  }

  test('guiding questions: heading and list, shown until the feed is ready, each question a paragraph', () => {
    const r = render('examples/feed.json', '--element', 'guiding-questions', '--session', 'healthy-territories', '--lang', 'es', '--src', 'https://example.org/feed.json');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^<uclg-guiding-questions src="https:\/\/example.org\/feed.json" session="healthy-territories" lang="es">\n {2}<div slot="prerendered" dir="ltr">\n {4}<h3>Preguntas orientadoras<\/h3>\n {4}<ol>/);
    assert.equal((r.stdout.match(/<li id="healthy-territories-q\d+"><p>[^<]+<\/p><\/li>/g) ?? []).length, FEED.sessions[1].guidingQuestions.length);
    assert.ok(!r.stdout.includes('application/json'), 'with --src, no inline feed');
  });

  test('countdown and agenda', () => {
    const c = render('examples/feed.json', '--element', 'countdown', '--session', 'healthy-territories', '--lang', 'fr');
    assert.equal(c.status, 0, c.stderr);
    assert.ok(norm(textOf(c.stdout)).includes(`${FEED.sessions[1].title.fr} · jeudi 20 mai 2021 · 12:00`), textOf(c.stdout));
    const a = render('examples/feed.json', '--element', 'agenda', '--lang', 'en');
    assert.equal(a.status, 0, a.stderr);
    assert.deepEqual([...a.stdout.matchAll(/<h2>([^<]+)<\/h2>/g)].map((m) => m[1]), ['Wednesday, 19 May 2021', 'Thursday, 20 May 2021']);
    assert.equal((a.stdout.match(/application\/ld\+json/g) ?? []).length, 2);
    // Begins with a paragraph (the zone, where the widget's choice will be), each session a
    // paragraph of lines: time, kind, title, and the badges' line kept.
    assert.match(a.stdout, /<div slot="prerendered" dir="ltr">\n {4}<p>Times are in the event&#39;s time zone \(CEST\)\.<br><span aria-hidden="true">&nbsp;<\/span><\/p>/);
    const items = [...a.stdout.matchAll(/<li><p>(<time [^>]+>[^<]+<\/time>)<\/p><p>(.*?)<\/p><\/li>/g)].map((m) => [m[1], ...m[2].split('<br>')]);
    assert.deepEqual(items.map((lines) => textOf(lines[0]).trim()), ['12:00–13:30 CEST', '12:00–13:30 CEST']);
    assert.deepEqual(items.map((lines) => textOf(lines[1]).trim()), FEED.sessions.map((s) => s.kind.en));
    assert.deepEqual(items.map((lines) => lines.length), [4, 4], 'time, then kind, title and the badges\' line (no people; the sessions have ended: no calendar)');
    assert.deepEqual(items.map((lines) => lines[3]), ['Ended', 'Ended'], 'a session that had ended when the snippet was written says so: it stays true');
    assert.ok(!a.stdout.includes('calendar.google.com'), 'sessions that have ended get no calendar links');
  });

  test('a countdown written before its start keeps room for the digits it will show on the day; one written after has none', () => {
    const ahead = aheadFeed();
    const room = '<p aria-hidden="true">&nbsp;<br>&nbsp;<br>&nbsp;<br>&nbsp;</p>';
    for (const lang of ['en', 'fr', 'es']) {
      const written = render(ahead, '--element', 'countdown', '--session', 'healthy-territories', '--lang', lang);
      assert.equal(written.status, 0, written.stderr);
      assert.match(written.stdout, new RegExp(`</time></p>\\n {4}${room}\\n {2}</div>`), `${lang}: the room follows the title and time, inside the pre-rendered part`);
      const ended = render('examples/feed.json', '--element', 'countdown', '--session', 'healthy-territories', '--lang', lang);
      assert.ok(!ended.stdout.includes('aria-hidden'), `${lang}: a session already over shows one line, as its widget will`);
    }
  });

  test('sessions still ahead: calendar links in the agenda and the card, in each language', () => {
    const ahead = aheadFeed();
    for (const [lang, add] of [['en', 'Add to calendar:'], ['fr', 'Ajouter au calendrier :'], ['es', 'Añadir al calendario:']]) {
      for (const args of [['--element', 'agenda'], ['--session', 'inclusive-digitalization']]) {
        const r = render(ahead, ...args, '--lang', lang);
        assert.equal(r.status, 0, r.stderr);
        const google = [...r.stdout.matchAll(/<a href="(https:\/\/calendar\.google\.com\/[^"]+)">Google Calendar<\/a>/g)].map((m) => new URL(m[1].replaceAll('&amp;', '&')));
        assert.equal(google.length, args[1] === 'agenda' ? 2 : 1, `${lang} ${args[1]}`);
        assert.equal(google[0].searchParams.get('dates'), '20990519T100000Z/20990519T113000Z');
        assert.ok(textOf(r.stdout).includes(`${add} Google Calendar · Outlook`), `${lang}: ${add}`);
        if (lang === 'fr') assert.ok(r.stdout.includes('calendrier\u00a0:'), 'French: a no-break space before the colon');
        assert.equal((r.stdout.match(/outlook\.office\.com/g) ?? []).length, google.length);
      }
    }
  });

  test('feed text is text: a hostile title cannot become markup', () => {
    const dir = mkdtempSync(join(tmpdir(), 'uclg-render-'));
    const feed = structuredClone(FEED);
    feed.sessions[0].title.en = '</script><img src=x onerror=alert(1)> & "quoted"';
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed));
    const r = render(join(dir, 'feed.json'), '--session', 'inclusive-digitalization');
    assert.equal(r.status, 0, r.stderr);
    assert.ok(!r.stdout.includes('<img'), r.stdout.slice(0, 300));
    assert.ok(r.stdout.includes('&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot;'));
    assert.equal((r.stdout.match(/<\/script>/g) ?? []).length, 2, 'only our two scripts close');
  });

  test('clear errors, exit 2: no --session, an unknown session, a bad language or element', () => {
    const cases = [
      [['examples/feed.json'], /--session <id> is needed/],
      [['examples/feed.json', '--session', 'nope'], /no session "nope" in examples\/feed.json; its sessions: inclusive-digitalization, healthy-territories/],
      [['examples/feed.json', '--session', 'x', '--lang', 'de'], /--lang must be en, fr or es/],
      [['examples/feed.json', '--session', 'x', '--lang', 'fra'], /--lang must be en, fr or es, not "fra"/],
      [['examples/feed.json', '--session', 'x', '--element', 'card'], /^uclg-widgets: --element must be one of session-card, guiding-questions, countdown, agenda, not "card": did you mean "session-card"\?\n$/],
      [['examples/feed.json', '--session', 'x', '--element', 'Questions'], /not "Questions": did you mean "guiding-questions"\?\n$/],
      [['examples/feed.json', '--session', 'x', '--element', 'uclg-countdwon'], /not "uclg-countdwon": did you mean "countdown"\?\n$/],
      [['examples/feed.json', '--session', 'x', '--element', 'widget'], /^uclg-widgets: --element must be one of session-card, guiding-questions, countdown, agenda, not "widget"\n$/],
      [['test/fixtures/bad-version.json', '--session', 'x'], /not a feed the widgets can read/],
    ];
    for (const [args, message] of cases) {
      const r = render(...args);
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, message);
      assert.equal(r.stdout, '');
    }
  });

  test('--lang as a page writes it (case, region) and --element as the tag, as the widgets read them', () => {
    const cases = [
      [['--lang', 'FR'], '<uclg-session-card session="inclusive-digitalization" lang="fr">'],
      [['--lang', 'fr-CA'], '<uclg-session-card session="inclusive-digitalization" lang="fr">'],
      [['--lang', 'es-419'], '<uclg-session-card session="inclusive-digitalization" lang="es">'],
      [['--lang', 'en_GB'], '<uclg-session-card session="inclusive-digitalization" lang="en">'],
      [['--lang', 'es', '--element', 'uclg-guiding-questions'], '<uclg-guiding-questions session="inclusive-digitalization" lang="es">'],
      [['--lang', 'fr', '--element', '<uclg-countdown>'], '<uclg-countdown session="inclusive-digitalization" lang="fr">'],
      [['--lang', 'en', '--element', 'Session-Card'], '<uclg-session-card session="inclusive-digitalization" lang="en">'],
    ];
    for (const [args, start] of cases) {
      const r = render('examples/feed.json', '--session', 'inclusive-digitalization', ...args);
      assert.equal(r.status, 0, `${args.join(' ')}: ${r.stderr}`);
      assert.ok(r.stdout.startsWith(`${start}\n`), `${args.join(' ')}: ${r.stdout.slice(0, 100)}`);
    }
    // The same text as with the bare code.
    assert.equal(render('examples/feed.json', '--session', 'inclusive-digitalization', '--lang', 'FR-ca').stdout, render('examples/feed.json', '--session', 'inclusive-digitalization', '--lang', 'fr').stdout);
  });

  test('people, place and languages as the card shows them, in each language (a fictional session)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'uclg-render-'));
    const text = (en, fr, es) => ({en, fr, es});
    const person = (name, role, photo) => ({name, role, affiliation: text(`${name} City`, `Ville de ${name}`, `Ciudad de ${name}`), ...(photo && {photo: `https://example.org/${role}.jpg`})});
    const feed = {
      version: 1,
      event: {id: 'fictional', name: text('Fictional forum', 'Forum fictif', 'Foro ficticio'), defaultLanguage: 'en'},
      sessions: [{
        id: 'water', kind: text('Plenary', 'Plénière', 'Plenaria'), title: text('Water', 'Eau', 'Agua'), body: [],
        start: '2027-06-15T10:00', end: '2027-06-15T11:30', timeZone: 'Europe/Madrid',
        people: [person('Sam', 'speaker', true), person('Mo', 'moderator', true), person('Ann', 'speaker'), person('Bea', 'speaker'), person('Cy', 'speaker'), person('Di', 'speaker'), {name: 'Ed <b>', role: 'speaker', url: 'https://example.org/ed'}, person('Ray', 'rapporteur')],
        languages: {spoken: ['en', 'es'], interpretation: ['fr', 'ar']},
        location: {mode: 'hybrid', venue: text('Hall', 'Salle', 'Sala'), city: text('Riverside', 'Riverside', 'Riverside'), country: 'ES', map: 'https://example.org/map'},
        registration: {closes: '2027-06-14T18:00', full: false},
      }],
    };
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(feed));
    const expected = {
      en: ['In person and online · Hall, Riverside, Spain · Map', 'In English and Spanish · Interpretation: Arabic', 'Moderator', 'Speakers', 'and 2 more', 'Rapporteur'],
      fr: ['En présentiel et en ligne · Salle, Riverside, Espagne · Plan', 'En anglais et espagnol · Interprétation\u00a0: arabe', 'Modération', 'Intervenant·es', 'et 2 de plus', 'Rapporteur·e'],
      es: ['Presencial y en línea · Sala, Riverside, España · Mapa', 'En inglés y español · Interpretación: árabe', 'Moderación', 'Ponentes', 'y 2 más', 'Relatoría'],
    };
    for (const [lang, lines] of Object.entries(expected)) {
      const r = render(join(dir, 'feed.json'), '--session', 'water', '--lang', lang);
      assert.equal(r.status, 0, r.stderr);
      const shown = textOf(r.stdout);
      for (const line of lines) assert.ok(shown.includes(norm(line)), `${lang}: "${line}" in ${shown}`);
      // Moderator first, then the speakers in speaking order; the first six shown, the rest in <details>.
      const [open, rest] = r.stdout.split('<details>');
      assert.deepEqual([...open.matchAll(/<dd>(?:<img[^>]*> )?(?:<a[^>]*>)?([^<,]+)/g)].map((m) => m[1]), ['Mo', 'Sam', 'Ann', 'Bea', 'Cy', 'Di']);
      assert.deepEqual([...rest.matchAll(/<dd>(?:<img[^>]*> )?(?:<a[^>]*>)?([^<]+)/g)].map((m) => m[1]), ['Ed &lt;b&gt;', 'Ray']);
      assert.ok(shown.includes(norm(feed.sessions[0].people[0].affiliation[lang])), `${lang}: affiliation`);
    }
    const r = render(join(dir, 'feed.json'), '--session', 'water');
    assert.match(r.stdout, /<img src="https:\/\/example.org\/speaker.jpg" alt="Sam" width="48" height="48" loading="lazy" decoding="async">/);
    assert.match(r.stdout, /<a href="https:\/\/example.org\/ed">Ed &lt;b&gt;<\/a>/);
    assert.match(r.stdout, /<a href="https:\/\/example.org\/map">Map<\/a>/);
    // The inline feed the widget reads is in the feed's own format: instants with the event's offset.
    const inline = JSON.parse(/<script type="application\/json">(.*)<\/script>/.exec(r.stdout)[1]);
    assert.deepEqual(inline.sessions[0].registration, {closes: '2027-06-14T18:00:00+02:00', full: false});
  });
});
