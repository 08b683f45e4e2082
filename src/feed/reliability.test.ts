import {expect, html, waitUntil} from '@open-wc/testing';
import '../define.js';
import type {UclgSessionCard} from '../components/session-card/session-card.js';
import type {UclgAgenda} from '../components/agenda/agenda.js';
import type {UclgFeedErrorEvent, UclgFeedLoadEvent} from '../events/feed.js';
import {backoff, clearFeedCache, FeedLoadError, loadFeed} from './load.js';
import {pageClock} from '../time/clock.js';
import {advanceUntil, FakeClock, pretendVisibility} from '../test-support/fake-clock.js';
import {$, mount, settled, textOf, unmountAll} from '../test-support/dom.js';

let n = 0;
/** A fault URL no other test shares (the server counts requests per key). */
const url = (kind: string) => `/__faults/${kind}?key=${Math.random().toString(36).slice(2)}-${n++}`;
const realDelay = (ms = 20) => new Promise((r) => setTimeout(r, ms));

const until = advanceUntil;

async function card(src: string, attrs: {lang?: string; refresh?: number} = {}) {
  const wrap = mount(html`<uclg-session-card lang=${attrs.lang ?? 'en'} src=${src} session="inclusive-digitalization" refresh=${attrs.refresh ?? (null as unknown as number)}></uclg-session-card>`);
  return wrap.querySelector<UclgSessionCard>('uclg-session-card')!;
}
const stateText = (el: UclgSessionCard) => $(el, '.state')?.textContent?.trim().replace(/\s+/g, ' ');

describe('feed loading under faults', function () {
  // Fake time runs only as fast as real requests answer: slow machines need room.
  this.timeout(30_000);
  let clock: FakeClock;
  let restoreVisibility: () => void;
  beforeEach(() => {
    clock = new FakeClock(Date.UTC(2021, 4, 1)).install();
    clearFeedCache();
    restoreVisibility = pretendVisibility('visible');
  });
  afterEach(() => {
    restoreVisibility();
    unmountAll();
    pageClock.use();
    clearFeedCache();
    // Each test's URL is its own, so is its saved copy: remove ours (other pages share this storage).
    for (const key of Object.keys(localStorage)) if (key.startsWith('uclg-widgets:feed:')) localStorage.removeItem(key);
  });

  const cases: [string, string, string][] = [
    ['404', 'The programme could not be loaded.', 'No se ha podido cargar el programa.'],
    ['html', 'The programme could not be read.', 'No se ha podido leer el programa.'],
    ['truncated', 'The programme could not be read.', 'No se ha podido leer el programa.'],
    ['empty', 'The programme could not be read.', 'No se ha podido leer el programa.'],
    ['null', 'The programme could not be read.', 'No se ha podido leer el programa.'],
    ['array', 'The programme could not be read.', 'No se ha podido leer el programa.'],
    ['object', 'The programme could not be read.', 'No se ha podido leer el programa.'],
    ['version', 'The programme could not be read.', 'No se ha podido leer el programa.'],
  ];
  for (const [kind, en, es] of cases) {
    it(`ends in a clear, localized state: ${kind}`, async () => {
      const errors: UclgFeedErrorEvent[] = [];
      document.addEventListener('uclg-feed-error', (e) => errors.push(e));
      const el = await card(url(kind));
      const es_ = await card(url(kind), {lang: 'es'});
      await until(clock, () => !!stateText(el)?.startsWith('The') && !!stateText(es_)?.startsWith('No'));
      expect(stateText(el)).to.equal(`${en} Retry`);
      expect(stateText(es_)).to.equal(`${es} Reintentar`);
      expect(errors.length).to.be.at.least(2);
      await expect(el).to.be.accessible();
    });
  }

  it('reads a feed with a byte-order mark', async () => {
    const el = await card(url('bom'));
    await until(clock, () => textOf(el).includes('Inclusive Digitalization'));
  });

  it('retries a 500 with backoff, then says so; Retry asks again', async () => {
    const el = await card(url('500'));
    await until(clock, () => !!stateText(el)?.startsWith('The'));
    expect(stateText(el)).to.equal('The programme could not be loaded. Retry');
    const count = await fetch(el.src!).then((r) => r.headers.get('x-request-count'));
    expect(count, 'four attempts, then this one').to.equal('5');
    // Retry keeps the keyboard user where they were: on the state box, through loading and back.
    $<HTMLButtonElement>(el, 'button')!.focus();
    $<HTMLButtonElement>(el, 'button')!.click();
    await settled(el);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.state'));
    expect($(el, '.state')!.getAttribute('aria-busy')).to.equal('true');
    await until(clock, () => !!stateText(el)?.startsWith('The'));
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.state'));
  });

  it('does not retry while the page is hidden, and goes on when it is seen again', async () => {
    restoreVisibility();
    restoreVisibility = pretendVisibility('hidden');
    const src = url('flaky');
    const el = await card(src);
    await realDelay(300); // the first attempt fails (503)
    for (let i = 0; i < 10; i++) {
      await clock.advance(60_000);
      await realDelay();
    }
    expect(await fetch(src).then((r) => r.headers.get('x-request-count')), 'one attempt, then this one').to.equal('2');
    restoreVisibility();
    restoreVisibility = pretendVisibility('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    await until(clock, () => textOf(el).includes('Inclusive Digitalization'));
  });

  it('gives up on a server that does not answer (timeout)', async () => {
    const el = await card(url('hang'));
    await realDelay(100);
    expect($(el, '[aria-busy="true"]'), 'still loading').to.exist;
    await until(clock, () => !!stateText(el) && !stateText(el)!.startsWith('Loading'), 4000);
    expect(stateText(el)).to.equal('The programme could not be loaded. Retry');
  });

  it('succeeds after transient failures: 503, 503, 200', async () => {
    const src = url('flaky');
    const loaded: UclgFeedLoadEvent[] = [];
    const el = await card(src);
    el.addEventListener('uclg-feed-load', (e) => loaded.push(e));
    await until(clock, () => textOf(el).includes('Inclusive Digitalization'));
    expect(loaded.map((e) => e.detail.sessions)).to.deep.equal([2]);
  });

  it('shows the last good copy with a note when the network fails later', async () => {
    const src = url('then-down');
    await loadFeed(src);
    clearFeedCache();
    const el = await card(src, {lang: 'fr'});
    await until(clock, () => textOf(el).includes('Numérisation inclusive'));
    expect($(el, '.stale')!.textContent).to.match(/^Ce programme n’est peut-être plus à jour \(enregistré le .+\)\.$/);
    await expect(el).to.be.accessible();
  });

  it('still works where storage is forbidden', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {configurable: true, get: () => { throw new DOMException('denied', 'SecurityError'); }});
    try {
      const el = await card(url('ok'));
      await until(clock, () => textOf(el).includes('Inclusive Digitalization'));
    } finally {
      if (original) Object.defineProperty(window, 'localStorage', original);
      else delete (window as any).localStorage;
    }
  });

  it('refreshes in the background without losing what the visitor opened', async () => {
    const el = await card(url('counter'), {refresh: 30});
    await waitUntil(() => textOf(el).includes('Update 1:'), 'not loaded', {timeout: 8000});
    $<HTMLButtonElement>(el, 'button[aria-controls="body"]')!.click();
    await settled(el);
    // The refresh timer is fake; the request it makes is real: wait for it in real time.
    await clock.advance(30_000);
    await waitUntil(() => textOf(el).includes('Update 2:'), 'no refresh', {timeout: 8000});
    expect($(el, 'button[aria-controls="body"]')!.getAttribute('aria-expanded')).to.equal('true');
    expect($(el, '[aria-busy]'), 'no loading flash').to.equal(null);
  });

  it('reads a 5 MB feed with thousands of sessions', async function () {
    this.timeout(30_000);
    const wrap = mount(html`<uclg-agenda sessions="session-0 session-1899" src=${url('big')}></uclg-agenda>`);
    const agenda = wrap.querySelector<UclgAgenda>('uclg-agenda')!;
    // Real time only: fake time would trip the 15 s fetch timeout while 5 MB download.
    await waitUntil(() => agenda.shadowRoot!.querySelectorAll('[part="item"]').length === 2, 'not rendered', {timeout: 25_000});
    const size = await fetch(url('big')).then((r) => r.text()).then((t) => t.length);
    expect(size).to.be.above(4_500_000);
  });
});

describe('retry policy', () => {
  it('backs off exponentially with jitter, capped at 30 s', () => {
    expect(backoff(0, 0)).to.equal(500);
    expect(backoff(0, 1)).to.equal(1000);
    expect(backoff(3, 0.5)).to.equal(6000);
    expect(backoff(10, 1)).to.equal(30_000);
  });

  it('does not retry what will not change (404, not JSON)', async () => {
    const src = url('404');
    const error = await loadFeed(src).catch((e) => e);
    expect(error).to.be.instanceOf(FeedLoadError);
    expect(error.transient).to.be.false;
    const count = await fetch(src).then((r) => r.headers.get('x-request-count'));
    expect(count).to.equal('2');
  });
});
