/**
 * Language purity: a French or Spanish widget says nothing in English, in any state, including
 * what it announces as time passes; an English one says nothing in French or Spanish. The strings
 * to look for are the translators' own (xliff/*.xlf), so a new string is checked as soon as it
 * is extracted. Feed text is left out: it carries its own `lang` and may fall back to English.
 */
import {expect, html} from '@open-wc/testing';
import '../define.js';
import type {Language} from '../core/types.js';
import {clearFeedCache, loadFeed} from '../feed/load.js';
import {pageClock} from '../time/clock.js';
import {ticker} from '../time/ticker.js';
import {advanceUntil, FakeClock, pretendVisibility} from '../test-support/fake-clock.js';
import {testFeed} from '../test-support/fixtures.js';
import {mount, settled, unmountAll} from '../test-support/dom.js';
import type {LitElement} from 'lit';

const START = Date.UTC(2021, 4, 19, 10, 0); // the 'digital' session: 12:00–13:30 CEST
const END = START + 90 * 60_000;
const MINUTE = 60_000, HOUR = 3_600_000, DAY = 86_400_000;
const LANGS: readonly Language[] = ['en', 'fr', 'es'];

interface Unit {
  readonly source: string[];
  readonly target: string[];
}

/** The static parts of a message (placeholders removed), each with three letters or more. */
const fragments = (el: Element): string[] => {
  const parts: string[] = [];
  let current = '';
  for (const n of el.childNodes) {
    if (n.nodeType === Node.TEXT_NODE) current += n.textContent;
    else {
      parts.push(current);
      current = '';
    }
  }
  parts.push(current);
  return parts.map((p) => p.trim().replace(/^[(\s]+|[(\s.]+$/g, '')).filter((p) => (p.match(/\p{L}/gu)?.length ?? 0) >= 3);
};

async function readXliff(lang: 'fr' | 'es'): Promise<Unit[]> {
  const xml = new DOMParser().parseFromString(await (await fetch(`/xliff/${lang}.xlf`)).text(), 'application/xml');
  return [...xml.querySelectorAll('trans-unit')].map((u) => ({source: fragments(u.querySelector('source')!), target: fragments(u.querySelector('target')!)}));
}

/** Fragments that must not be heard in each language: the other languages' interface strings. */
async function forbidden(): Promise<Record<Language, string[]>> {
  const fr = await readXliff('fr');
  const es = await readXliff('es');
  const english = [...new Set(fr.flatMap((u) => u.source))];
  const mine = (units: Unit[]) => units.flatMap((u) => u.target);
  // A fragment both languages share (a word that is the same in each) says nothing about purity.
  const not = (list: string[], own: string[]) => [...new Set(list)].filter((f) => !own.some((o) => o.includes(f)));
  expect(english.length, 'English sources read from the XLIFF').to.be.greaterThan(35);
  return {
    en: not([...mine(fr), ...mine(es)], english),
    fr: not(english, mine(fr)),
    es: not(english, mine(es)),
  };
}

/** Everything a visitor reads or hears from the widget's own interface: text, names, live regions. */
function interfaceText(el: Element, lang: Language): string[] {
  const out: string[] = [];
  const walk = (root: ShadowRoot | Element) => {
    for (const n of root.childNodes) {
      if (n.nodeType === Node.TEXT_NODE) out.push(n.textContent ?? '');
      if (!(n instanceof Element) || n.localName === 'style' || n.localName === 'script') continue;
      // Feed text in another language (a fallback) is marked with the language actually shown.
      // The widget's own boxes carry its language: what they say must be in it.
      if (n.hasAttribute('lang') && n.getAttribute('lang') !== lang) continue;
      for (const a of ['aria-label', 'title', 'alt', 'placeholder', 'aria-description']) if (n.hasAttribute(a)) out.push(n.getAttribute(a)!);
      walk(n.shadowRoot ?? n);
    }
  };
  walk(el.shadowRoot!);
  return out.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

function expectPure(el: Element, lang: Language, words: Record<Language, string[]>, where: string): void {
  const texts = interfaceText(el, lang);
  expect(texts.length, `${where}: says something`).to.be.greaterThan(0);
  const heard = texts.join(' | ');
  const wrong = words[lang].filter((f) => new RegExp(`(?<!\\p{L})${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u').test(heard));
  expect(wrong, `${where} in ${lang}: "${heard}"`).to.deep.equal([]);
}

/** Clicks every button once (Read more, Show all, Hide seconds, Add to calendar…), nested ones too. */
async function pressEverything(el: LitElement): Promise<void> {
  const press = async (root: ShadowRoot) => {
    for (const b of root.querySelectorAll<HTMLButtonElement>('button[aria-expanded], button[aria-pressed]')) b.click();
    for (const inner of root.querySelectorAll<LitElement>('*')) if (inner.shadowRoot) await press(inner.shadowRoot);
  };
  await press(el.shadowRoot!);
  await settled(el);
}

const withStatus = (status: string) => {
  const feed = testFeed() as {sessions: Record<string, unknown>[]};
  feed.sessions[0].status = status;
  return feed;
};
const iso = (t: number) => new Date(t).toISOString();

/** The widgets a test mounted inside its `<div lang>`. */
const widgets = (wrap: HTMLElement) => [...wrap.firstElementChild!.children] as LitElement[];

let key = 0;
const fault = (kind: string) => `/__faults/${kind}?key=purity-${Math.random().toString(36).slice(2)}-${key++}`;

describe('language purity: every state speaks only its language', function () {
  this.timeout(60_000);
  let words: Record<Language, string[]>;
  before(async () => (words = await forbidden()));
  afterEach(() => {
    unmountAll();
    pageClock.use();
    clearFeedCache();
  });

  const frozen: [string, number][] = [
    ['far', START - 12 * DAY],
    ['within a day', START - 5 * HOUR],
    ['within an hour', START - 20 * MINUTE],
    ['live', START + 10 * MINUTE],
    ['ended', END + DAY],
  ];

  for (const lang of LANGS) {
    it(`${lang}: card, countdown, questions and agenda at every moment and status`, async () => {
      const cases: [string, number, unknown][] = [
        ...frozen.map(([name, at]) => [name, at, testFeed()] as [string, number, unknown]),
        ['cancelled', START - HOUR, withStatus('cancelled')],
        ['postponed', START - HOUR, withStatus('postponed')],
      ];
      for (const [name, at, feed] of cases) {
        const wrap = mount(html`<div lang=${lang}>
          <uclg-session-card session="digital" now=${iso(at)} .feed=${feed}></uclg-session-card>
          <uclg-countdown session="digital" now=${iso(at)} .feed=${feed}></uclg-countdown>
          <uclg-guiding-questions session="digital" collapsed="2" .feed=${feed}></uclg-guiding-questions>
          <uclg-agenda now=${iso(at)} time-zone="America/New_York" .feed=${feed}></uclg-agenda>
        </div>`);
        for (const el of widgets(wrap)) {
          await settled(el);
          expectPure(el, lang, words, `${el.localName} ${name}`);
          await pressEverything(el);
          expectPure(el, lang, words, `${el.localName} ${name}, every button pressed`);
        }
        unmountAll();
      }
    });

    it(`${lang}: loading, errors, not found, no data, an empty programme`, async () => {
      const hang = fault('hang');
      const wrap = mount(html`<div lang=${lang}>
        <uclg-session-card src=${hang} session="digital"></uclg-session-card>
        <uclg-agenda src=${hang}></uclg-agenda>
        <uclg-session-card src=${fault('404')} session="inclusive-digitalization"></uclg-session-card>
        <uclg-countdown src=${fault('html')} session="inclusive-digitalization"></uclg-countdown>
        <uclg-agenda .feed=${{version: 2}}></uclg-agenda>
        <uclg-guiding-questions .feed=${{version: 2}} session="digital"></uclg-guiding-questions>
        <uclg-session-card .feed=${testFeed()} session="no-such-session"></uclg-session-card>
        <uclg-countdown .feed=${testFeed()} session="no-such-session"></uclg-countdown>
        <uclg-session-card></uclg-session-card>
        <uclg-agenda></uclg-agenda>
        <uclg-agenda .feed=${testFeed()} sessions="none-of-these"></uclg-agenda>
        <uclg-countdown start="not a date"></uclg-countdown>
      </div>`);
      const els = widgets(wrap);
      // Wait until the two failing fetches have said so (404 and HTML are not retried).
      const failed = () => els.slice(2, 4).every((el) => el.shadowRoot?.querySelector('[role="alert"]'));
      for (let i = 0; i < 100 && !failed(); i++) await new Promise((r) => setTimeout(r, 50));
      expect(failed(), 'the load errors are shown').to.equal(true);
      for (const el of els) {
        await settled(el);
        expectPure(el, lang, words, `${el.localName} ${el.getAttribute('src') ?? el.getAttribute('session') ?? ''}`);
      }
    });

    it(`${lang}: the agenda's tools: filters, a search with no results, my programme, subscribe (issue 18)`, async () => {
      const feed = testFeed() as {event: Record<string, unknown>};
      feed.event.calendar = 'https://example.org/eb.ics';
      const wrap = mount(html`<div lang=${lang}>
        <uclg-agenda filters="always" url-state="none" now=${iso(START - HOUR)} .feed=${feed}></uclg-agenda>
      </div>`);
      const [el] = widgets(wrap);
      await settled(el);
      expectPure(el, lang, words, 'agenda tools');
      el.shadowRoot!.querySelector<HTMLButtonElement>('.star')!.click();
      await settled(el);
      await pressEverything(el);
      expectPure(el, lang, words, 'agenda tools, starred, my programme');
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
      input.value = 'zzz';
      input.dispatchEvent(new Event('input'));
      await settled(el);
      expect(el.shadowRoot!.querySelector('[part="no-results"]'), 'no results').to.exist;
      expectPure(el, lang, words, 'agenda tools, no results');
      localStorage.removeItem('uclg-widgets:agenda-stars:v1:eb-2021');
    });

    it(`${lang}: the note on a last good copy`, async () => {
      const restore = pretendVisibility('visible');
      const clock = new FakeClock(START - DAY).install();
      const src = fault('then-down');
      try {
        await loadFeed(src);
        clearFeedCache();
        const wrap = mount(html`<div lang=${lang}>
          <uclg-session-card src=${src} session="inclusive-digitalization"></uclg-session-card>
          <uclg-countdown src=${src} session="inclusive-digitalization"></uclg-countdown>
          <uclg-guiding-questions src=${src} session="inclusive-digitalization"></uclg-guiding-questions>
          <uclg-agenda src=${src}></uclg-agenda>
        </div>`);
        const els = widgets(wrap);
        await advanceUntil(clock, () => els.every((el) => el.shadowRoot?.querySelector('.stale')));
        for (const el of els) expectPure(el, lang, words, `${el.localName} stale copy`);
      } finally {
        restore();
        for (const k of Object.keys(localStorage)) if (k.startsWith('uclg-widgets:feed:')) localStorage.removeItem(k);
      }
    });

    it(`${lang}: what the countdown announces as time passes (1 day, 1 hour, 10 minutes, start, end)`, async () => {
      const clock = new FakeClock(START - DAY - 2000).install();
      const wrap = mount(html`<uclg-countdown lang=${lang} session="digital" .feed=${testFeed()}></uclg-countdown>`);
      const el = wrap.querySelector<LitElement>('uclg-countdown')!;
      await settled(el);
      const announced = () => el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent!.trim();
      const heard: string[] = [];
      for (const at of [START - DAY, START - HOUR, START - 10 * MINUTE, START, END]) {
        // Straight to 2 s before the instant (as a sleeping laptop would), then tick across it.
        clock.jump(at - 2000 - clock.now());
        ticker.resync();
        await settled(el);
        await clock.advance(3000);
        await settled(el);
        heard.push(announced());
        expectPure(el, lang, words, `countdown announcing "${announced()}"`);
      }
      expect(heard.every(Boolean), `five announcements: ${heard.join(' / ')}`).to.equal(true);
      expect(new Set(heard).size).to.equal(5);
    });
  }
});
