import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import ICAL from 'ical.js';
import '../../define.js';
import type {UclgAgenda} from './agenda.js';
import type {UclgAgendaFilterEvent} from '../../events/agenda-filter.js';
import {forumFeed, forumSession} from '../../test-support/fixtures.js';
import {programmeFeed} from '../../test-support/programme.js';
import {$, textOf} from '../../test-support/dom.js';
import {urlWritten} from '../../test-support/agenda.js';

// programmeFeed(10): two sessions a day from 15 to 19 June 2027, 08:00 and 08:30 Madrid time.
// At NOW, s2 (16 June 08:00–09:00) is live and s3 (08:30) is next.
const NOW = '2027-06-16T06:10:00Z';
const STARS = 'uclg-widgets:agenda-stars:v1:riverside-2027';
const PAGE = location.href;

interface Attrs { lang?: string; filters?: string; urlState?: string; prefix?: string }
async function agenda(feed: unknown = programmeFeed(10), a: Attrs = {}) {
  const el = await fixture<UclgAgenda>(html`<uclg-agenda lang=${a.lang ?? 'en'} time-zone="Europe/Madrid" now=${NOW} filters=${a.filters ?? 'auto'}
    url-state=${a.urlState ?? 'query'} url-prefix=${a.prefix ?? 'agenda-'} .feed=${feed}></uclg-agenda>`);
  await el.updateComplete;
  return el;
}
const shown = (el: UclgAgenda) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('li.item:not([hidden])')].map((li) => li.dataset.session);
const search = (el: UclgAgenda) => $<HTMLInputElement>(el, 'input[type="search"]')!;
const selectOf = (el: UclgAgenda, name: string) => $<HTMLSelectElement>(el, `select[name="${name}"]`);
const count = (el: UclgAgenda) => $(el, '.count')!.textContent!.trim();
async function type(el: UclgAgenda, text: string) {
  const input = search(el);
  input.value = text;
  input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
  await el.updateComplete;
}
async function choose(el: UclgAgenda, name: string, value: string) {
  const s = selectOf(el, name)!;
  s.value = value;
  s.dispatchEvent(new Event('change', {bubbles: true}));
  await el.updateComplete;
}
const star = (el: UclgAgenda, id: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`li[data-session="${id}"] .star`)!;

describe('<uclg-agenda> tools (issue 18)', function () {
  // axe over a programme of ten sessions takes seconds on a busy CI machine.
  this.timeout(30_000);
  beforeEach(() => {
    localStorage.removeItem(STARS);
    history.replaceState(null, '', PAGE);
  });
  // A change's URL write waits for its frame: let it land before the next test resets the URL
  // (else it can land after, and the next agenda opens with the last test's filter).
  afterEach(() => urlWritten());
  after(() => history.replaceState(null, '', PAGE));

  describe('a short programme stays a plain list', () => {
    it('shows no search, filters or stars below 8 sessions, and all of them with filters="always"', async () => {
      const el = await agenda(programmeFeed(7));
      expect($(el, '.tools')).to.equal(null);
      expect($(el, '.star')).to.equal(null);
      expect(shown(el)).to.have.length(7);
      // A URL meant for another view changes nothing in a plain list.
      history.replaceState(null, '', '?agenda-q=nothing-matches');
      const plain = await agenda(programmeFeed(7));
      expect(shown(plain)).to.have.length(7);
      const forced = await agenda(programmeFeed(7), {filters: 'always'});
      expect(search(forced)).to.exist;
      expect(shown(forced)).to.deep.equal([]);
      const eight = await agenda(programmeFeed(8));
      expect($(eight, '.tools')).to.exist;
      const never = await agenda(programmeFeed(12), {filters: 'never'});
      expect($(never, '.tools')).to.equal(null);
    });
  });

  describe('filters', () => {
    it('labels every control, offers only what the feed has, and passes axe', async () => {
      const el = await agenda();
      const labels = [...el.shadowRoot!.querySelectorAll('.filters label > span')].map((s) => s.textContent!.trim());
      expect(labels).to.deep.equal(['Search', 'Day', 'Type', 'Language', 'Format', 'When']);
      expect([...selectOf(el, 'format')!.options].map((o) => o.text)).to.deep.equal(['All formats', 'In person', 'In person and online', 'Online']);
      // Languages in the order of their names in the widget's language.
      expect([...selectOf(el, 'language')!.options].map((o) => o.value)).to.deep.equal(['', 'ar', 'en', 'fr', 'es']);
      const names = async (lang: string) => [...selectOf(await agenda(programmeFeed(10), {lang}), 'language')!.options].slice(1).map((o) => o.text);
      expect(await names('fr')).to.deep.equal(['anglais', 'arabe', 'espagnol', 'français']);
      expect(await names('es')).to.deep.equal(['árabe', 'español', 'francés', 'inglés']);
      expect(count(el)).to.equal('10 sessions');
      await expect(el).to.be.accessible();
      // A feed without languages or places: no such filters.
      const bare = forumFeed(...Array.from({length: 9}, (_, i) => forumSession({id: `b${i}`, languages: undefined, location: undefined})));
      const plain = await agenda(bare);
      expect(selectOf(plain, 'language')).to.equal(null);
      expect(selectOf(plain, 'format')).to.equal(null);
      expect(selectOf(plain, 'day'), 'one day').to.equal(null);
      expect(selectOf(plain, 'status')).to.exist;
    });

    it('narrows by day, kind, language, format and status, and hides empty days', async () => {
      const el = await agenda();
      await choose(el, 'day', '2027-06-16');
      expect(shown(el)).to.deep.equal(['s2', 's3']);
      expect(el.shadowRoot!.querySelectorAll('section.day:not([hidden])')).to.have.length(1);
      await choose(el, 'day', '');
      await choose(el, 'kind', 'workshop');
      expect(shown(el)).to.deep.equal(['s1', 's6']);
      await choose(el, 'kind', '');
      await choose(el, 'language', 'ar');
      expect(shown(el)).to.deep.equal(['s2', 's6']);
      await choose(el, 'language', '');
      await choose(el, 'format', 'online');
      expect(shown(el)).to.deep.equal(['s2', 's5', 's8']);
      await choose(el, 'format', '');
      await choose(el, 'status', 'ended');
      expect(shown(el)).to.deep.equal(['s0', 's1']);
      expect(count(el)).to.equal('2 sessions');
      await choose(el, 'status', 'live');
      expect(shown(el)).to.deep.equal(['s2']);
      expect(count(el)).to.equal('1 session');
    });
  });

  describe('search', () => {
    for (const [lang, query, found, none, clear] of [
      ['en', 'ENERGY', '2 sessions', 'No session matches your search and filters.', 'Clear the filters'],
      ['fr', 'energetique', '2 sessions', 'Aucune session ne correspond à votre recherche et à vos filtres.', 'Effacer les filtres'],
      ['es', 'energetica', '2 sesiones', 'Ninguna sesión coincide con su búsqueda y sus filtros.', 'Borrar los filtros'],
    ] as const) {
      it(`ignores case and accents, announces the count and clears (${lang})`, async () => {
        const el = await agenda(programmeFeed(10), {lang});
        await type(el, query);
        expect(shown(el)).to.deep.equal(['s0', 's7']);
        const status = $(el, '.count')!;
        expect(status.getAttribute('role')).to.equal('status');
        expect(count(el)).to.equal(found);
        await type(el, 'zzz');
        expect(shown(el)).to.deep.equal([]);
        expect(textOf($(el, '[part="no-results"]')!)).to.equal(`${none} ${clear}`);
        await expect(el).to.be.accessible();
        $<HTMLButtonElement>(el, '[part="no-results"] button')!.click();
        await el.updateComplete;
        expect(shown(el)).to.have.length(10);
        expect(search(el).value).to.equal('');
        await urlWritten();
        expect(new URL(location.href).searchParams.has('agenda-q')).to.be.false;
      });
    }
  });

  describe('the page URL', () => {
    it('keeps the state beside the page\'s own parameters; typing replaces, a choice pushes, Back restores', async () => {
      history.replaceState(null, '', '?page=2&q=own#top');
      const el = await agenda();
      // Entries counted as the agenda adds them: history.length stops growing at 50 in Chromium,
      // which a page running many tests reaches.
      const {pushState} = history;
      let pushes = 0;
      history.pushState = function (...args: Parameters<History['pushState']>) {
        pushes++;
        return pushState.apply(this, args);
      };
      await type(el, 'ener');
      await type(el, 'energy');
      await urlWritten();
      expect(pushes, 'one entry for the whole search').to.equal(1);
      let url = new URL(location.href);
      expect(url.searchParams.get('agenda-q')).to.equal('energy');
      expect(url.searchParams.get('page')).to.equal('2');
      expect(url.searchParams.get('q')).to.equal('own');
      expect(url.hash).to.equal('#top');
      const events: UclgAgendaFilterEvent[] = [];
      el.addEventListener('uclg-agenda-filter', (e) => events.push(e));
      await choose(el, 'format', 'hybrid');
      await urlWritten();
      expect(pushes, 'one entry for the choice').to.equal(2);
      expect(events.map((e) => e.detail)).to.deep.equal([{query: 'energy', day: '', kind: '', language: '', format: 'hybrid', status: '', view: 'all', count: 1}]);
      expect(events[0].bubbles && events[0].composed).to.be.true;
      url = new URL(location.href);
      expect(url.searchParams.get('agenda-format')).to.equal('hybrid');
      history.back();
      // Back is asynchronous (popstate comes after a history traversal): Firefox on a loaded CI
      // machine took more than waitUntil's default second once (2026-12-03).
      await waitUntil(() => events.length === 2, 'Back fires uclg-agenda-filter', {timeout: 5000});
      expect(events[1].detail).to.include({query: 'energy', format: '', count: 2});
      await el.updateComplete;
      expect(selectOf(el, 'format')!.value).to.equal('');
      expect(shown(el)).to.deep.equal(['s0', 's7']);
      history.pushState = pushState; // (left wrapped if the test failed: it still pushes, and only counts)
    });

    it('writes the URL once the change is on screen, and drops that write when Back or Forward came first', async () => {
      const el = await agenda();
      const format = () => new URL(location.href).searchParams.get('agenda-format');
      const all = shown(el).length;
      await choose(el, 'format', 'hybrid');
      // Shown, and the URL not written yet: the change's frame does not wait for it.
      const hybrid = shown(el).length;
      expect(hybrid).to.be.within(1, all - 1);
      expect(format(), 'written in the change').to.equal(null);
      await urlWritten();
      expect(format()).to.equal('hybrid');
      // Another change, then Back (a popstate) before its frame: the URL is what Back left, and
      // no entry is pushed after it.
      const {pushState} = history;
      let pushes = 0;
      history.pushState = function (...args: Parameters<History['pushState']>) {
        pushes++;
        return pushState.apply(this, args);
      };
      try {
        await choose(el, 'format', 'online');
        dispatchEvent(new PopStateEvent('popstate'));
        await urlWritten();
        expect([format(), pushes]).to.deep.equal(['hybrid', 0]);
      } finally {
        history.pushState = pushState;
      }
      await el.updateComplete;
      expect(selectOf(el, 'format')!.value, 'the state follows the URL').to.equal('hybrid');
      expect(shown(el)).to.have.length(hybrid);
    });

    it('opens a shared link on the same view, in the fragment too, with its own prefix', async () => {
      history.replaceState(null, '', '?agenda-kind=workshop&agenda-lang=ar');
      const el = await agenda();
      expect(shown(el)).to.deep.equal(['s6']);
      expect(selectOf(el, 'kind')!.value).to.equal('workshop');
      history.replaceState(null, '', '#p2-q=housing&p2-day=2027-06-16');
      const hash = await agenda(programmeFeed(10), {urlState: 'hash', prefix: 'p2-'});
      expect(shown(hash)).to.deep.equal(['s3']);
      await choose(hash, 'status', 'upcoming');
      await urlWritten();
      expect(location.hash).to.equal('#p2-q=housing&p2-day=2027-06-16&p2-status=upcoming');
      history.replaceState(null, '', '?agenda-q=housing');
      const none = await agenda(programmeFeed(10), {urlState: 'none'});
      expect(shown(none)).to.have.length(10);
      await type(none, 'energy');
      await urlWritten();
      expect(location.search).to.equal('?agenda-q=housing');
    });
  });

  describe('a link it cannot apply', () => {
    const counts = {en: '10 sessions', fr: '10 sessions', es: '10 sesiones'} as const;
    for (const lang of ['en', 'fr', 'es'] as const) {
      it(`shows every session under selects that read "All", and the next choice drops what it could not apply (${lang})`, async () => {
        history.replaceState(null, '', '?agenda-day=2030-01-01&agenda-kind=nonsense&agenda-lang=de&agenda-format=by-boat&keep=1');
        const el = await agenda(programmeFeed(10), {lang});
        expect(shown(el)).to.have.length(10);
        expect(count(el)).to.equal(counts[lang]);
        expect(['day', 'kind', 'language', 'format'].map((n) => selectOf(el, n)!.value)).to.deep.equal(['', '', '', '']);
        expect(textOf(el)).not.to.match(/No session matches|Aucune séance|Ninguna sesión/);
        const events: UclgAgendaFilterEvent[] = [];
        el.addEventListener('uclg-agenda-filter', (e) => events.push(e));
        await choose(el, 'status', 'upcoming');
        await urlWritten();
        expect(location.search).to.equal('?keep=1&agenda-status=upcoming');
        expect(events.map((e) => [e.detail.day, e.detail.kind, e.detail.language, e.detail.status])).to.deep.equal([['', '', '', 'upcoming']]);
      });
    }

    it('a day of the visitor\'s zone that the event\'s zone does not have: every session once the view moves to event time', async () => {
      const key = 'uclg-widgets:agenda-zone:v1:riverside-2027';
      localStorage.removeItem(key);
      try {
        // 08:00 in Madrid is 20:00 the day before in Honolulu: there the programme runs 14–18 June.
        const el = await fixture<UclgAgenda>(html`<uclg-agenda lang="en" time-zone="Pacific/Honolulu" now=${NOW} url-state="query" .feed=${programmeFeed(10)}></uclg-agenda>`);
        await el.updateComplete;
        await choose(el, 'day', '2027-06-14');
        expect(shown(el)).to.deep.equal(['s0', 's1']);
        const event = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="zone"][value="event"]')!;
        event.click();
        await el.updateComplete;
        expect(selectOf(el, 'day')!.value).to.equal('');
        expect(shown(el)).to.have.length(10);
      } finally {
        localStorage.removeItem(key);
      }
    });
  });

  describe('my programme', () => {
    it('stars sessions (a toggle named with the title), keeps them per event and shows them alone', async () => {
      const el = await agenda();
      const button = star(el, 's3');
      // Named by the label and the title itself, so a title shown in another language keeps its lang.
      const name = button.getAttribute('aria-labelledby')!.split(' ').map((id) => el.shadowRoot!.getElementById(id)!.textContent!.trim()).join(' ');
      expect(name).to.equal('In my programme: Housing for all 3');
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      button.click();
      await el.updateComplete;
      expect(star(el, 's3').getAttribute('aria-pressed')).to.equal('true');
      expect(JSON.parse(localStorage.getItem(STARS)!)).to.deep.equal(['s3']);
      const mine = $<HTMLButtonElement>(el, 'button.mine')!;
      expect(mine.textContent!.trim()).to.equal('My programme (1)');
      mine.click();
      await el.updateComplete;
      expect(mine.getAttribute('aria-pressed')).to.equal('true');
      expect(shown(el)).to.deep.equal(['s3']);
      await urlWritten();
      expect(new URL(location.href).searchParams.get('agenda-view')).to.equal('mine');
      await expect(el).to.be.accessible();
      const again = await agenda();
      expect(star(again, 's3').getAttribute('aria-pressed'), 'kept').to.equal('true');
    });

    it('is shared live by every agenda of the event on the page, also when storage is forbidden', async () => {
      const original = Object.getOwnPropertyDescriptor(window, 'localStorage');
      for (const forbidden of [false, true]) {
        if (forbidden) Object.defineProperty(window, 'localStorage', {configurable: true, get: () => { throw new DOMException('denied', 'SecurityError'); }});
        try {
          const [a, b] = [await agenda(), await agenda(programmeFeed(10), {lang: 'fr'})];
          star(a, 's4').click();
          await a.updateComplete;
          await b.updateComplete;
          expect(star(b, 's4').getAttribute('aria-pressed'), `forbidden: ${forbidden}`).to.equal('true');
          star(b, 's4').click();
          await b.updateComplete;
          await a.updateComplete;
          expect(star(a, 's4').getAttribute('aria-pressed')).to.equal('false');
        } finally {
          if (forbidden && original) Object.defineProperty(window, 'localStorage', original);
        }
      }
    });

    it('downloads the starred sessions as one .ics with the widget\'s UIDs', async () => {
      const el = await agenda(programmeFeed(10), {lang: 'es'});
      star(el, 's1').click();
      star(el, 's7').click();
      await el.updateComplete;
      const made: Blob[] = [];
      const names: string[] = [];
      const original = URL.createObjectURL;
      const click = HTMLAnchorElement.prototype.click;
      URL.createObjectURL = (blob: Blob) => (made.push(blob), original.call(URL, blob));
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) { names.push(this.download); };
      try {
        $<HTMLButtonElement>(el, 'button.download')!.click();
      } finally {
        URL.createObjectURL = original;
        HTMLAnchorElement.prototype.click = click;
      }
      expect(names).to.deep.equal(['riverside-2027-my-programme.ics']);
      const cal = new ICAL.Component(ICAL.parse(await made[0].text()));
      const events = cal.getAllSubcomponents('vevent');
      expect(events.map((e) => e.getFirstPropertyValue('uid'))).to.deep.equal(['riverside-2027.s1@uclg-widgets', 'riverside-2027.s7@uclg-widgets']);
      expect(events[1].getFirstPropertyValue('summary')).to.equal('Transición energética 7');
    });
  });

  describe('keyboard and now', () => {
    it('searches, filters, stars and jumps to now with the keyboard', async () => {
      const el = await agenda();
      search(el).focus();
      await sendKeys({type: 'housing'});
      await el.updateComplete;
      expect(shown(el)).to.deep.equal(['s3']);
      await sendKeys({press: 'Tab'});
      expect(el.shadowRoot!.activeElement).to.equal(selectOf(el, 'day'));
      search(el).focus();
      for (const _ of 'housing') await sendKeys({press: 'Backspace'});
      await el.updateComplete;
      expect(shown(el)).to.have.length(10);
      star(el, 's5').focus();
      await sendKeys({press: ' '});
      await el.updateComplete;
      expect(star(el, 's5').getAttribute('aria-pressed')).to.equal('true');
      const jump = $<HTMLButtonElement>(el, 'button.jump')!;
      jump.focus();
      await sendKeys({press: 'Enter'});
      const focused = el.shadowRoot!.activeElement as HTMLElement;
      expect(focused.dataset.session, 'the live session').to.equal('s2');
    });

    it('jumps to the next session when none is live, and offers no jump when all have ended', async () => {
      const el = await fixture<UclgAgenda>(html`<uclg-agenda lang="en" time-zone="Europe/Madrid" now="2027-06-16T07:40:00Z" .feed=${programmeFeed(10)}></uclg-agenda>`);
      $<HTMLButtonElement>(el, 'button.jump')!.click();
      expect((el.shadowRoot!.activeElement as HTMLElement).dataset.session).to.equal('s4');
      const late = await fixture<UclgAgenda>(html`<uclg-agenda lang="en" time-zone="Europe/Madrid" now="2028-01-01T00:00:00Z" .feed=${programmeFeed(10)}></uclg-agenda>`);
      expect($(late, 'button.jump')).to.equal(null);
    });
  });

  describe('subscribe and print', () => {
    it('offers to subscribe when the feed names its calendar', async () => {
      const feed = programmeFeed(3) as any;
      feed.event.calendar = 'https://example.org/forum.ics';
      const el = await agenda(feed);
      const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="subscribe"] a')].map((a) => a.href);
      expect(links).to.deep.equal([
        'webcal://example.org/forum.ics',
        'https://calendar.google.com/calendar/render?cid=webcal%3A%2F%2Fexample.org%2Fforum.ics',
        'https://outlook.live.com/calendar/0/addfromweb?url=https://example.org/forum.ics&name=Riverside%20Cities%20Forum%202027%20(fictional)',
      ]);
      await expect(el).to.be.accessible();
      const none = await agenda(programmeFeed(3));
      expect($(none, '[part="subscribe"]')).to.equal(null);
    });

    it('prints the filtered sessions without controls, day headings kept with their sessions', async function () {
      const el = await agenda();
      await choose(el, 'format', 'online');
      try {
        await emulateMedia({media: 'print'});
      } catch {
        this.skip(); // Firefox through WebDriver BiDi cannot emulate print; the rules are checked in Chromium.
      }
      try {
        const visible = (sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)].filter((e) => e.getClientRects().length > 0);
        expect(visible('.tools, .star, [part="calendar"]').map((e) => e.outerHTML.slice(0, 80))).to.deep.equal([]);
        expect(visible('li.item').map((li) => li.dataset.session)).to.deep.equal(['s2', 's5', 's8']);
        const heading = visible('[part="day"]')[0];
        expect(getComputedStyle(heading).breakAfter).to.equal('avoid');
        expect(getComputedStyle(visible('li.item')[0]).breakInside).to.equal('avoid');
      } finally {
        await emulateMedia({media: 'screen'});
      }
    });
  });
});
