import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../define.js';
import type {UclgAddToCalendar} from './add-to-calendar.js';
import type {UclgSessionCard} from '../session-card/session-card.js';
import {parseFeed} from '../../feed/parse.js';
import {googleCalendarUrl, outlookCalendarUrl} from '../../calendar/links.js';
import {forumFeed, testFeed} from '../../test-support/fixtures.js';
import {$, mount, settled, textOf, unmountAll} from '../../test-support/dom.js';

const feed = parseFeed(testFeed()).feed!;
const digital = feed.sessions[0];

async function menu(lang = 'en', open = false) {
  const el = await fixture<UclgAddToCalendar>(html`<uclg-add-to-calendar lang=${lang} .session=${digital} .feed=${feed}></uclg-add-to-calendar>`);
  await el.updateComplete;
  if (open) {
    $<HTMLButtonElement>(el, 'button[aria-expanded]')!.click();
    await el.updateComplete;
  }
  return el;
}

describe('<uclg-add-to-calendar>', () => {
  it('is a disclosure: a real button that shows the choices, Escape closes it', async () => {
    const el = await menu('fr');
    const button = $<HTMLButtonElement>(el, 'button[aria-expanded]')!;
    expect(button.textContent!.trim()).to.equal('Ajouter au calendrier');
    expect($(el, '#menu')!.hidden).to.be.true;
    await expect(el).to.be.accessible();
    button.focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect($(el, '#menu')!.hidden).to.be.false;
    expect(textOf($(el, '#menu')!)).to.equal('Télécharger (.ics, tout calendrier) Google Calendar Outlook.com Office 365');
    await expect(el).to.be.accessible();
    await sendKeys({press: 'Tab'});
    await sendKeys({press: 'Escape'});
    await el.updateComplete;
    expect($(el, '#menu')!.hidden).to.be.true;
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });

  it('links to Google and Outlook with the same instants, in the widget language', async () => {
    const closed = await menu('es');
    expect(closed.shadowRoot!.querySelectorAll('#menu li').length, 'the choices are built when opened').to.equal(0);
    const el = await menu('es', true);
    const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.href);
    expect(hrefs).to.deep.equal([
      googleCalendarUrl(digital, 'es', {feed}),
      outlookCalendarUrl(digital, 'es', {feed, service: 'outlook.com'}),
      outlookCalendarUrl(digital, 'es', {feed}),
    ]);
    expect(new URL(hrefs[0]).searchParams.get('dates')).to.equal('20210519T100000Z/20210519T113000Z');
    expect(new URL(hrefs[0]).searchParams.get('text')).to.equal('Digitalización inclusiva');
    for (const a of el.shadowRoot!.querySelectorAll('a')) expect(a.rel).to.equal('noopener noreferrer');
  });

  it('downloads an .ics file of the session', async () => {
    const el = await menu('en', true);
    const made: Blob[] = [];
    const original = URL.createObjectURL;
    const clicks: string[] = [];
    const stop = (e: Event) => {
      const a = e.composedPath()[0] as HTMLAnchorElement;
      if (a.download) {
        clicks.push(a.download);
        e.preventDefault();
      }
    };
    URL.createObjectURL = (blob: Blob) => (made.push(blob), original.call(URL, blob));
    el.shadowRoot!.addEventListener('click', stop, true);
    try {
      $<HTMLButtonElement>(el, '#menu button')!.click();
    } finally {
      URL.createObjectURL = original;
    }
    expect(clicks).to.deep.equal(['digital.ics']);
    expect(made[0].type).to.equal('text/calendar;charset=utf-8');
    const text = await made[0].text();
    expect(text).to.contain('DTSTART:20210519T100000Z\r\n').and.contain('SUMMARY;LANGUAGE=en:Inclusive Digitalization');
  });
});

describe('Add to calendar and search-engine data in the card', () => {
  afterEach(unmountAll);
  const card = async (now: string, quiet = false, attrs: {lang?: string; compact?: boolean} = {}) => {
    const wrapper = mount(html`<div style="width: 420px"><uclg-session-card session="digital" lang=${attrs.lang ?? 'en'} ?compact=${attrs.compact} now=${now} ?no-structured-data=${quiet} .feed=${testFeed()}></uclg-session-card></div>`);
    const el = wrapper.querySelector<UclgSessionCard>('uclg-session-card')!;
    await settled(el);
    return el;
  };
  const placeholder = (el: Element) => $<HTMLButtonElement>(el, 'div[part="calendar"] > button');

  it('offers Add to calendar before and during the session, not after', async () => {
    expect(placeholder(await card('2021-05-18T00:00:00Z'))).to.exist;
    expect(placeholder(await card('2021-05-19T10:30:00Z'))).to.exist;
    const ended = await card('2021-05-20T00:00:00Z');
    expect(placeholder(ended)).to.equal(null);
    expect($(ended, '[part="calendar"]')).to.equal(null);
  });

  for (const [lang, label] of [['en', 'Add to calendar'], ['fr', 'Ajouter au calendrier'], ['es', 'Añadir al calendario']]) {
    for (const compact of [false, true]) {
      it(`is a plain button until used, then the menu, opened, in the same place (${lang}${compact ? ', compact' : ''})`, async () => {
        const el = await card('2021-05-18T00:00:00Z', false, {lang, compact});
        const button = placeholder(el)!;
        expect(button.textContent!.trim()).to.equal(label);
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        expect($(el, 'uclg-add-to-calendar'), 'no element until used').to.equal(null);
        // The placeholder in the card (the element's own menu: its tests above); once per language.
        if (!compact) await expect(el).to.be.accessible();
        const before = {card: el.getBoundingClientRect().height, button: button.getBoundingClientRect(), box: $(el, '[part="calendar"]')!.getBoundingClientRect(), font: getComputedStyle(button).font};

        button.focus();
        await sendKeys({press: 'Enter'});
        const menu = () => $<UclgAddToCalendar>(el, 'uclg-add-to-calendar[part="calendar"]');
        await waitUntil(() => menu()?.shadowRoot?.activeElement, 'the menu has the focus');
        const real = menu()!.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
        expect(real.getAttribute('aria-expanded')).to.equal('true');
        expect(real.textContent!.trim()).to.equal(label);
        expect(textOf($(menu()!, '#menu')!)).to.contain('Google Calendar');
        expect(el.shadowRoot!.activeElement).to.equal(menu());
        await sendKeys({press: 'Escape'});
        await menu()!.updateComplete;
        expect(real.getAttribute('aria-expanded')).to.equal('false');
        expect(menu()!.shadowRoot!.activeElement).to.equal(real);

        // Closed, the element takes exactly the placeholder's place: nothing on the page moved.
        const after = real.getBoundingClientRect();
        for (const k of ['x', 'y', 'width', 'height'] as const) expect(after[k], `button ${k}`).to.be.closeTo(before.button[k], 0.5);
        const box = menu()!.getBoundingClientRect();
        for (const k of ['y', 'height'] as const) expect(box[k], `box ${k}`).to.be.closeTo(before.box[k], 0.5);
        expect(el.getBoundingClientRect().height).to.be.closeTo(before.card, 0.5);
        expect(getComputedStyle(real).font).to.equal(before.font);
      });
    }
  }

  /** The schema.org Events the widgets inside `root` describe, read back from their microdata. */
  const events = (root: Element): Record<string, any>[] =>
    [...root.querySelectorAll('uclg-session-card, uclg-agenda')].flatMap((w) => [...w.shadowRoot!.querySelectorAll('[itemtype="https://schema.org/Event"][data-uclg-session]')].map(readItem));
  function readItem(el: Element): Record<string, any> {
    const out: Record<string, any> = {'@type': el.getAttribute('itemtype')!.replace('https://schema.org/', ''), key: el.getAttribute('data-uclg-session') ?? undefined};
    for (const child of el.children) {
      const prop = child.getAttribute('itemprop')!;
      const value: any = child.hasAttribute('itemscope') ? readItem(child) : (child.getAttribute('href') ?? child.getAttribute('content'));
      if (value?.key === undefined) delete value?.key;
      // A property written more than once is a list (performers, a hybrid session's places).
      out[prop] = prop in out ? [out[prop], value].flat() : value;
    }
    return out;
  }

  it('describes each session once per page as schema.org microdata, in the widget\'s language', async () => {
    const wrapper = mount(html`<div lang="fr">
      <uclg-session-card session="digital" .feed=${testFeed()}></uclg-session-card>
      <uclg-session-card session="digital" .feed=${testFeed()}></uclg-session-card>
      <uclg-agenda .feed=${testFeed()}></uclg-agenda>
    </div>`);
    const widgets = () => wrapper.querySelectorAll<UclgSessionCard>('uclg-session-card, uclg-agenda');
    for (const el of widgets()) await settled(el);
    expect(events(wrapper).map((e) => e.key).sort()).to.deep.equal(['eb-2021/cancelled', 'eb-2021/digital', 'eb-2021/health']);
    const data = events(wrapper).find((e) => e.key === 'eb-2021/digital')!;
    expect(data).to.deep.include({
      '@type': 'Event',
      name: 'Numérisation inclusive',
      startDate: '2021-05-19T12:00:00+02:00',
      endDate: '2021-05-19T13:30:00+02:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      inLanguage: 'fr',
    });
    expect(data.location).to.deep.equal({'@type': 'VirtualLocation', url: 'https://example.org/live'});
    expect(events(wrapper).find((e) => e.key === 'eb-2021/cancelled')!.eventStatus).to.equal('https://schema.org/EventCancelled');
    // Nothing is written outside the widgets' own shadow trees.
    expect(wrapper.querySelectorAll('script, meta, [itemscope]').length).to.equal(0);
    // Another language rewrites what they say.
    wrapper.querySelector('div')!.setAttribute('lang', 'es');
    for (const el of widgets()) await settled(el);
    expect(events(wrapper).find((e) => e.key === 'eb-2021/digital')).to.deep.include({name: 'Digitalización inclusiva', inLanguage: 'es'});
    // The widget that described a session leaves the page: another one showing it takes over.
    const describer = [...widgets()].find((w) => w.shadowRoot!.querySelector('[data-uclg-session="eb-2021/digital"]'))!;
    describer.remove();
    for (const el of widgets()) await settled(el);
    expect(events(wrapper).filter((e) => e.key === 'eb-2021/digital').length).to.equal(1);
  });

  it('writes performers, the place and the languages of a hybrid session as repeated microdata properties', async () => {
    const wrapper = mount(html`<div lang="es"><uclg-agenda .feed=${forumFeed()}></uclg-agenda></div>`);
    const el = wrapper.querySelector('uclg-agenda')!;
    await settled(el);
    const [data] = events(wrapper);
    expect(data.key).to.equal('riverside-2027/riverside-water');
    expect(data.eventAttendanceMode).to.equal('https://schema.org/MixedEventAttendanceMode');
    expect(data.inLanguage).to.deep.equal(['en', 'es']);
    expect(data.organizer).to.deep.equal({'@type': 'Organization', name: 'Foro de Ciudades de Riverside 2027 (ficticio)'});
    expect(data.location).to.deep.equal([
      {
        '@type': 'Place',
        name: 'Palacio de Congresos de Riverside',
        address: {'@type': 'PostalAddress', streetAddress: 'Plaza del Puerto, 1', addressLocality: 'Riverside', addressCountry: 'ES'},
        hasMap: 'https://example.org/riverside/map',
      },
      {'@type': 'VirtualLocation', url: 'https://example.org/riverside/water/live'},
    ]);
    expect(data.performer).to.have.length(8);
    expect(data.performer[0]).to.deep.equal({
      '@type': 'Person',
      name: 'Amara Okafor',
      affiliation: {'@type': 'Organization', name: 'Ayuntamiento de Riverside'},
      image: 'https://example.org/photos/amara-okafor.jpg',
    });
    // The photos are in the data, not on the page: nothing is fetched for them.
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('adds none with no-structured-data, and writes feed text as attribute values only', async () => {
    const quiet = await card('2021-05-18T00:00:00Z', true);
    expect(quiet.shadowRoot!.querySelector('[itemscope]')).to.equal(null);
    const feed = testFeed() as any;
    feed.sessions[0].title.en = '"><img src=x onerror=alert(1)></script>';
    const wrapper = mount(html`<uclg-session-card lang="en" session="digital" .feed=${feed}></uclg-session-card>`);
    const el = wrapper.querySelector('uclg-session-card')!;
    await settled(el);
    expect(el.shadowRoot!.querySelector('meta[itemprop="name"]')!.getAttribute('content')).to.equal('"><img src=x onerror=alert(1)></script>');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });
});
