import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../define.js';
import type {UclgSessionCard} from './session-card.js';
import {clearFeedCache} from '../../feed/load.js';
import {pageClock} from '../../time/clock.js';
import {advanceUntil, FakeClock, pretendVisibility} from '../../test-support/fake-clock.js';
import {browserZone, forumFeed, forumSession, testFeed} from '../../test-support/fixtures.js';
import type {UclgStatusChangeEvent} from '../../events/status-change.js';
import {$, mount, settled, textOf, unmountAll} from '../../test-support/dom.js';
import {consoleDuring} from '../../test-support/console.js';
import {neverAnswered, withFetch} from '../../test-support/fetch.js';
import {parseFeed} from '../../feed/parse.js';
import {prerender} from '../../seo/prerender.js';
import type {Language} from '../../core/types.js';

const BEFORE = '2021-05-01T00:00:00Z';
/** The fixture served as a URL, so src loading is tested without depending on files. */
const FEED_URL = `data:application/json,${encodeURIComponent(JSON.stringify(testFeed()))}`;

async function card(attrs: {lang?: string; session?: string; now?: string; zone?: string} = {}, feed: unknown = testFeed()) {
  const el = await fixture<UclgSessionCard>(html`<uclg-session-card
    lang=${attrs.lang ?? 'en'}
    session=${attrs.session ?? 'digital'}
    now=${attrs.now ?? BEFORE}
    time-zone=${attrs.zone ?? ''}
    .feed=${feed}
  ></uclg-session-card>`);
  await settled(el);
  return el;
}

/** The fictional forum session: 2027-06-15 08:00–09:30Z, registration closing 2027-06-14 16:00Z. */
const FORUM = {start: Date.UTC(2027, 5, 15, 8), end: Date.UTC(2027, 5, 15, 9, 30), closes: Date.UTC(2027, 5, 14, 16)};
const iso = (t: number) => new Date(t).toISOString();

/** A card of the fictional forum session (`over` replaces its fields); without `now`, on the page clock. */
async function forumCard(attrs: {lang?: string; now?: number} = {}, over: Record<string, unknown> = {}) {
  const el = await fixture<UclgSessionCard>(html`<uclg-session-card
    lang=${attrs.lang ?? 'en'}
    session="riverside-water"
    now=${attrs.now === undefined ? '' : iso(attrs.now)}
    .feed=${forumFeed(forumSession(over))}
  ></uclg-session-card>`);
  await settled(el);
  return el;
}
const shown = (el: Element) => getComputedStyle(el).display !== 'none';
const visibleNames = (el: UclgSessionCard) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.people dd')].filter(shown).map((dd) => dd.querySelector('.name')!.textContent!);
const action = (el: UclgSessionCard) => $(el, '.cta');
const otherLinks = (el: UclgSessionCard) => [...el.shadowRoot!.querySelectorAll('.links a')].map((a) => a.textContent!.trim());

describe('<uclg-session-card>', () => {
  afterEach(() => {
    unmountAll();
    clearFeedCache();
    document.documentElement.removeAttribute('lang');
  });

  describe('content in three languages', () => {
    const cases = {
      en: ['UCLG Executive Bureau 2021', 'Opening High-Level Policy Dialogue', 'Inclusive Digitalization', 'Wednesday, 19 May 2021 · 12:00–13:30 CEST', 'Upcoming', 'Read more', 'Guiding questions', 'Question 1?', 'Details'],
      fr: ['Bureau exécutif de CGLU 2021', 'Dialogue politique de haut niveau d’ouverture', 'Numérisation inclusive', 'mercredi 19 mai 2021 · 12:00 – 13:30 CEST', 'À venir', 'Lire la suite', 'Questions directrices', 'Question 1 ?', 'Détails'],
      es: ['Buró Ejecutivo de CGLU 2021', 'Digitalización inclusiva', 'miércoles, 19 de mayo de 2021 · 12:00–13:30 CEST', 'Próximamente', 'Leer más', 'Preguntas orientadoras', '¿Pregunta 1?', 'Detalles'],
    };
    for (const [lang, expected] of Object.entries(cases)) {
      it(`shows interface, content and dates in ${lang}`, async () => {
        const el = await card({lang, zone: 'Europe/Madrid'});
        const text = textOf(el);
        for (const e of expected) expect(text).to.contain(e);
        await expect(el).to.be.accessible();
      });
    }

    it('shows two languages side by side on one page', async () => {
      const wrap = mount(html`
        <uclg-session-card lang="fr" session="digital" now=${BEFORE} .feed=${testFeed()}></uclg-session-card>
        <uclg-session-card lang="es" session="digital" now=${BEFORE} .feed=${testFeed()}></uclg-session-card>
      `);
      const [fr, es] = wrap.querySelectorAll('uclg-session-card');
      await settled(fr);
      await settled(es);
      expect(textOf(fr)).to.contain('Lire la suite').and.contain('mercredi').and.not.contain('Leer más');
      expect(textOf(es)).to.contain('Leer más').and.contain('miércoles').and.not.contain('Lire la suite');
    });

    it('falls back to the default language and marks the text with the language shown', async () => {
      const el = await card({lang: 'fr', session: 'health'});
      // Text in the card's language inherits it from the card's box; a fallback carries its own.
      const title = $(el, '.title')!;
      const kind = $(el, '.kind span')!;
      expect(title.querySelector('span')).to.equal(null);
      expect(title.closest<HTMLElement>('[lang]')!.lang).to.equal('fr');
      expect(kind.textContent).to.equal('High-Level Policy Dialogue');
      expect(kind.lang).to.equal('en');
      await expect(el).to.be.accessible();
    });

    it('follows its ancestors and <html lang>, and re-renders when they change', async () => {
      document.documentElement.lang = 'es-419';
      const el = await fixture<UclgSessionCard>(html`<uclg-session-card session="digital" now=${BEFORE} .feed=${testFeed()}></uclg-session-card>`);
      await settled(el);
      expect(textOf(el)).to.contain('Leer más');
      document.documentElement.lang = 'fr-CA';
      await waitUntil(() => textOf(el).includes('Lire la suite'), 'did not switch to French');
      el.setAttribute('lang', 'en');
      await waitUntil(() => textOf(el).includes('Read more'), 'did not switch to English');
      el.setAttribute('lang', 'de');
      await settled(el);
      expect(textOf(el)).to.contain('Read more');
    });
  });

  describe('times', () => {
    it('adds the viewer time when the display zone differs, with its zone label', async () => {
      const el = await card({zone: 'America/New_York'});
      expect(textOf($(el, '.viewer')!)).to.equal('06:00–07:30 your time (EDT)');
      expect($(el, 'time')!.getAttribute('datetime')).to.equal('2021-05-19T10:00:00.000Z');
    });

    it('says +1 day in the viewer language when the date differs', async () => {
      const fr = await card({lang: 'fr', zone: 'Pacific/Kiritimati'});
      expect(textOf($(fr, '.viewer')!)).to.equal('00:00 – 01:30 à votre heure (UTC+14) (+1 jour)');
      const es = await card({lang: 'es', zone: 'America/Los_Angeles', session: 'cancelled'});
      expect(textOf($(es, '.viewer')!)).to.equal('03:00–04:00 en su hora (PDT)');
    });

    it('shows no second line when the display zone shows the same times', async () => {
      const el = await card({zone: 'Europe/Paris'});
      expect($(el, '.viewer')).to.equal(null);
    });

    describe('a session that ends on a later day says so, as the programme and the pre-rendered HTML do', () => {
      /** The test feed with its first session moved: overnight in Madrid, or over two days. */
      const moved = (start: string, end: string) => {
        const feed = testFeed() as {sessions: Record<string, unknown>[]};
        Object.assign(feed.sessions[0], {start, end});
        return feed;
      };
      const NIGHT = moved('2021-05-19T23:00:00+02:00', '2021-05-20T00:30:00+02:00');
      const TWO_DAYS = moved('2021-05-19T09:00:00+02:00', '2021-05-20T17:00:00+02:00');
      const plain = (s: string) => s.replace(/\u2009|\u202f|\u00a0/g, ' ');
      // Spanish: Intl writes a range within one day "6:00–7:30", and the two times of a range over
      // days one by one, as "09:00" (time/format.ts timeRange).
      const cases = {
        en: {night: 'Wednesday, 19 May 2021 · 23:00–00:30 (+1 day) CEST', tokyo: '06:00–07:30 your time (GMT+9) (+1 day)', twoDays: 'Wednesday, 19 May 2021 · 09:00–17:00 (+1 day) CEST', chatham: '22:45–00:15 (+1 day) your time (GMT+12:45)'},
        fr: {night: 'mercredi 19 mai 2021 · 23:00 – 00:30 (+1 jour) CEST', tokyo: '06:00 – 07:30 à votre heure (UTC+9) (+1 jour)', twoDays: 'mercredi 19 mai 2021 · 09:00 – 17:00 (+1 jour) CEST', chatham: '22:45 – 00:15 (+1 jour) à votre heure (UTC+12:45)'},
        es: {night: 'miércoles, 19 de mayo de 2021 · 23:00–00:30 (+1 día) CEST', tokyo: '06:00–07:30 en su hora (GMT+9) (+1 día)', twoDays: 'miércoles, 19 de mayo de 2021 · 09:00–17:00 (+1 día) CEST', chatham: '22:45–00:15 (+1 día) en su hora (GMT+12:45)'},
      };
      for (const [lang, want] of Object.entries(cases)) {
        it(`in ${lang}: the event's time and the visitor's`, async () => {
          const night = await card({lang, zone: 'Asia/Tokyo'}, NIGHT);
          expect(plain(textOf($(night, '.when')!))).to.equal(want.night);
          expect(plain(textOf($(night, '.viewer')!))).to.equal(want.tokyo);
          // Overnight in Madrid, not in New York: no mark on the visitor's line.
          const ny = await card({lang, zone: 'America/New_York'}, NIGHT);
          expect(plain(textOf($(ny, '.viewer')!))).not.to.contain('(+');
          const twoDays = await card({lang, zone: 'Europe/Madrid'}, TWO_DAYS);
          expect(plain(textOf($(twoDays, '.when')!))).to.equal(want.twoDays);
          // The usual session, overnight for a visitor in the Chatham Islands (UTC+12:45).
          const chatham = await card({lang, zone: 'Pacific/Chatham'});
          expect(plain(textOf($(chatham, '.viewer')!))).to.equal(want.chatham);
          // The snippet `uclg-widgets render` writes has the same line in its <time>.
          const firstTime = (snippet: string, selector: string) => plain(new DOMParser().parseFromString(snippet, 'text/html').querySelector(selector)!.textContent!);
          for (const [feed, line] of [[NIGHT, want.night], [TWO_DAYS, want.twoDays]] as const) {
            const parsed = parseFeed(feed).feed!;
            expect(firstTime(prerender(parsed, {element: 'session-card', lang: lang as Language, session: 'digital'}), 'time')).to.equal(line);
            expect(firstTime(prerender(parsed, {element: 'agenda', lang: lang as Language}), 'li time')).to.equal(line.split(' · ')[1]);
          }
        });
      }
    });

    describe('a session while the clocks change gives each end its own zone, as the programme and the pre-rendered HTML do', () => {
      const plain = (t: string) => t.replace(/\u2009|\u202f|\u00a0/g, ' ');
      // The test feed's first session alone, moved (alone, so that it is the programme's first).
      const moved = (start: string, end: string) => {
        const feed = testFeed() as {sessions: Record<string, unknown>[]};
        feed.sessions = [{...feed.sessions[0], start, end}];
        return feed;
      };
      // Madrid's summer time ends at 03:00 CEST (02:00 CET) on 25 October 2026; New Zealand's
      // starts at 02:00 NZST (03:00 NZDT) on 27 September 2026, during a Madrid afternoon.
      const AUTUMN = moved('2026-10-25T01:30:00+02:00', '2026-10-25T02:30:00+01:00');
      const AFTERNOON = moved('2026-09-26T15:00:00+02:00', '2026-09-26T17:00:00+02:00');
      const cases = {
        en: {autumn: 'Sunday, 25 October 2026 · 01:30 CEST – 02:30 CET', auckland: '01:00–04:00 your time (GMT+12 – GMT+13) (+1 day)'},
        fr: {autumn: 'dimanche 25 octobre 2026 · 01:30 CEST – 02:30 CET', auckland: '01:00 – 04:00 à votre heure (UTC+12 – UTC+13) (+1 jour)'},
        es: {autumn: 'domingo, 25 de octubre de 2026 · 01:30 CEST – 02:30 CET', auckland: '01:00–04:00 en su hora (GMT+12 – GMT+13) (+1 día)'},
      };
      for (const [lang, want] of Object.entries(cases)) {
        it(`in ${lang}`, async () => {
          const autumn = await card({lang, zone: 'America/New_York', now: '2026-10-01T00:00:00Z'}, AUTUMN);
          expect(plain(textOf($(autumn, '.when')!))).to.equal(want.autumn);
          // In New York the clocks do not change that night: one zone.
          expect(plain(textOf($(autumn, '.viewer')!))).to.match(/:30 [^()]+ \(EDT\) \(/);
          const auckland = await card({lang, zone: 'Pacific/Auckland', now: '2026-09-01T00:00:00Z'}, AFTERNOON);
          expect(plain(textOf($(auckland, '.when')!))).to.match(/ CEST$/);
          expect(plain(textOf($(auckland, '.viewer')!))).to.equal(want.auckland);
          const parsed = parseFeed(AUTUMN).feed!;
          const first = (snippet: string, selector: string) => plain(new DOMParser().parseFromString(snippet, 'text/html').querySelector(selector)!.textContent!);
          expect(first(prerender(parsed, {element: 'session-card', lang: lang as Language, session: 'digital'}), 'time')).to.equal(want.autumn);
          expect(first(prerender(parsed, {element: 'agenda', lang: lang as Language}), 'li time')).to.equal(want.autumn.split(' · ')[1]);
        });
      }
    });

    it('shows the visitor\'s own zone for a time-zone the browser does not know, and says so once in the console, in each language', async () => {
      const warnings: string[] = [];
      const realWarn = console.warn;
      console.warn = (m: string) => m.includes('uclg-widgets validate') || warnings.push(m);
      try {
        const want = {
          en: '[uclg-session-card] Unknown time-zone "Europe/Pariss": the visitor\'s own zone is shown.',
          fr: '[uclg-session-card] time-zone « Europe/Parisss » inconnu : le fuseau du visiteur est affiché.',
          es: '[uclg-session-card] time-zone «Europe/Parissss» desconocido: se muestra la zona horaria del visitante.',
        };
        const typo = {en: 'Europe/Pariss', fr: 'Europe/Parisss', es: 'Europe/Parissss'};
        for (const [lang, line] of Object.entries(want) as [keyof typeof typo, string][]) {
          const el = await card({lang, zone: typo[lang]});
          const same = await card({lang});
          // Rendered (no crash box), with the same lines as a card without time-zone.
          expect($(el, 'article'), `${lang}: the card renders`).to.exist;
          expect(textOf($(el, '.when')!)).to.equal(textOf($(same, '.when')!));
          expect($(el, '.viewer') && textOf($(el, '.viewer')!)).to.equal($(same, '.viewer') && textOf($(same, '.viewer')!));
          expect(warnings.filter((w) => w.includes('time-zone'))).to.include(line);
          // Again, and re-rendered: no second line for the same name.
          const again = await card({lang, zone: typo[lang]});
          again.requestUpdate();
          await settled(again);
        }
        expect(warnings.filter((w) => w.includes('time-zone'))).to.have.length(3);
      } finally {
        console.warn = realWarn;
      }
    });

    it(`uses the browser zone by default (${browserZone()})`, async () => {
      const el = await card();
      const expected: Record<string, string | null> = {
        'Europe/Madrid': null,
        'America/New_York': '06:00–07:30 your time (EDT)',
        'Asia/Kathmandu': '15:45–17:15 your time (GMT+5:45)',
        'Asia/Katmandu': '15:45–17:15 your time (GMT+5:45)', // Chromium's name for it
        'Pacific/Kiritimati': '00:00–01:30 your time (GMT+14) (+1 day)',
        'America/Los_Angeles': '03:00–04:30 your time (PDT)',
        'Australia/Lord_Howe': '20:30–22:00 your time (GMT+10:30)',
        // Not in CI's matrix, for UCLG_ZONES runs (the session crosses midnight in Chatham).
        'Australia/Sydney': '20:00–21:30 your time (GMT+10)',
        'Pacific/Chatham': '22:45–00:15 (+1 day) your time (GMT+12:45)',
        'America/St_Johns': '07:30–09:00 your time (GMT-2:30)',
      };
      const zone = browserZone();
      if (!(zone in expected)) throw new Error(`no expectation for ${zone}`);
      const viewer = $(el, '.viewer');
      expect(viewer && textOf(viewer)).to.equal(expected[zone]);
    });
  });

  describe('status', () => {
    const at = {upcoming: '2021-05-19T09:59:59Z', live: '2021-05-19T10:00:00Z', ended: '2021-05-19T11:30:00Z'};
    for (const [status, now] of Object.entries(at)) {
      it(`is ${status} at ${now}`, async () => {
        const el = await card({now});
        expect($(el, '.status')!.className).to.contain(status);
        await expect(el).to.be.accessible();
      });
    }
    it('says cancelled whatever the time', async () => {
      const el = await card({session: 'cancelled', now: '2021-05-21T10:30:00Z'});
      expect($(el, '.status')!.textContent).to.equal('Cancelled');
      await expect(el).to.be.accessible();
    });
  });

  describe('background and links', () => {
    it('collapses the background behind Read more, and expands it from the keyboard', async () => {
      const el = await card();
      const hidden = () => [...el.shadowRoot!.querySelectorAll('.body p')].filter((p) => getComputedStyle(p).display === 'none').length;
      expect(hidden()).to.equal(2);
      const button = $<HTMLButtonElement>(el, 'button[aria-controls="body"]')!;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      button.focus();
      button.click();
      await el.updateComplete;
      expect(hidden()).to.equal(0);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(button.textContent!.trim()).to.equal('Show less');
      await expect(el).to.be.accessible();
    });

    it('renders only safe links, external ones with rel="noopener noreferrer"', async () => {
      const el = await card();
      const links = [...el.shadowRoot!.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/digital', 'https://example.org/live']);
      for (const a of links) expect(a.rel).to.equal('noopener noreferrer');
    });

    it('renders feed text as text, never as markup', async () => {
      const feed = testFeed() as any;
      feed.sessions[0].title.en = '<img src=x onerror="window.__xss=1">';
      const el = await card({}, feed);
      expect($(el, '.title img')).to.equal(null);
      expect($(el, '.title')!.textContent).to.contain('<img src=x');
      expect((window as any).__xss).to.equal(undefined);
    });
  });

  describe('guiding questions', () => {
    afterEach(() => history.replaceState(null, '', location.pathname + location.search));

    it('lists them under a heading one level below the title, each with the id a URL fragment can name', async () => {
      const el = await fixture<UclgSessionCard>(html`<uclg-session-card lang="fr" session="digital" now=${BEFORE} heading-level="2" .feed=${testFeed()}></uclg-session-card>`);
      await settled(el);
      const section = $(el, 'section.questions')!;
      const heading = section.querySelector('[role="heading"]')!;
      expect(heading.getAttribute('aria-level')).to.equal('3');
      expect(heading.textContent!.trim()).to.equal('Questions directrices');
      expect(section.getAttribute('aria-labelledby')).to.equal(heading.id);
      const items = [...section.querySelectorAll('ol > li')];
      expect(items.map((li) => li.id)).to.deep.equal(['digital-q1', 'digital-q2', 'digital-q3', 'digital-q4', 'digital-q5', 'digital-q6']);
      expect(items[0].textContent).to.equal('Question 1 ?');
      expect(items.every((li) => li.querySelector('span') === null), 'text in the card\'s language is a plain text node').to.be.true;
      await expect(el).to.be.accessible();
    });

    it('marks a question and a paragraph shown in the fallback language with that language', async () => {
      const el = await card({lang: 'fr', session: 'health'});
      const question = $(el, '.questions li span')!;
      expect(question.textContent).to.equal('How?');
      expect(question.lang).to.equal('en');
      const paragraph = $(el, '.body p span')!;
      expect(paragraph.textContent).to.equal('Only in English.');
      expect(paragraph.lang).to.equal('en');
    });

    it('goes to the question named by the URL fragment: highlighted and focused', async () => {
      const el = await card();
      expect(el.shadowRoot!.querySelector('.target')).to.equal(null);
      location.hash = '#digital-q3';
      await new Promise((r) => window.addEventListener('hashchange', r, {once: true}));
      await el.updateComplete;
      await el.updateComplete;
      const target = el.shadowRoot!.getElementById('digital-q3')!;
      expect(target.classList.contains('target')).to.be.true;
      expect(target.getAttribute('tabindex')).to.equal('-1');
      expect(el.shadowRoot!.activeElement).to.equal(target);
      expect(el.shadowRoot!.querySelectorAll('.target')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('goes to a question named in the URL when the page loads, and ignores fragments that name none of its own', async () => {
      history.replaceState(null, '', '#digital-q6');
      const el = await card();
      await el.updateComplete;
      expect(el.shadowRoot!.getElementById('digital-q6')!.classList.contains('target')).to.be.true;
      const other = await card({session: 'health'});
      await other.updateComplete;
      expect(other.shadowRoot!.querySelector('.target')).to.equal(null);
    });

    it('re-renders the background in a new language', async () => {
      const el = await card({lang: 'fr'});
      expect($(el, '.body p')!.textContent).to.equal('Premier paragraphe.');
      el.setAttribute('lang', 'es');
      await settled(el);
      expect($(el, '.body p')!.textContent).to.equal('Primer párrafo.');
      expect($(el, '.questions li')!.textContent).to.equal('¿Pregunta 1?');
    });
  });

  describe('states', () => {
    it('loads from src, one request per URL for several cards', async () => {
      const calls: string[] = [];
      await withFetch((real, input, init) => (calls.push(String(input)), real(input, init)), async () => {
        const wrap = mount(html`
          <uclg-session-card src=${FEED_URL} session="digital" now=${BEFORE}></uclg-session-card>
          <uclg-session-card src=${FEED_URL} session="health" now=${BEFORE}></uclg-session-card>
        `);
        const cards = [...wrap.querySelectorAll('uclg-session-card')];
        for (const c of cards) await waitUntil(() => $(c, 'article'), 'card did not render the feed', {timeout: 4000});
        expect(calls.filter((u) => u === FEED_URL)).to.have.length(1);
        expect(textOf(cards[1])).to.contain('Healthy People and Territories');
      });
    });

    it('reads an inline JSON child', async () => {
      const el = await fixture<UclgSessionCard>(html`<uclg-session-card session="digital" now=${BEFORE}>
        <script type="application/json">${JSON.stringify(testFeed())}</script>
      </uclg-session-card>`);
      await settled(el);
      expect(textOf(el)).to.contain('Inclusive Digitalization');
    });

    it('reserves space while loading', async () => {
      await withFetch(neverAnswered, async () => {
        const el = await fixture<UclgSessionCard>(html`<uclg-session-card src="/never.json" session="x"></uclg-session-card>`);
        expect($(el, '[role="status"]')!.textContent).to.contain('Loading');
        expect(el.getBoundingClientRect().height).to.be.greaterThan(50);
        await expect(el).to.be.accessible();
      });
    });

    it('shows a localized error with Retry that loads again', async () => {
      let offline = true;
      const clock = new FakeClock(Date.now()).install();
      const visible = pretendVisibility('visible');
      // No saved copy of the feed from earlier tests: this browser has never seen it.
      for (const key of Object.keys(localStorage)) if (key.startsWith('uclg-widgets:feed:')) localStorage.removeItem(key);
      const errors: string[] = [];
      const realError = console.error;
      console.error = (m: string) => errors.push(m);
      await withFetch((real, input, init) => (offline ? Promise.reject(new TypeError('offline')) : real(input, init)), async () => {
        const el = await fixture<UclgSessionCard>(html`<uclg-session-card lang="fr" src=${FEED_URL} session="health" now=${BEFORE}></uclg-session-card>`);
        // A network error is retried with backoff before the widget gives up.
        await advanceUntil(clock, () => $(el, '[role="alert"]'));
        expect(textOf(el)).to.contain('Le programme n’a pas pu être chargé.').and.contain('Réessayer');
        // The console names a data: URL by its start, not by the whole feed it carries.
        // It names the URL once: "network: <url>: offline" is the error's message (uclg-feed-error).
        expect(errors).to.deep.equal(['[uclg-session-card] Impossible de charger data:application/json,… : network: offline']);
        await expect(el).to.be.accessible();
        offline = false;
        $<HTMLButtonElement>(el, 'button')!.click();
        await waitUntil(() => $(el, 'article'), 'Retry did not load the feed');
      }).finally(() => {
        console.error = realError;
        visible();
        pageClock.use();
      });
    });

    it('names a feed URL once in the console line of a failed load, in its language', async () => {
      const src = `${location.origin}/no-such-feed-${Math.random()}.json`;
      const errors = await consoleDuring('error', async () => {
        const el = await fixture<UclgSessionCard>(html`<uclg-session-card lang="es" src=${src} session="digital" now=${BEFORE}></uclg-session-card>`);
        await waitUntil(() => $(el, '[role="alert"]'), 'no error box', {timeout: 4000});
      });
      expect(errors).to.deep.equal([`[uclg-session-card] No se pudo cargar ${src}: http: answered 404 Not Found`]);
    });

    it('names a relative feed URL as written and as resolved in the console line of a failed load, in three languages', async () => {
      // The path as written is the end of the URL it was resolved to: cutting it out of the reason left "http://host answered 404".
      const cases = [['en', 'Could not load', ':'], ['fr', 'Impossible de charger', ' :'], ['es', 'No se pudo cargar', ':']];
      for (const [i, [lang, start, colon]] of cases.entries()) {
        const path = `no-such-feed-${i}-${Math.random()}.json`;
        for (const src of [path, `/${path}`, `./${path}`]) {
          const errors = await consoleDuring('error', async () => {
            const el = await fixture<UclgSessionCard>(html`<uclg-session-card lang=${lang} src=${src} session="digital" now=${BEFORE}></uclg-session-card>`);
            await waitUntil(() => $(el, '[role="alert"]'), 'no error box', {timeout: 4000});
          });
          const resolved = new URL(src, document.baseURI).href;
          expect(errors, src).to.deep.equal([`[uclg-session-card] ${start} ${src}${colon} http: ${resolved} answered 404 Not Found`]);
        }
      }
    });

    it('names the validator\'s file, not a data: URL, in the console line about the feed\'s problems', async () => {
      // A feed no other test loads: its problem (the javascript: link) is reported here, once.
      const feed = testFeed() as {event: {id: string}};
      feed.event.id = 'data-url-console';
      const src = `data:application/json,${encodeURIComponent(JSON.stringify(feed))}`;
      const warnings = await consoleDuring('warn', async () => {
        const el = await fixture<UclgSessionCard>(html`<uclg-session-card lang="es" src=${src} session="digital" now=${BEFORE}></uclg-session-card>`);
        await waitUntil(() => $(el, 'article'), 'card did not render the feed', {timeout: 4000});
      });
      expect(warnings).to.deep.equal([
        '[uclg-session-card] Problemas en el programa (npx uclg-widgets validate <feed.json> los explica):\n' +
          'sessions[0].links.register: "javascript:alert(1)" is not an absolute http, https or mailto URL; the link is dropped',
      ]);
    });

    it('reports an invalid feed in the console and says so', async () => {
      const errors = await consoleDuring('error', async () => {
        const el = await card({}, {version: 1, event: {}});
        expect(textOf(el)).to.contain('The programme could not be read.');
      });
      expect(errors.join('\n')).to.contain('event.id:');
    });

    it('says when the session is not in the feed', async () => {
      const el = await card({lang: 'es', session: 'nope'});
      expect(textOf(el)).to.equal('Esta sesión no figura en el programa.');
      await expect(el).to.be.accessible();
    });

    it('names the sessions there are in the console when a widget\'s session is not in its feed, once per id, in its language', async () => {
      const warnings: string[] = [];
      const realWarn = console.warn;
      // The test feed's own problem (a javascript: link) is reported too, once: not counted here.
      console.warn = (m: string) => m.includes('uclg-widgets validate') || warnings.push(m);
      try {
        const feed = testFeed();
        const wrap = mount(html`<div>
          <uclg-session-card lang="en" session="digitl" .feed=${feed}></uclg-session-card>
          <uclg-countdown lang="fr" session="digitl" .feed=${feed}></uclg-countdown>
          <uclg-guiding-questions lang="es" .feed=${feed}></uclg-guiding-questions>
        </div>`);
        const [el, countdown, questions] = wrap.querySelectorAll<UclgSessionCard>('uclg-session-card, uclg-countdown, uclg-guiding-questions');
        for (const w of [el, countdown, questions]) await settled(w);
        expect(warnings).to.deep.equal([
          '[uclg-session-card] No session "digitl" in the feed; set session to one of: digital, health, cancelled',
          '[uclg-countdown] Aucune session « digitl » dans le flux ; donnez à session l’une de ces valeurs : digital, health, cancelled',
          '[uclg-guiding-questions] No hay ninguna sesión «» en el programa; dé a session uno de estos valores: digital, health, cancelled',
        ]);
        // The countdown renders every second: still one line. Another missing id: one more.
        countdown.requestUpdate();
        await settled(countdown);
        el.session = 'heath';
        await settled(el);
        expect(warnings.slice(3)).to.deep.equal(['[uclg-session-card] No session "heath" in the feed; set session to one of: digital, health, cancelled']);
        // Found: nothing more.
        el.session = 'health';
        await settled(el);
        expect(warnings).to.have.length(4);
      } finally {
        console.warn = realWarn;
        unmountAll();
      }
    });

    it('says that no session could be read, not "one of:" and nothing, when the parser left every one out, in its language', async () => {
      const warnings: string[] = [];
      const realWarn = console.warn;
      console.warn = (m: string) => m.includes('uclg-widgets validate') || warnings.push(m);
      try {
        const feed = testFeed() as {sessions: Record<string, unknown>[]};
        feed.sessions = feed.sessions.map((s) => ({...s, start: 'soon'}));
        const wrap = mount(html`<div>${(['en', 'fr', 'es'] as const).map((lang) => html`<uclg-session-card lang=${lang} session="digital" .feed=${feed}></uclg-session-card>`)}</div>`);
        for (const w of wrap.querySelectorAll<UclgSessionCard>('uclg-session-card')) await settled(w);
        expect(warnings).to.deep.equal([
          '[uclg-session-card] No session "digital" in the feed: none of its sessions could be read (the problems are above)',
          '[uclg-session-card] Aucune session « digital » dans le flux : aucune de ses sessions n’a pu être lue (les problèmes sont ci-dessus)',
          '[uclg-session-card] No hay ninguna sesión «digital» en el programa: no se ha podido leer ninguna de sus sesiones (los problemas están más arriba)',
        ]);
      } finally {
        console.warn = realWarn;
        unmountAll();
      }
    });
  });

  describe('its width rules, read without the card being a container', () => {
    // The title's size, the padding and the people's columns follow the card's own width (not
    // the window's), from the title's and the people's boxes and a percentage of the card's
    // width (session-card.styles.ts). Sizes at 16 px; compact cards are 14 px.
    const at = (el: UclgSessionCard, width: number) => {
      el.style.width = `${width}px`;
      // Read at once (styles in a container are worked out with its layout, which this forces):
      // no frame is waited for, as a background page may not get one.
      void el.offsetWidth;
      const groups = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.people > .group')];
      // Below the last person shown: nothing inside the list in one column (its margin is the
      // list's), the person's margin inside the grid in two, as before the list was a container.
      const persons = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.people .person')];
      const below = $(el, '.people')!.getBoundingClientRect().bottom - persons.at(-1)!.getBoundingClientRect().bottom;
      return {
        below: Math.round(below * 100) / 100,
        title: getComputedStyle($(el, '.title')!).fontSize,
        padding: getComputedStyle($(el, 'article')!).paddingInlineStart,
        columns: groups.map((g) => {
          const style = getComputedStyle(g);
          return style.display === 'grid' ? style.gridTemplateColumns.split(' ').length : 0;
        }),
      };
    };
    for (const lang of ['en', 'fr', 'es'] as const) {
      it(`title, padding and people by the card's width (${lang})`, async () => {
        const el = await forumCard({lang, now: FORUM.start - 86_400_000});
        expect(el.shadowRoot!.querySelectorAll('.people > .group').length).to.be.greaterThan(1);
        const expected: [number, string, string, number][] = [
          // width, title, padding, people's columns
          [300, '20px', '14px', 0],
          [352, '20px', '14px', 0],
          [353, '24px', '14.4px', 0],
          [400, '24px', '20px', 0],
          [575, '24px', '20px', 0],
          [576, '24px', '20px', 2],
          [719, '24px', '20px', 2],
          [720, '28px', '20px', 2],
          [900, '28px', '20px', 2],
        ];
        for (const [width, title, padding, columns] of expected) {
          const got = at(el, width);
          expect(got.title, `title at ${width}px`).to.equal(title);
          // The padding grows from 14 px at 352 px to 20 px at 367 px (0.4 px a pixel).
          expect(parseFloat(got.padding), `padding at ${width}px`).to.be.closeTo(parseFloat(padding), 0.05);
          expect(got.columns.every((c) => c === columns), `people's columns at ${width}px: ${got.columns}`).to.equal(true);
          expect(got.below, `below the last person at ${width}px`).to.equal(columns ? 8 : 0);
        }
        el.setAttribute('compact', '');
        await settled(el);
        for (const [width, padding, columns] of [[300, '12.25px', 0], [320, '10.5px', 0], [480, '10.5px', 0], [500, '10.5px', 2]] as const) {
          const got = at(el, width);
          expect(got.title, `compact title at ${width}px`).to.equal('17.5px');
          expect(parseFloat(got.padding), `compact padding at ${width}px`).to.be.closeTo(parseFloat(padding), 0.05);
          expect(got.columns.every((c) => c === columns), `compact people's columns at ${width}px: ${got.columns}`).to.equal(true);
          expect(got.below, `compact, below the last person at ${width}px`).to.equal(columns ? 7 : 0);
        }
      });
    }
  });

  describe('people, place and languages', () => {
    const BEFORE_FORUM = FORUM.closes - 86_400_000;

    it('groups people by role, moderator first, and shows the first six with "and 2 more"', async () => {
      const el = await forumCard({now: BEFORE_FORUM});
      const groups = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.people > div')];
      expect(groups.map((g) => textOf(g.querySelector('dt')!))).to.deep.equal(['Moderator', 'Host', 'Keynote speaker', 'Speakers', 'Rapporteur']);
      expect(groups.map(shown)).to.deep.equal([true, true, true, true, false]);
      expect(visibleNames(el)).to.deep.equal(['Amara Okafor', 'Lucía Ferrán', 'Kenji Watanabe', 'Élise Marchand', 'Tomás Ibarra', 'Nadia Haddad']);
      // Her initials are there too, under her photo until it loads, hidden from assistive technology.
      expect(textOf($(el, '.people dd .who')!)).to.equal('Amara Okafor Riverside City Council');
      const button = $<HTMLButtonElement>(el, 'button[aria-controls="people"]')!;
      expect(button.textContent!.trim()).to.equal('and 2 more');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      await expect(el).to.be.accessible();
    });

    it('expands and collapses the rest from the keyboard', async () => {
      const el = await forumCard({lang: 'fr', now: BEFORE_FORUM});
      const button = $<HTMLButtonElement>(el, 'button[aria-controls="people"]')!;
      expect(button.textContent!.trim()).to.equal('et 2 de plus');
      button.focus();
      await sendKeys({press: 'Enter'});
      await waitUntil(() => button.getAttribute('aria-expanded') === 'true', 'Enter did not expand');
      await el.updateComplete;
      expect(visibleNames(el)).to.have.length(8);
      expect(visibleNames(el).slice(-2)).to.deep.equal(['Piet de Vries', 'Grace Mensah']);
      expect(textOf(el)).to.contain('Rapporteur·e').and.contain('Assemblée des jeunes de Riverside');
      expect(button.textContent!.trim()).to.equal('Afficher moins');
      expect(el.shadowRoot!.activeElement).to.equal(button);
      await expect(el).to.be.accessible();
      await sendKeys({press: ' '});
      await waitUntil(() => button.getAttribute('aria-expanded') === 'false', 'Space did not collapse');
      await el.updateComplete;
      expect(visibleNames(el)).to.have.length(6);
    });

    it('shows each photo lazily in a fixed box with the name as alt, and initials without one or when it fails', async () => {
      const el = await forumCard({now: BEFORE_FORUM});
      const [amara, lucia, , elise] = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.people dd')];
      const img = lucia.querySelector('img')!;
      expect(img.getAttribute('src')).to.equal('https://example.org/photos/lucia-ferran.jpg');
      expect([img.alt, img.loading, img.decoding, img.width, img.height]).to.deep.equal(['Lucía Ferrán', 'lazy', 'async', 48, 48]);
      // Under the photo, its initials: what shows until it has loaded (the photo covers them then).
      const under = img.previousElementSibling as HTMLElement;
      expect([under.textContent, under.getAttribute('aria-hidden'), under.checkVisibility()]).to.deep.equal(['LF', 'true', true]);
      expect(img.parentElement!.getBoundingClientRect().toJSON()).to.deep.equal(img.getBoundingClientRect().toJSON());
      // The photo is over its initials (what a pointer or a screenshot meets at its centre).
      const centre = img.getBoundingClientRect();
      expect(el.shadowRoot!.elementFromPoint(centre.x + centre.width / 2, centre.y + centre.height / 2)).to.equal(img);
      // No photo in the feed: initials, hidden from assistive technology (the name is next to them).
      const initials = elise.querySelector<HTMLElement>('.face')!;
      expect(initials.localName).to.equal('span');
      expect(initials.textContent).to.equal('ÉM');
      expect(initials.getAttribute('aria-hidden')).to.equal('true');
      // Photos and initials take the same box, so nothing moves when a photo loads or fails.
      const box = (e: Element) => {
        const r = e.getBoundingClientRect();
        return [r.width, r.height];
      };
      expect(box(initials)).to.deep.equal([48, 48]);
      expect(box(img)).to.deep.equal([48, 48]);
      const rowHeight = amara.getBoundingClientRect().height;
      amara.querySelector('img')!.dispatchEvent(new Event('error'));
      await el.updateComplete;
      const fallback = amara.querySelector<HTMLElement>('.face')!;
      expect([fallback.localName, fallback.textContent, fallback.getAttribute('aria-hidden')]).to.deep.equal(['span', 'AO', 'true']);
      expect(box(fallback)).to.deep.equal([48, 48]);
      expect(amara.getBoundingClientRect().height).to.equal(rowHeight);
      expect(lucia.querySelector('img')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('links a name when the person has a URL, and renders names as text', async () => {
      const people = [
        {name: 'Amara Okafor', role: 'moderator', url: 'https://example.org/amara'},
        {name: '<b>Not bold</b>', role: 'speaker'},
      ];
      const el = await forumCard({now: BEFORE_FORUM}, {people});
      const link = $<HTMLAnchorElement>(el, '.people a')!;
      expect([link.textContent, link.href, link.rel]).to.deep.equal(['Amara Okafor', 'https://example.org/amara', 'noopener noreferrer']);
      expect($(el, '.people b')).to.equal(null);
      expect(textOf(el)).to.contain('<b>Not bold</b>');
      expect($(el, 'button[aria-controls="people"]')).to.equal(null);
    });

    // A short list as this browser's Intl writes it ("árabe, francés" or "árabe y francés" by ICU version).
    const short = (locale: string, items: string[]) => new Intl.ListFormat(locale, {type: 'unit', style: 'short'}).format(items);
    const lines = {
      en: ['In person and online · Riverside Conference Hall, Riverside, Spain · Map', 'In English and Spanish · Interpretation: Arabic, French', 'Online'],
      fr: ['En présentiel et en ligne · Palais des congrès de Riverside, Riverside, Espagne · Plan', `En anglais et espagnol · Interprétation\u00a0: ${short('fr-FR', ['arabe', 'français'])}`, 'En ligne'],
      es: ['Presencial y en línea · Palacio de Congresos de Riverside, Riverside, España · Mapa', `En inglés y español · Interpretación: ${short('es-ES', ['árabe', 'francés'])}`, 'En línea'],
    };
    for (const [lang, [place, languages, online]] of Object.entries(lines)) {
      it(`says where and in which languages, in ${lang}`, async () => {
        const el = await forumCard({lang, now: BEFORE_FORUM});
        expect(textOf($(el, '.place')!)).to.equal(place);
        expect($<HTMLAnchorElement>(el, '.place a')!.href).to.equal('https://example.org/riverside/map');
        expect($(el, '.languages')!.textContent).to.equal(languages);
        await expect(el).to.be.accessible();
        const remote = await forumCard({lang, now: BEFORE_FORUM}, {location: {mode: 'online', map: 'https://example.org/riverside/map'}, languages: undefined});
        expect(textOf($(remote, '.place')!)).to.equal(online);
        expect($(remote, '.place a')).to.equal(null);
        expect($(remote, '.languages')).to.equal(null);
      });
    }

    it('shows no people, place or languages when the feed has none', async () => {
      const el = await card();
      expect([$(el, '.people'), $(el, '.place'), $(el, '.languages')]).to.deep.equal([null, null, null]);
    });
  });

  describe('call to action', () => {
    const withoutRecording = {links: {details: 'https://example.org/riverside/water', stream: 'https://example.org/riverside/water/live'}};
    const states: [string, number, Record<string, unknown>, string, string | null, Record<string, string>][] = [
      ['register', FORUM.closes - 1, {}, 'Register', 'https://example.org/riverside/water/register', {fr: 'S’inscrire', es: 'Inscribirse'}],
      ['closed', FORUM.closes, {}, 'Registration closed', null, {fr: 'Inscriptions closes', es: 'Inscripción cerrada'}],
      ['full', FORUM.closes - 86_400_000, {registration: {full: true}}, 'Full', null, {fr: 'Complet', es: 'Completo'}],
      ['stream', FORUM.start, {}, 'Join the livestream', 'https://example.org/riverside/water/live', {fr: 'Rejoindre le direct', es: 'Ver la transmisión en directo'}],
      ['recording', FORUM.end, {}, 'Watch the recording', 'https://example.org/riverside/water/recording', {fr: 'Voir l’enregistrement', es: 'Ver la grabación'}],
      ['recording-soon', FORUM.end + 86_400_000, withoutRecording, 'Recording coming soon', null, {fr: 'Enregistrement bientôt disponible', es: 'Grabación disponible próximamente'}],
    ];
    for (const [kind, now, over, label, href, translated] of states) {
      it(`${kind}: "${label}", ${href ? 'a link' : 'no link'}, not repeated among the other links, in three languages`, async () => {
        const el = await forumCard({now}, over);
        const cta = action(el)!;
        expect([cta.className, cta.textContent, cta.getAttribute('href')]).to.deep.equal([`cta ${kind}`, label, href]);
        expect(otherLinks(el)).to.include('Details').and.not.include(label);
        // Once registration is closed or full, the sign-up link is gone from the others too.
        if (kind !== 'register') expect(otherLinks(el)).not.to.include('Register');
        // The recording is not among them before the end: there is nothing to watch yet.
        if (now < FORUM.end) expect(otherLinks(el)).not.to.include('Watch the recording');
        await expect(el).to.be.accessible();
        for (const [lang, text] of Object.entries(translated)) {
          const other = await forumCard({lang, now}, over);
          expect(action(other)!.textContent).to.equal(text);
        }
      });
    }

    it('stands out while live', async () => {
      const el = await forumCard({now: FORUM.start});
      const live = getComputedStyle(action(el)!);
      const register = getComputedStyle(action(await forumCard({now: FORUM.closes - 1}))!);
      expect(live.backgroundColor).not.to.equal(register.backgroundColor);
      expect(parseFloat(live.fontSize)).to.be.greaterThan(parseFloat(register.fontSize));
    });

    it('passes axe (contrast included) in the dark theme and compact, registering and live', async () => {
      for (const now of [FORUM.closes - 1, FORUM.start]) {
        // mount(), not fixture(): fixture waits an animation frame for a plain <div>, and a
        // background test page (Chromium runs two at a time) never gets one.
        const el = mount(html`<div style="background: #0d1117; width: 700px">
          <uclg-session-card theme="dark" compact session="riverside-water" now=${iso(now)} .feed=${forumFeed()}></uclg-session-card>
        </div>`).querySelector<UclgSessionCard>('uclg-session-card')!;
        await settled(el);
        expect(action(el)).to.exist;
        await expect(el).to.be.accessible();
      }
    });

    it('none for a cancelled or postponed session', async () => {
      for (const status of ['cancelled', 'postponed']) {
        const el = await forumCard({now: FORUM.start}, {status});
        expect(action(el)).to.equal(null);
        expect(otherLinks(el)).to.include('Register').and.include('Watch live');
        await expect(el).to.be.accessible();
      }
    });

    it('changes by itself at the exact instants, with uclg-status-change at the start and the end', async () => {
      const clock = new FakeClock(FORUM.closes - 2000).install();
      try {
        const el = await forumCard();
        const events: string[] = [];
        el.addEventListener('uclg-status-change', (e: UclgStatusChangeEvent) => events.push(`${e.detail.oldStatus}→${e.detail.newStatus}`));
        const now = () => action(el)?.textContent;
        expect(now()).to.equal('Register');
        await clock.advance(1999);
        expect(now()).to.equal('Register');
        await clock.advance(1);
        expect(now()).to.equal('Registration closed');
        expect(otherLinks(el)).not.to.include('Register');
        await clock.advance(FORUM.start - FORUM.closes - 1);
        expect(now()).to.equal('Registration closed');
        expect(events).to.deep.equal([]);
        await clock.advance(1);
        expect(now()).to.equal('Join the livestream');
        expect(events).to.deep.equal(['upcoming→live']);
        await clock.advance(FORUM.end - FORUM.start - 1);
        expect(now()).to.equal('Join the livestream');
        await clock.advance(1);
        expect(now()).to.equal('Watch the recording');
        expect(events).to.deep.equal(['upcoming→live', 'live→ended']);
        await expect(el).to.be.accessible();
      } finally {
        pageClock.use();
      }
    });
  });
});
