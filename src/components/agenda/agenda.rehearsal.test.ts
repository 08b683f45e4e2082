import {expect, html} from '@open-wc/testing';
import '../../define.js';
import type {LitElement} from 'lit';
import {programmeFeed} from '../../test-support/programme.js';
import {templatesPrepared} from '../../test-support/templates.js';
import {sideEffectsOf} from '../../test-support/side-effects.js';
import {mount, settled, unmountAll} from '../../test-support/dom.js';
import {rehearse} from './agenda.rehearsal.js';

// The agenda rehearses its first render at idle (agenda.rehearsal.ts): the parser, the items and
// the tools run once on a two-session feed, into a fragment that is never attached. This file is
// a page of its own, so Lit's templates are prepared here for the first time.

/** What only the items and the tools render: their templates are the rehearsal's to prepare. */
const ITEMS_AND_TOOLS = ['part="item"', 'class="when"', 'class="kind"', 'class="people"', 'class="badges"', 'class="mode"', 'status next', 'part="link"', 'class="star"', 'class="calendar"', '<select', '<option', 'type="search"', 'class="count"'];

describe('uclg-agenda rehearses its first render at idle', () => {
  afterEach(unmountAll);

  it('the first render of a programme with its tools prepares none of the items\' or the tools\' templates', async () => {
    // Whether the idle callback has run yet or not, the rehearsal has once this returns.
    const rehearsed = await templatesPrepared(() => rehearse('en', (step) => step()));
    const rendered = await templatesPrepared(async () => {
      const host = mount(html`<uclg-agenda lang="en" now="2027-06-01T00:00:00Z" .feed=${programmeFeed(12)}></uclg-agenda>`);
      await settled(host.firstElementChild as LitElement);
    });
    const agenda = document.querySelector('uclg-agenda')!;
    // The render did show all of it: items with people, stars, links, modes, the next session, the tools.
    for (const selector of ['li.item .people', '.star', '[part="link"]', '.mode', '.status.next', 'select', 'input[type="search"]', '.calendar']) {
      expect(agenda.shadowRoot!.querySelector(selector), selector).to.exist;
    }
    const missed = rendered.filter((markup) => ITEMS_AND_TOOLS.some((mark) => markup.includes(mark)));
    expect(missed, 'templates the rehearsal did not prepare').to.deep.equal([]);
    // Sanity: in this page, the rehearsal (now or at idle) is what prepared them.
    expect(rehearsed.length === 0 || rehearsed.some((markup) => markup.includes('part="item"'))).to.be.true;
  });

  for (const lang of ['en', 'fr', 'es'] as const) {
    it(`leaves nothing behind (${lang}): no element, no storage written, no request, no console line`, async () => {
      const storage = JSON.stringify(Object.entries(localStorage).sort());
      const page = document.documentElement.outerHTML;
      const calls = await sideEffectsOf(() => rehearse(lang, (step) => step()));
      expect(calls).to.deep.equal([]);
      expect(document.documentElement.outerHTML).to.equal(page);
      expect(JSON.stringify(Object.entries(localStorage).sort())).to.equal(storage);
    });
  }
});
