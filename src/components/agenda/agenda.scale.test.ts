import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {emulateMedia, setViewport} from '@web/test-runner-commands';
import '../../define.js';
import type {UclgAgenda} from './agenda.js';
import {PROGRESSIVE_FROM, screenful} from './agenda.fill.js';
import {urlWritten} from '../../test-support/agenda.js';
import {parseFeed} from '../../feed/parse.js';
import {programmeFeed} from '../../test-support/programme.js';
import {$} from '../../test-support/dom.js';

// Programmes of 1,000 sessions: how the agenda fills, filters and searches them. Every agenda here
// has its own time zone (Europe/Madrid), so nothing depends on the browser's: a `*.scale.test.ts`
// file runs in one zone per browser (web-test-runner.config.js), not in all nine groups of CI.
//
// programmeFeed(1000): 200 sessions a day from 15 to 19 June 2027, in parallel tracks from 08:00
// Madrid time. At NOW the 08:00 sessions of 16 June are live (s200 first): 200 sessions down the list.
const NOW = '2027-06-16T06:10:00Z';
// An event id of its own: localStorage is shared with the other test files' pages, which clear theirs.
const EVENT = 'riverside-fill-test';
const STARS = `uclg-widgets:agenda-stars:v1:${EVENT}`;
const PAGE = location.href;

async function agenda(feed: unknown, lang = 'en') {
  const el = await fixture<UclgAgenda>(html`<uclg-agenda lang=${lang} time-zone="Europe/Madrid" now=${NOW} .feed=${feed}></uclg-agenda>`);
  await el.updateComplete;
  return el;
}
/** The session ids in the DOM, in order. */
const ids = (el: UclgAgenda) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('li.item')].map((li) => li.dataset.session!);
const shownItems = (el: UclgAgenda) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('li.item:not([hidden])')];
const shown = (el: UclgAgenda) => shownItems(el).map((li) => li.dataset.session!);
const busy = (el: UclgAgenda) => $(el, '.list')!.getAttribute('aria-busy');
const count = (el: UclgAgenda) => $(el, '.count')!.textContent!.trim();
/** The ids in time order, as the agenda lists them. */
const inOrder = (json: unknown) => [...parseFeed(json).feed!.sessions].sort((a, b) => a.start - b.start).map((s) => s.id);
/** One task later (a message). */
const nextTask = () => new Promise<void>((resolve) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve();
  channel.port2.postMessage(0);
});
async function choose(el: UclgAgenda, name: string, value: string) {
  const select = $<HTMLSelectElement>(el, `select[name="${name}"]`)!;
  select.value = value;
  select.dispatchEvent(new Event('change', {bubbles: true}));
  await el.updateComplete;
}
async function type(el: UclgAgenda, text: string) {
  const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
  input.value = text;
  input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
  await el.updateComplete;
}

/** A window of 1,800 px, so that the estimate and not its floor decides how many sessions a screenful is; then the runner's 800 × 600 again. */
const TALL = 1800;
async function inTallWindow(run: () => Promise<void>) {
  await setViewport({width: 1200, height: TALL});
  try {
    await run();
  } finally {
    await setViewport({width: 800, height: 600});
  }
}
/** 1,000 sessions without people: one object for every agenda here, so the parser's cache reads it once. */
const NO_PEOPLE = programmeFeed(1000) as {sessions: Record<string, unknown>[]};
for (const s of NO_PEOPLE.sessions) delete s.people;
/**
 * An agenda of items as small as they are drawn (screenful): compact, of sessions that ended, with
 * no people and so no "Add to calendar", titles on one line, at `--uclg-font-size: <size>px`.
 * url-state="none": it opens with no filter, whatever an agenda before it chose.
 */
function smallestItems(lang: string, size: number) {
  return fixture<UclgAgenda>(html`<uclg-agenda compact url-state="none" lang=${lang} time-zone="Europe/Madrid" now="2028-01-01T00:00:00Z" style="--uclg-font-size: ${size}px" .feed=${NO_PEOPLE}></uclg-agenda>`);
}

describe('<uclg-agenda> fills a long programme in steps (issue 18)', function () {
  // A few programmes of 1,000 sessions, on a CI machine that runs two test pages at a time.
  this.timeout(60_000);
  beforeEach(() => {
    localStorage.removeItem(STARS);
    history.replaceState(null, '', PAGE);
  });
  // A change's URL write waits for its frame: let it land before the next test resets the URL
  // (else it can land after, and the next agenda opens with the last test's filter).
  afterEach(() => urlWritten());
  after(() => history.replaceState(null, '', PAGE));

  it('shows the first screen in the first update and every session, in order, once the list is complete', async () => {
    const json = programmeFeed(1000);
    const all = inOrder(json);
    const el = await agenda(json);
    const first = ids(el);
    expect(first.length).to.be.at.least(screenful()).and.below(1000);
    expect(first).to.deep.equal(all.slice(0, first.length));
    expect(busy(el)).to.equal('true');
    // The tools count the whole programme already.
    expect(count(el)).to.equal('1000 sessions');
    await el.listComplete;
    expect(ids(el)).to.deep.equal(all);
    expect(busy(el)).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('[part="day"]')).to.have.length(5);
    expect(el.shadowRoot!.querySelectorAll('li.item [role="heading"] a[part="link"]')).to.have.length(1000);
    await el.listComplete; // resolved at once when nothing is left
  });

  it('fills the window in its first update, with the smallest items there are, in each language', async () => {
    // The first update renders as many sessions as the window holds at the smallest an item is
    // drawn (screenful): compact, of a session that ended, with no people and so no "Add to
    // calendar", its title on one line, at `--uclg-font-size: 10px`, in a tall window.
    await inTallWindow(async () => {
      for (const lang of ['en', 'fr', 'es']) {
        const el = await smallestItems(lang, 10);
        await el.updateComplete;
        const items = [...el.shadowRoot!.querySelectorAll<HTMLElement>('li.item')];
        expect(busy(el)).to.equal('true');
        expect(items.length, lang).to.equal(screenful());
        expect(items.length, lang).to.be.below(40);
        expect(items.every((li) => li.classList.contains('ended') && !li.querySelector('.people, [part="calendar"]'))).to.be.true;
        const top = items[0].getBoundingClientRect().top;
        const bottom = items.at(-1)!.getBoundingClientRect().bottom;
        expect(bottom - top, `${lang}: ${items.length} items`).to.be.at.least(TALL);
        el.remove();
      }
    });
  });

  it('applies a big change at once to a window of the smallest items, in each language', async () => {
    // The first update of a change that hides most sessions covers a screenful (screenful, one
    // per 64 px of window height), counted in sessions of the result: the smallest items, at
    // 16 px and 10 px, in a tall window. The sessions online (one in three) show alone down to
    // the window's bottom in the change's own update; the items further down, which the next
    // steps reach, may still show the others, but not in the window.
    const online = (id: string) => Number(id.slice(1)) % 3 === 2;
    await inTallWindow(async () => {
      for (const [lang, size] of [['en', 16], ['fr', 10], ['es', 16], ['en', 10]] as const) {
        const el = await smallestItems(lang, size);
        await el.listComplete;
        await choose(el, 'format', 'online');
        const label = `${lang}, ${size}px`;
        expect(count(el), label).to.match(/^333 /);
        expect(busy(el), label).to.equal('true');
        // The items the change has not reached yet still show the sessions in person or hybrid:
        // none of them may be in the window.
        const items = shownItems(el);
        const stale = items.findIndex((li) => !online(li.dataset.session!));
        expect(stale, label).to.be.above(0);
        expect(items[stale].getBoundingClientRect().top, `${label}: ${stale} sessions online before the first one not`).to.be.at.least(TALL);
        await el.listComplete;
        expect(shown(el).every(online), label).to.be.true;
        el.remove();
      }
    });
  });

  it('renders a programme of fewer sessions in one update, as before: no busy list and nothing later', async () => {
    // An event of its own: the suite's other pages star sessions of the generated programme's event,
    // and each such change reaches this page's agendas through the storage event.
    const feed = programmeFeed(PROGRESSIVE_FROM - 1) as {event: {id: string}};
    feed.event.id = `fewer-${Math.random().toString(36).slice(2)}`;
    const el = await agenda(feed);
    expect(ids(el)).to.have.length(PROGRESSIVE_FROM - 1);
    expect(busy(el)).to.equal(null);
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(el.shadowRoot!, {subtree: true, childList: true, attributes: true, characterData: true});
    for (let i = 0; i < 5; i++) await nextTask();
    await new Promise((resolve) => setTimeout(resolve, 50));
    observer.disconnect();
    expect(changes.map((c) => `${c.type} ${(c.target as Element).localName ?? '#text'}`)).to.deep.equal([]);
  });

  it('filters, searches and counts on the data while the list fills, the first screen of results at once', async () => {
    const el = await agenda(programmeFeed(1000));
    // The last day, which the filling has not reached.
    await choose(el, 'day', '2027-06-19');
    expect(busy(el)).to.equal('true');
    expect(count(el)).to.equal('200 sessions');
    const firstScreen = shown(el);
    expect(firstScreen.length).to.be.at.least(screenful());
    expect(firstScreen.every((id) => Number(id.slice(1)) >= 800), firstScreen.join()).to.be.true;
    // "Energy transition <i>": every seventh session, 28 of them on the last day.
    await type(el, 'energy');
    expect(count(el)).to.equal('28 sessions');
    // At once, the first screen of them (all 28 when a screen holds that many).
    const matches = shown(el);
    expect(matches.length).to.be.at.least(Math.min(28, screenful()));
    expect(matches.every((id) => Number(id.slice(1)) >= 800 && Number(id.slice(1)) % 7 === 0), matches.join()).to.be.true;
    await el.listComplete;
    expect(shown(el)).to.have.length(28);
    expect(new Set(ids(el)).size).to.equal(1000);
    // The URL is written after the frame that shows each change.
    await urlWritten();
    const url = new URL(location.href).searchParams;
    expect([url.get('agenda-day'), url.get('agenda-q')]).to.deep.equal(['2027-06-19', 'energy']);
  });

  it('neither duplicates nor loses a session when the language, the feed or a filter changes while it fills', async () => {
    const el = await agenda(programmeFeed(1000));
    await nextTask();
    await el.updateComplete;
    el.setAttribute('lang', 'fr');
    await el.updateComplete;
    expect(busy(el)).to.equal('true');
    await nextTask();
    await el.updateComplete;
    const json = programmeFeed(950);
    el.feed = json;
    await el.updateComplete;
    expect(busy(el)).to.equal('true');
    await choose(el, 'format', 'online');
    await choose(el, 'format', '');
    await el.listComplete;
    expect(ids(el)).to.deep.equal(inOrder(json));
    expect([...el.shadowRoot!.querySelectorAll('[part="day"]')].map((h) => h.textContent!.trim())).to.deep.equal(
      ['mardi 15 juin 2027', 'mercredi 16 juin 2027', 'jeudi 17 juin 2027', 'vendredi 18 juin 2027', 'samedi 19 juin 2027']);
    expect(el.shadowRoot!.querySelector('li[data-session="s949"] .kind')!.textContent!.trim()).to.equal('Table ronde');
  });

  it('applies a filter that shows or hides hundreds of items to the first screen at once, to the rest in later steps', async () => {
    const el = await agenda(programmeFeed(1000));
    await el.listComplete;
    const online = async () => {
      await choose(el, 'format', 'online');
      await el.listComplete;
      return shown(el);
    };
    const expected = await online();
    expect(expected).to.have.length(333);
    await choose(el, 'format', '');
    // Every session back: the first screen in this update, the items further down still hidden.
    expect(count(el)).to.equal('1000 sessions');
    expect(busy(el)).to.equal('true');
    expect(shown(el).slice(0, screenful())).to.deep.equal(inOrder(programmeFeed(1000)).slice(0, screenful()));
    expect(shown(el).length).to.be.below(1000);
    await el.listComplete;
    expect(shown(el)).to.have.length(1000);
    expect(busy(el)).to.equal(null);
    // Two thirds hidden: the first screen is right at once, and all of it once complete.
    await choose(el, 'format', 'online');
    expect(busy(el)).to.equal('true');
    expect(count(el)).to.equal('333 sessions');
    expect(shown(el).slice(0, screenful())).to.deep.equal(expected.slice(0, screenful()));
    await el.listComplete;
    expect(shown(el)).to.deep.equal(expected);
    expect(ids(el)).to.have.length(1000);
  });

  it('leaves the frame after a change to its first screen: later steps wait for a frame', async () => {
    // Each step waits for the frame after the last one (agenda.fill.ts afterFrame), so the frame
    // an input asked for shows its results, and no later step's work, whatever the browser's
    // scheduler would run first. Checked where a frame comes: not in a hidden page (CI's second
    // Chromium page at a time), which renders none, nor after 100 ms without one; there the steps
    // go on after a message, and the outcome is checked.
    const frameOrNothing = <T>(read: () => T) => Promise.race([
      new Promise<T>((resolve) => requestAnimationFrame(() => resolve(read()))),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), 1000)),
    ]);
    const el = await agenda(programmeFeed(1000));
    await el.listComplete;
    for (const [format, count] of [['online', 333], ['', 1000]] as const) {
      const start = performance.now();
      await choose(el, 'format', format);
      const firstScreen = shown(el);
      expect(firstScreen.length).to.not.equal(count);
      const atFrame = document.hidden ? null : await frameOrNothing(() => ({shown: shown(el), late: performance.now() - start >= 100}));
      if (atFrame && !atFrame.late) expect(atFrame.shown).to.deep.equal(firstScreen);
      await el.listComplete;
      expect(shown(el)).to.have.length(count);
    }
  });

  it('applies a change that touches few items in its own update', async () => {
    const el = await agenda(programmeFeed(1000));
    await choose(el, 'day', '2027-06-19');
    await type(el, 'energy');
    await el.listComplete;
    expect(shown(el)).to.have.length(28);
    await choose(el, 'format', 'online');
    expect(busy(el)).to.equal(null);
    const now = shown(el);
    await el.listComplete;
    expect(shown(el)).to.deep.equal(now);
    expect(now.length).to.be.within(1, 27);
  });

  it('jumps and prints with every item showing what the filters say, in the middle of a change', async () => {
    const el = await agenda(programmeFeed(1000));
    await el.listComplete;
    await choose(el, 'format', 'online');
    expect(busy(el)).to.equal('true');
    $<HTMLButtonElement>(el, 'button.jump')!.click();
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused.hidden).to.be.false;
    window.dispatchEvent(new Event('beforeprint'));
    expect(busy(el)).to.equal(null);
    const printed = shown(el);
    await el.listComplete;
    expect(printed).to.deep.equal(shown(el));
    expect(printed).to.have.length(333);
    expect(focused).to.equal(el.shadowRoot!.querySelector('li.item.live:not([hidden]), li.item.next:not([hidden])'));
  });

  it('jumps to the live session before the filling reached it', async () => {
    const el = await agenda(programmeFeed(1000));
    expect(el.shadowRoot!.querySelector('li[data-session="s200"]'), 'not rendered yet').to.equal(null);
    $<HTMLButtonElement>(el, 'button.jump')!.click();
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused.dataset.session).to.equal('s200');
    expect(focused.classList.contains('live')).to.be.true;
  });

  it('shows "My programme" with starred sessions the filling has not reached', async () => {
    localStorage.setItem(STARS, JSON.stringify(['s999']));
    history.replaceState(null, '', '?agenda-view=mine');
    const json = programmeFeed(1000) as {event: {id: string}};
    json.event.id = EVENT;
    const el = await agenda(json);
    expect(shown(el)).to.deep.equal(['s999']);
    expect(count(el)).to.equal('1 session');
    expect($(el, 'button.mine')!.textContent!.trim()).to.equal('My programme (1)');
    await el.listComplete;
    expect(shown(el)).to.deep.equal(['s999']);
  });

  it('prints the whole programme: beforeprint renders the rest at once', async () => {
    const el = await agenda(programmeFeed(1000));
    expect(ids(el).length).to.be.below(1000);
    window.dispatchEvent(new Event('beforeprint'));
    expect(ids(el)).to.have.length(1000);
    expect(busy(el)).to.equal(null);
  });

  it('renders everything in the first update while the page is printed (print media)', async function () {
    try {
      await emulateMedia({media: 'print'});
    } catch {
      this.skip(); // Firefox through WebDriver BiDi cannot emulate print; beforeprint is tested above.
    }
    try {
      expect(matchMedia('print').matches).to.be.true;
      const el = await agenda(programmeFeed(1000));
      expect(ids(el)).to.have.length(1000);
      expect(busy(el)).to.equal(null);
    } finally {
      await emulateMedia({media: 'screen'});
    }
  });

  it('stops while it is out of the page and finishes when it is back', async () => {
    const el = await agenda(programmeFeed(1000));
    const parent = el.parentElement!;
    el.remove();
    const before = ids(el).length;
    for (let i = 0; i < 3; i++) await nextTask();
    expect(ids(el)).to.have.length(before);
    parent.append(el);
    await el.listComplete;
    expect(ids(el)).to.have.length(1000);
  });

  it('renders, filters and searches 1,000 sessions correctly', async function () {
    this.timeout(60_000);
    const json = programmeFeed(1000);
    const t0 = performance.now();
    const el = await agenda(json);
    el.getBoundingClientRect();
    const first = performance.now() - t0;
    // The first screen first, then the rest in later tasks (the tests above).
    await el.listComplete;
    expect(el.shadowRoot!.querySelectorAll('li.item')).to.have.length(1000);
    // The microdata follows the first paint, in idle slices, and describes every session once.
    const described = () => el.shadowRoot!.querySelectorAll('[itemtype="https://schema.org/Event"][data-uclg-session]').length;
    await waitUntil(() => described() === 1000, 'every session described', {timeout: 20_000});
    expect(el.shadowRoot!.querySelector('[data-uclg-session="riverside-2027/s999"] meta[itemprop="name"]')!.getAttribute('content')).to.equal('Migration and welcome 999');
    // Every session is an item with its heading and link (no virtual window); no nested element until used.
    expect(el.shadowRoot!.querySelectorAll('li.item [role="heading"] a[part="link"]')).to.have.length(1000);
    expect(el.shadowRoot!.querySelector('uclg-add-to-calendar')).to.equal(null);
    const timings: number[] = [];
    for (const q of ['e', 'en', 'ene', 'ener', 'energ', 'energy']) {
      const t = performance.now();
      await type(el, q);
      el.shadowRoot!.querySelector('li')!.getBoundingClientRect();
      timings.push(performance.now() - t);
    }
    // A change that shows or hides hundreds of items reaches the first screen in its update, the
    // rest in later tasks (agenda.fill.ts); listComplete waits for all of it.
    await el.listComplete;
    expect(shown(el)).to.have.length(143);
    expect(count(el)).to.equal('143 sessions');
    let t = performance.now();
    await choose(el, 'format', 'online');
    const filterMs = performance.now() - t;
    await el.listComplete;
    expect(shown(el).every((id) => Number(id!.slice(1)) % 21 === 14)).to.be.true;
    t = performance.now();
    await type(el, '');
    const clearMs = performance.now() - t;
    await el.listComplete;
    expect(shown(el)).to.have.length(333);
    timings.sort((a, b) => a - b);
    console.log(`1000 sessions: first render ${first.toFixed(0)} ms; keystroke median ${timings[3].toFixed(1)} ms, max ${timings[5].toFixed(1)} ms; filter ${filterMs.toFixed(1)} ms; clear search ${clearMs.toFixed(1)} ms`);
  });
});
