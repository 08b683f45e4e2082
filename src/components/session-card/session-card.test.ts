import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../define.js';
import type {UclgSessionCard} from './session-card.js';
import {clearFeedCache} from '../../feed/load.js';
import {pageClock} from '../../time/clock.js';
import {advanceUntil, FakeClock, pretendVisibility} from '../../test-support/fake-clock.js';
import {browserZone, testFeed} from '../../test-support/fixtures.js';
import {$, mount, settled, textOf, unmountAll} from '../../test-support/dom.js';

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
      expect(textOf($(es, '.viewer')!)).to.equal('3:00–4:00 en su hora (PDT)');
    });

    it('shows no second line when the display zone shows the same times', async () => {
      const el = await card({zone: 'Europe/Paris'});
      expect($(el, '.viewer')).to.equal(null);
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
        'Australia/Sydney': '20:00–21:30 your time (GMT+10)',
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

  describe('states', () => {
    it('loads from src, one request per URL for several cards', async () => {
      const calls: string[] = [];
      const realFetch = window.fetch;
      window.fetch = (input, init) => (calls.push(String(input)), realFetch(input, init));
      try {
        const wrap = mount(html`
          <uclg-session-card src=${FEED_URL} session="digital" now=${BEFORE}></uclg-session-card>
          <uclg-session-card src=${FEED_URL} session="health" now=${BEFORE}></uclg-session-card>
        `);
        const cards = [...wrap.querySelectorAll('uclg-session-card')];
        for (const c of cards) await waitUntil(() => $(c, 'article'), 'card did not render the feed', {timeout: 4000});
        expect(calls.filter((u) => u === FEED_URL)).to.have.length(1);
        expect(textOf(cards[1])).to.contain('Healthy People and Territories');
      } finally {
        window.fetch = realFetch;
      }
    });

    it('reads an inline JSON child', async () => {
      const el = await fixture<UclgSessionCard>(html`<uclg-session-card session="digital" now=${BEFORE}>
        <script type="application/json">${JSON.stringify(testFeed())}</script>
      </uclg-session-card>`);
      await settled(el);
      expect(textOf(el)).to.contain('Inclusive Digitalization');
    });

    it('reserves space while loading', async () => {
      const realFetch = window.fetch;
      window.fetch = () => new Promise(() => {});
      try {
        const el = await fixture<UclgSessionCard>(html`<uclg-session-card src="/never.json" session="x"></uclg-session-card>`);
        expect($(el, '[role="status"]')!.textContent).to.contain('Loading');
        expect(el.getBoundingClientRect().height).to.be.greaterThan(50);
        await expect(el).to.be.accessible();
      } finally {
        window.fetch = realFetch;
      }
    });

    it('shows a localized error with Retry that loads again', async () => {
      const realFetch = window.fetch;
      let offline = true;
      window.fetch = (input, init) => (offline ? Promise.reject(new TypeError('offline')) : realFetch(input, init));
      const clock = new FakeClock(Date.now()).install();
      const visible = pretendVisibility('visible');
      // No saved copy of the feed from earlier tests: this browser has never seen it.
      for (const key of Object.keys(localStorage)) if (key.startsWith('uclg-widgets:feed:')) localStorage.removeItem(key);
      try {
        const el = await fixture<UclgSessionCard>(html`<uclg-session-card lang="fr" src=${FEED_URL} session="health" now=${BEFORE}></uclg-session-card>`);
        // A network error is retried with backoff before the widget gives up.
        await advanceUntil(clock, () => $(el, '[role="alert"]'));
        expect(textOf(el)).to.contain('Le programme n’a pas pu être chargé.').and.contain('Réessayer');
        await expect(el).to.be.accessible();
        offline = false;
        $<HTMLButtonElement>(el, 'button')!.click();
        await waitUntil(() => $(el, 'article'), 'Retry did not load the feed');
      } finally {
        window.fetch = realFetch;
        visible();
        pageClock.use();
      }
    });

    it('reports an invalid feed in the console and says so', async () => {
      const errors: string[] = [];
      const realError = console.error;
      console.error = (m: string) => errors.push(m);
      try {
        const el = await card({}, {version: 1, event: {}});
        expect(textOf(el)).to.contain('The programme could not be read.');
        expect(errors.join('\n')).to.contain('event.id:');
      } finally {
        console.error = realError;
      }
    });

    it('says when the session is not in the feed', async () => {
      const el = await card({lang: 'es', session: 'nope'});
      expect(textOf(el)).to.equal('Esta sesión no figura en el programa.');
      await expect(el).to.be.accessible();
    });
  });
});
