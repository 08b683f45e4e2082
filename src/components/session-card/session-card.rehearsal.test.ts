import {expect, html} from '@open-wc/testing';
import '../../define.js';
import type {LitElement} from 'lit';
import {UclgSessionCard} from './session-card.js';
import {REHEARSAL_FEED} from '../../base/rehearsal-feed.js';
import {ticker} from '../../time/ticker.js';
import {templatesPrepared} from '../../test-support/templates.js';
import {sideEffectsOf} from '../../test-support/side-effects.js';
import {mount, settled, textOf, unmountAll} from '../../test-support/dom.js';
import {rehearse} from './session-card.rehearsal.js';

// The card rehearses its first render at idle (session-card.rehearsal.ts): a card that is never
// put in the page renders the rehearsal feed. This file is a page of its own, so Lit's templates
// are prepared here for the first time.

/** The rehearsal feed with other texts and ids: a real card with the same parts. */
function lookalike(): unknown {
  const feed = JSON.parse(JSON.stringify(REHEARSAL_FEED).replace(/"(en|fr|es)":"(\w)"/g, '"$1":"$2$2 $1"'));
  feed.event.id = 'other';
  feed.sessions[0].id = 'real';
  return feed;
}

describe('uclg-session-card rehearses its first render at idle', () => {
  afterEach(unmountAll);

  it('after it, the first cards of the page, before and after their session, prepare none of their templates', async () => {
    // Whether the idle callback has run yet or not, the rehearsal has once this returns.
    const rehearsed = await templatesPrepared(() => rehearse(UclgSessionCard, 'en'));
    const rendered = await templatesPrepared(async () => {
      const host = mount(html`
        <uclg-session-card lang="en" session="real" now="2029-06-01T00:00:00Z" .feed=${lookalike()}></uclg-session-card>
        <uclg-session-card lang="en" session="real" now="2030-06-01T00:00:00Z" .feed=${lookalike()}></uclg-session-card>
      `);
      for (const card of host.children) await settled(card as LitElement);
    });
    const [before, after] = document.querySelectorAll('uclg-session-card');
    // The cards did show every part: theme, summary, Read more, people, place, languages,
    // questions, the visitor's time, links; before: Register and Add to calendar; after: a note.
    for (const selector of ['.theme', '.summary', 'button[aria-controls="body"]', '.people', '.place', '.languages', '.questions li', '.when.viewer', '.links a', 'a[part="action"]', '.calendar button']) {
      expect(before.shadowRoot!.querySelector(selector), selector).to.exist;
    }
    expect(after.shadowRoot!.querySelector('span[part="action"]'), 'the note after the session').to.exist;
    // (The test's own template, which mounts the cards, is prepared here of course.)
    expect(rendered.filter((markup) => !markup.includes('<uclg-session-card')), 'templates the rehearsal did not prepare').to.deep.equal([]);
    // Sanity: in this page, the rehearsal (now or at idle) is what prepared them.
    expect(rehearsed.length === 0 || rehearsed.some((markup) => markup.includes('part="card"'))).to.be.true;
  });

  for (const lang of ['en', 'fr', 'es'] as const) {
    it(`renders out of the page and leaves nothing behind (${lang}): no element, no timer, no storage, no request, no console line, no event`, async () => {
      const storage = JSON.stringify(Object.entries(localStorage).sort());
      const page = document.documentElement.outerHTML;
      const timers = ticker.pending;
      let card!: Awaited<ReturnType<typeof rehearse>>;
      const calls = await sideEffectsOf(async () => {
        card = await rehearse(UclgSessionCard, lang);
      });
      expect(calls).to.deep.equal([]);
      expect(card.isConnected).to.be.false;
      // It did render the session, in its language, as a card in the page would.
      const article = card.shadowRoot!.querySelector('article')!;
      expect(article.getAttribute('lang')).to.equal(lang);
      expect(textOf(card)).to.include('A').and.include('K');
      expect(card.shadowRoot!.querySelectorAll('.body p').length).to.equal(2);
      expect(card.shadowRoot!.querySelectorAll('.questions li').length).to.equal(1);
      // Its second update, after the session: a note where Register was, no Add to calendar.
      expect(card.shadowRoot!.querySelector('span[part="action"]')).to.exist;
      expect(card.shadowRoot!.querySelector('.calendar')).to.be.null;
      expect(document.documentElement.outerHTML).to.equal(page);
      expect(JSON.stringify(Object.entries(localStorage).sort())).to.equal(storage);
      expect(ticker.pending, 'a timer booked on the page\'s ticker').to.equal(timers);
    });
  }
});
