import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../define.js';
import type {UclgAgenda} from './agenda.js';
import type {UclgSessionSelectEvent} from '../../events/session-select.js';
import {browserZone, forumFeed, forumSession, testFeed} from '../../test-support/fixtures.js';
import {$, textOf} from '../../test-support/dom.js';
import {consoleDuring} from '../../test-support/console.js';

const DURING_DIGITAL = '2021-05-19T10:01:00Z';
const STORAGE_KEY = 'uclg-widgets:agenda-zone:v1:eb-2021';

async function agenda(attrs: {lang?: string; zone?: string; now?: string; sessions?: string; kind?: string; template?: string} = {}, feed: unknown = testFeed()) {
  const el = await fixture<UclgAgenda>(html`<uclg-agenda lang=${attrs.lang ?? 'en'} time-zone=${attrs.zone ?? (null as unknown as string)}
    now=${attrs.now ?? DURING_DIGITAL} sessions=${attrs.sessions ?? (null as unknown as string)} kind=${attrs.kind ?? (null as unknown as string)}
    href-template=${attrs.template ?? (null as unknown as string)} .feed=${feed}></uclg-agenda>`);
  await el.updateComplete;
  return el;
}
const dayHeadings = (el: UclgAgenda) => [...el.shadowRoot!.querySelectorAll('[part="day"]')].map((h) => h.textContent!.trim());
const items = (el: UclgAgenda) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="item"]')];
const times = (el: UclgAgenda) => items(el).map((i) => i.querySelector('.when')!.textContent!.replace(/\s+/g, ' ').trim());
/** Warnings while `run` runs; the test feed's own problem (a javascript: link, reported once per page) is left out. */
const warningsDuring = (run: () => Promise<void>) => consoleDuring('warn', run, (line) => !line.includes('uclg-widgets validate'));

describe('<uclg-agenda>', function () {
  // Three fixtures and three axe runs in one test: over 10 s when a 1,000-session test (agenda.scale.test.ts) shares the CPU.
  this.timeout(30_000);
  beforeEach(() => localStorage.removeItem(STORAGE_KEY));

  describe('days and times', () => {
    it('groups by day in the event zone, in three languages', async () => {
      const cases: [string, string[], string][] = [
        ['en', ['Wednesday, 19 May 2021', 'Thursday, 20 May 2021', 'Friday, 21 May 2021'], '12:00–13:30 CEST'],
        ['fr', ['mercredi 19 mai 2021', 'jeudi 20 mai 2021', 'vendredi 21 mai 2021'], '12:00 – 13:30 CEST'],
        ['es', ['miércoles, 19 de mayo de 2021', 'jueves, 20 de mayo de 2021', 'viernes, 21 de mayo de 2021'], '12:00–13:30 CEST'],
      ];
      for (const [lang, headings, firstTime] of cases) {
        const el = await agenda({lang, zone: 'Europe/Madrid'});
        expect(dayHeadings(el)).to.deep.equal(headings);
        expect(times(el)[0].replace(/\u2009|\u202f/g, ' ')).to.equal(firstTime);
        expect($(el, '.switch'), 'no switch when both zones agree').to.equal(null);
        expect(el.shadowRoot!.querySelectorAll('[role="heading"][aria-level="2"]')).to.have.length(3);
        expect(el.shadowRoot!.querySelectorAll('[role="heading"][aria-level="3"]')).to.have.length(3);
        await expect(el).to.be.accessible();
      }
    });

    it('lists a session under the viewer\'s own calendar day (UTC+14: the next day)', async () => {
      const el = await agenda({zone: 'Pacific/Kiritimati'});
      expect(dayHeadings(el)).to.deep.equal(['Thursday, 20 May 2021', 'Friday, 21 May 2021', 'Saturday, 22 May 2021']);
      expect(times(el)[0]).to.equal('00:00–01:30 GMT+14');
      expect(textOf($(el, '.switch')!)).to.equal('Show times in My time (GMT+14) Event time (CEST)');
      await expect(el).to.be.accessible();
    });

    it('uses the browser\'s zone by default', async () => {
      // 10:00 UTC on 19 May 2021 in each zone of the test matrix.
      const expected: Record<string, [string, string]> = {
        'Europe/Madrid': ['Wednesday, 19 May 2021', '12:00–13:30 CEST'],
        'America/New_York': ['Wednesday, 19 May 2021', '06:00–07:30 EDT'],
        'Asia/Kathmandu': ['Wednesday, 19 May 2021', '15:45–17:15 GMT+5:45'],
        'Asia/Katmandu': ['Wednesday, 19 May 2021', '15:45–17:15 GMT+5:45'],
        'Pacific/Kiritimati': ['Thursday, 20 May 2021', '00:00–01:30 GMT+14'],
        'Australia/Lord_Howe': ['Wednesday, 19 May 2021', '20:30–22:00 GMT+10:30'],
        'America/Los_Angeles': ['Wednesday, 19 May 2021', '03:00–04:30 PDT'],
        // Not in CI's matrix, for UCLG_ZONES runs (the session crosses midnight in Chatham).
        'Australia/Sydney': ['Wednesday, 19 May 2021', '20:00–21:30 GMT+10'],
        'Pacific/Chatham': ['Wednesday, 19 May 2021', '22:45–00:15 (+1 day) GMT+12:45'],
        'America/St_Johns': ['Wednesday, 19 May 2021', '07:30–09:00 GMT-2:30'],
      };
      const want = expected[browserZone()];
      expect(want, `a row for ${browserZone()}`).to.exist;
      const el = await agenda();
      expect(dayHeadings(el)[0]).to.equal(want[0]);
      expect(times(el)[0]).to.equal(want[1]);
    });

    it('writes a session that crosses midnight under its start day, with "+1 day"', async () => {
      const feed = testFeed() as any;
      feed.sessions[0].start = '2021-05-19T22:30:00Z';
      feed.sessions[0].end = '2021-05-20T00:30:00Z';
      const utc = await agenda({zone: 'UTC', sessions: 'digital'}, feed);
      expect(dayHeadings(utc)).to.deep.equal(['Wednesday, 19 May 2021']);
      expect(times(utc)[0]).to.equal('22:30–00:30 (+1 day) UTC');
      const fr = await agenda({zone: 'UTC', sessions: 'digital', lang: 'fr'}, feed);
      expect(times(fr)[0].replace(/\u2009|\u202f/g, ' ')).to.equal('22:30 – 00:30 (+1 jour) UTC');
      const madrid = await agenda({zone: 'Europe/Madrid', sessions: 'digital'}, feed);
      expect(dayHeadings(madrid)).to.deep.equal(['Thursday, 20 May 2021']);
      expect(times(madrid)[0]).to.equal('00:30–02:30 CEST');
    });

    it('shows "my time" in the visitor\'s own zone when time-zone is not a zone (no crash)', async () => {
      const realWarn = console.warn;
      const warnings: string[] = [];
      console.warn = (m: string) => warnings.push(m);
      try {
        const typo = await agenda({zone: 'America/New_Yrok'});
        const plain = await agenda();
        expect(times(typo)).to.deep.equal(times(plain));
        expect(dayHeadings(typo)).to.deep.equal(dayHeadings(plain));
        expect(warnings.filter((w) => w.includes('America/New_Yrok'))).to.deep.equal(['[uclg-agenda] Unknown time-zone "America/New_Yrok": the visitor\'s own zone is shown.']);
      } finally {
        console.warn = realWarn;
      }
    });

    it('gives each end its own zone when the clocks change during a session', async () => {
      const feed = testFeed() as any;
      // Madrid, the night summer time ends: 01:30 CEST to 02:30 CET is two hours.
      feed.sessions[0].start = '2026-10-24T23:30:00Z';
      feed.sessions[0].end = '2026-10-25T01:30:00Z';
      const want = {en: '01:30 CEST – 02:30 CET', fr: '01:30 CEST – 02:30 CET', es: '01:30 CEST – 02:30 CET'};
      for (const [lang, text] of Object.entries(want)) {
        const el = await agenda({zone: 'Europe/Madrid', sessions: 'digital', lang, now: '2026-10-01T00:00:00Z'}, feed);
        expect(times(el)[0]).to.equal(text);
      }
      // Seen from UTC, nothing changes: one label.
      expect(times(await agenda({zone: 'UTC', sessions: 'digital', now: '2026-10-01T00:00:00Z'}, feed))[0]).to.equal('23:30–01:30 (+1 day) UTC');
    });
  });

  describe('the event time / my time switch', () => {
    it('switches with the keyboard and is remembered per event', async () => {
      const el = await agenda({zone: 'Pacific/Kiritimati'});
      const [mine, event] = el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]');
      expect(mine.checked).to.be.true;
      mine.focus();
      await sendKeys({press: 'ArrowRight'});
      await el.updateComplete;
      expect(event.checked).to.be.true;
      expect(dayHeadings(el)[0]).to.equal('Wednesday, 19 May 2021');
      expect(times(el)[0]).to.equal('12:00–13:30 CEST');
      expect(localStorage.getItem(STORAGE_KEY)).to.equal('event');
      const again = await agenda({zone: 'Pacific/Kiritimati'});
      expect(dayHeadings(again)[0]).to.equal('Wednesday, 19 May 2021');
      await expect(again).to.be.accessible();
    });

    it('still works when the browser forbids storage', async () => {
      const original = Object.getOwnPropertyDescriptor(window, 'localStorage');
      Object.defineProperty(window, 'localStorage', {configurable: true, get: () => { throw new DOMException('denied', 'SecurityError'); }});
      try {
        const el = await agenda({zone: 'Pacific/Kiritimati'});
        el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1].click();
        await el.updateComplete;
        expect(dayHeadings(el)[0]).to.equal('Wednesday, 19 May 2021');
      } finally {
        if (original) Object.defineProperty(window, 'localStorage', original);
        else delete (window as any).localStorage;
      }
      expect(() => localStorage.getItem('x')).not.to.throw();
    });
  });

  describe('items', () => {
    it('shows status, highlights the live and the next session', async () => {
      const el = await agenda({zone: 'Europe/Madrid', lang: 'es'});
      const [digital, health, cancelled] = items(el);
      expect(digital.classList.contains('live')).to.be.true;
      expect(textOf(digital)).to.contain('En directo');
      expect(health.classList.contains('next')).to.be.true;
      expect(textOf(health)).to.contain('Siguiente');
      expect(textOf(cancelled)).to.contain('Cancelada');
      expect(cancelled.classList.contains('next')).to.be.false;
      const later = await agenda({zone: 'Europe/Madrid', now: '2021-06-01T00:00:00Z'});
      expect(items(later).map((i) => i.querySelector('.status')!.textContent!.trim())).to.deep.equal(['Ended', 'Ended', 'Cancelled']);
      expect($(later, '.next')).to.equal(null);
      await expect(later).to.be.accessible();
    });

    it('puts the time in a column of its own beside the session when wide, above it when narrow, inside the item, in three languages', async () => {
      // The longest time lines: the visitor's zone, and a session over two days ("(+2 days)").
      const feed = forumFeed(
        forumSession({id: 'late', people: [], start: '2027-06-15T23:30', end: '2027-06-16T01:30'}),
        forumSession({id: 'long', start: '2027-06-15T10:00', end: '2027-06-17T12:00'}),
      );
      for (const lang of ['en', 'fr', 'es']) {
        const el = await fixture<UclgAgenda>(html`<uclg-agenda lang=${lang} time-zone="Asia/Kolkata" now="2027-06-01T00:00:00Z" .feed=${feed}></uclg-agenda>`);
        for (const [width, compact] of [[720, false], [720, true], [380, false]] as const) {
          el.style.width = `${width}px`;
          el.toggleAttribute('compact', compact);
          await el.updateComplete;
          for (const item of items(el)) {
            const at = `${lang}, ${width} px${compact ? ', compact' : ''}, ${item.dataset.session}`;
            const box = item.getBoundingClientRect();
            const [when, kind, title] = ['.when', '.kind', '.title'].map((s) => item.querySelector(s)!.getBoundingClientRect());
            expect(when.left, at).to.be.above(box.left);
            expect(when.bottom, at).to.be.below(box.bottom);
            expect(title.right, at).to.be.at.most(box.right);
            if (width > 400) {
              expect(when.right, at).to.be.at.most(Math.min(kind.left, title.left));
              expect(when.top, at).to.be.closeTo(kind.top, 1);
              expect(when.width, at).to.be.closeTo(10 * parseFloat(getComputedStyle(item).fontSize), 1);
            } else {
              expect(when.bottom, at).to.be.at.most(kind.top);
              expect(when.left, at).to.be.closeTo(kind.left, 1);
            }
          }
        }
      }
    });

    it('offers Add to calendar as a plain button that becomes the menu when used, by keyboard, in three languages and compact', async () => {
      for (const [lang, label, compact] of [['en', 'Add to calendar'], ['fr', 'Ajouter au calendrier'], ['es', 'Añadir al calendario'], ['en', 'Add to calendar', 'compact']]) {
        const el = await agenda({zone: 'Europe/Madrid', lang});
        if (compact) {
          el.toggleAttribute('compact', true);
          await el.updateComplete;
        }
        // Live and upcoming sessions have it, the cancelled one not; none is the element until used.
        const buttons = items(el).map((li) => li.querySelector<HTMLButtonElement>('button[part="calendar"]'));
        expect(buttons.map((b) => b?.textContent!.trim() ?? null)).to.deep.equal([label, label, null]);
        expect(buttons[0]!.getAttribute('aria-expanded')).to.equal('false');
        // One such button per session: each described by its session's title, so that a screen reader's list of buttons tells them apart.
        const described = buttons.slice(0, 2).map((b) => el.shadowRoot!.getElementById(b!.getAttribute('aria-describedby')!)!);
        expect(described.map((t) => t.getAttribute('role'))).to.deep.equal(['heading', 'heading']);
        expect(described.map((t, i) => items(el)[i].contains(t))).to.deep.equal([true, true]);
        expect(described[0].textContent!.trim()).not.to.equal(described[1].textContent!.trim());
        expect($(el, 'uclg-add-to-calendar')).to.equal(null);
        await expect(el).to.be.accessible();
        // Where the button is in its item (the page may scroll to the focus).
        const inItem = (b: Element) => {
          const r = b.getBoundingClientRect();
          const item = items(el)[1].getBoundingClientRect();
          return {x: r.x - item.x, y: r.y - item.y, width: r.width, height: r.height};
        };
        const before = {button: inItem(buttons[1]!), font: getComputedStyle(buttons[1]!).font};
        buttons[1]!.focus();
        await sendKeys({press: 'Enter'});
        const opened = () => items(el)[1].querySelector<HTMLElement & {updateComplete: Promise<unknown>}>('uclg-add-to-calendar[part="calendar"]');
        await waitUntil(() => opened()?.shadowRoot?.activeElement, 'the menu has the focus');
        const menu = opened()!;
        const real = menu.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
        expect(real.getAttribute('aria-expanded')).to.equal('true');
        expect(textOf(menu.shadowRoot!.querySelector('#menu')!)).to.contain('Google Calendar');
        expect(real.textContent!.trim()).to.equal(label);
        // The focus went with it: Escape closes the menu and keeps the focus on its button.
        expect(el.shadowRoot!.activeElement).to.equal(menu);
        expect(menu.shadowRoot!.activeElement).to.equal(real);
        await sendKeys({press: 'Escape'});
        await menu.updateComplete;
        expect(real.getAttribute('aria-expanded')).to.equal('false');
        // Closed, the menu's button is where the plain one was, in the same type: nothing moved under the pointer.
        const after = inItem(real);
        for (const k of ['x', 'y', 'width', 'height'] as const) expect(after[k], `button ${k}`).to.be.closeTo(before.button[k], 0.5);
        expect(getComputedStyle(real).font).to.equal(before.font);
        // The other items are untouched.
        expect(items(el)[0].querySelector('uclg-add-to-calendar')).to.equal(null);
        await expect(el).to.be.accessible();
      }
    });

    it('marks each text with the language shown (fallback visible)', async () => {
      const el = await agenda({zone: 'Europe/Madrid', lang: 'es'});
      const health = items(el)[1];
      expect(health.querySelector('.kind [lang]')!.getAttribute('lang')).to.equal('en');
      expect(health.querySelector('.title [lang]')!.getAttribute('lang')).to.equal('en');
      // Text in the agenda's own language inherits it from the day's box: no span of its own.
      const title = items(el)[0].querySelector('.title')!;
      expect(title.querySelector('[lang]')).to.equal(null);
      expect(title.closest('[lang]')!.getAttribute('lang')).to.equal('es');
    });

    it('links to details or the partner template and fires a cancelable uclg-session-select', async () => {
      const el = await agenda({zone: 'Europe/Madrid', template: '/sessions/{id}?from=agenda'});
      const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part="link"]')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://example.org/digital',
        new URL('/sessions/health?from=agenda', location.href).href,
        new URL('/sessions/cancelled?from=agenda', location.href).href,
      ]);
      const seen: UclgSessionSelectEvent[] = [];
      const route = (e: UclgSessionSelectEvent) => {
        seen.push(e);
        e.preventDefault();
      };
      document.addEventListener('uclg-session-select', route);
      const stopNavigation = (e: Event) => e.preventDefault();
      window.addEventListener('click', stopNavigation);
      try {
        links[1].click();
        links[1].dispatchEvent(new MouseEvent('click', {bubbles: true, composed: true, cancelable: true, ctrlKey: true}));
      } finally {
        document.removeEventListener('uclg-session-select', route);
        window.removeEventListener('click', stopNavigation);
      }
      expect(seen).to.have.length(1);
      expect(seen[0].detail).to.deep.equal({sessionId: 'health', href: links[1].href});
      expect(seen[0].cancelable && seen[0].composed && seen[0].bubbles).to.be.true;
    });

    it('refuses a template that is not http(s)', async () => {
      const el = await agenda({zone: 'Europe/Madrid', template: 'javascript:alert("{id}")'});
      expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(1);
    });
  });

  describe('who and how to attend', () => {
    const person = (name: string, role = 'speaker') => ({name, role});
    /** The fictional forum: its hybrid session with eight people, one in person with four, one online with two, one with neither. */
    const forum = () =>
      forumFeed(
        forumSession(),
        forumSession({id: 'housing', start: '2027-06-15T12:00', end: '2027-06-15T13:00', location: {mode: 'in-person', venue: {en: 'Town Hall'}},
          people: [person('Ana Ruiz'), person('Kofi Mensah'), person('Lea Roth', 'moderator'), person('Iris Kahn')]}),
        forumSession({id: 'online', start: '2027-06-15T14:00', end: '2027-06-15T15:00', location: {mode: 'online'}, people: [person('Ana Ruiz'), person('Kofi Mensah')]}),
        forumSession({id: 'bare', start: '2027-06-15T16:00', end: '2027-06-15T17:00', location: undefined, people: undefined}),
      );
    const line = (item: HTMLElement, selector: string) => item.querySelector(selector)?.textContent!.trim() ?? null;

    const cases = {
      en: [['Amara Okafor, Lucía Ferrán, Kenji Watanabe and 5 more', 'In person and online'], ['Lea Roth, Ana Ruiz, Kofi Mensah and Iris Kahn', 'In person'], ['Ana Ruiz and Kofi Mensah', 'Online']],
      fr: [['Amara Okafor, Lucía Ferrán, Kenji Watanabe et 5 autres', 'En présentiel et en ligne'], ['Lea Roth, Ana Ruiz, Kofi Mensah et Iris Kahn', 'En présentiel'], ['Ana Ruiz et Kofi Mensah', 'En ligne']],
      es: [['Amara Okafor, Lucía Ferrán, Kenji Watanabe y 5 más', 'Presencial y en línea'], ['Lea Roth, Ana Ruiz, Kofi Mensah e Iris Kahn', 'Presencial'], ['Ana Ruiz y Kofi Mensah', 'En línea']],
    };
    for (const [lang, expected] of Object.entries(cases)) {
      it(`names the first three people (moderator first) and how to attend, as text, in ${lang}`, async () => {
        const el = await agenda({lang, zone: 'Europe/Madrid'}, forum());
        const [hybrid, inPerson, online, bare] = items(el);
        expect([hybrid, inPerson, online].map((i) => [line(i, '.people'), line(i, '.mode')])).to.deep.equal(expected);
        // Under the title, before the badges; the badge sits with the status, in the same words the card uses.
        expect(hybrid.querySelector('.title + .people + .badges .mode')).to.exist;
        expect([line(bare, '.people'), line(bare, '.mode')], 'nothing when the feed says nothing').to.deep.equal([null, null]);
        await expect(el).to.be.accessible();
      });
    }

    it('adds nothing to the sessions of a feed without people or places', async () => {
      const el = await agenda({zone: 'Europe/Madrid'});
      expect(el.shadowRoot!.querySelectorAll('.people, .mode')).to.have.length(0);
    });
  });

  describe('filters and states', () => {
    it('filters by session ids and by kind in any language', async () => {
      const ids = await agenda({zone: 'Europe/Madrid', sessions: ' health  digital '});
      expect(items(ids)).to.have.length(2);
      const kind = await agenda({zone: 'Europe/Madrid', kind: 'diálogo político de alto nivel de apertura'});
      expect(items(kind).map((i) => i.querySelector('.title')!.textContent!.trim())).to.deep.equal(['Inclusive Digitalization']);
    });

    it('names a session id it does not know in the console, once, in its language', async () => {
      const warnings = await warningsDuring(async () => {
        const el = await agenda({lang: 'fr', zone: 'Europe/Madrid', sessions: 'digital helth'});
        expect(items(el)).to.have.length(1);
        el.kind = 'High-Level Policy Dialogue';
        await el.updateComplete;
        const known = await agenda({lang: 'es', sessions: 'digital health'});
        expect(items(known)).to.have.length(2);
      });
      expect(warnings).to.deep.equal(['[uclg-agenda] Aucune session « helth » dans le flux ; donnez à sessions l’une de ces valeurs : digital, health, cancelled']);
    });

    it('names a kind it does not know in the console, once, in its language, with the kinds there are', async () => {
      const warnings = await warningsDuring(async () => {
        const el = await agenda({lang: 'fr', zone: 'Europe/Madrid', kind: ' Dialogue politiquee '});
        expect(textOf(el)).to.equal('Aucune session à afficher.');
        el.sessions = 'digital health';
        await el.updateComplete;
        // Known kinds, in any language and case, say nothing.
        await agenda({lang: 'fr', kind: 'SIDE EVENT'});
        await agenda({lang: 'es', kind: 'diálogo político de alto nivel de apertura'});
        const es = await agenda({lang: 'es', kind: 'Plenaria'});
        expect(items(es)).to.have.length(0);
      });
      expect(warnings.map((w) => w.replace(/\s/g, ' '))).to.deep.equal([
        '[uclg-agenda] Aucune session « Dialogue politiquee » dans le flux ; donnez à kind l’une de ces valeurs : "Dialogue politique de haut niveau d’ouverture", "High-Level Policy Dialogue", "Side event"',
        '[uclg-agenda] No hay ninguna sesión «Plenaria» en el programa; dé a kind uno de estos valores: "Diálogo político de alto nivel de apertura", "High-Level Policy Dialogue", "Side event"',
      ]);
    });

    it('says so, in its language, when there is nothing to show', async () => {
      const none = await agenda({lang: 'fr', sessions: 'nope'});
      expect(textOf(none)).to.equal('Aucune session à afficher.');
      await expect(none).to.be.accessible();
      const feed = testFeed() as any;
      feed.sessions = [];
      const empty = await agenda({lang: 'es'}, feed);
      expect(textOf(empty)).to.equal('No hay sesiones que mostrar.');
    });

    it('shows loading and a localized error', async () => {
      const loading = await fixture<UclgAgenda>(html`<uclg-agenda lang="fr" src="/never-answers-${Math.random()}.json"></uclg-agenda>`);
      expect($(loading, '[role="status"]')!.textContent!.trim()).to.equal('Chargement…');
      await expect(loading).to.be.accessible();
      const bad = await agenda({lang: 'es'}, {version: 7});
      expect(textOf(bad)).to.contain('No se ha podido leer el programa.');
      // A feed given as a property cannot change by asking again: no Retry.
      expect($(bad, 'button')).to.equal(null);
      await expect(bad).to.be.accessible();
    });
  });
});
