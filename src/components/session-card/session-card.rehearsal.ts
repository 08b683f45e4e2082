/**
 * A rehearsal of the card's first render, run at idle once the element is defined
 * (UclgSessionCard.warmFor): a card that is never put in the page renders a session of the
 * rehearsal feed (base/rehearsal-feed.ts) with every part a card can show.
 *
 * As for the agenda (agenda.rehearsal.ts): the first card of a page paid for V8 compiling the
 * card's code and the parser's on their first call, and for Lit preparing each of its templates
 * (bench machine, the feed parsed in that render: 15.7 ms to laid out, 11.6 ms after the
 * rehearsal; a second card 5.7 ms). Lit renders an element out of the page when asked to
 * (`enableUpdating`, which it supports for an element out of the tree): the card gets a shadow root,
 * its controllers update, and nothing connects. It has no `src` (no request, no event, no stored
 * height), no structured data (no page-wide owner of a session), and a frozen clock (the page's
 * ticker books nothing for it), so once rendered nothing refers to it. Its two updates run in
 * one idle task: about 5 ms on the bench machine (session 32), 40 and 54 ms with the CPU
 * throttled 4× on the module example page (session 33), almost all of it the first render, so
 * splitting the two gained nothing (README, design notes).
 */
import type {Language} from '../../core/types.js';
import {REHEARSAL_FEED} from '../../base/rehearsal-feed.js';
import type {UclgSessionCard} from './session-card.js';

/**
 * Renders a card of class `Card` in `lang`, out of the page, before its session (Register, Add to
 * calendar) and then after it (a note instead of the link); settles with the card (for tests).
 */
export async function rehearse(Card: new () => UclgSessionCard, lang: Language): Promise<UclgSessionCard> {
  const card = new Card();
  card.lang = lang;
  card.now = '2029-12-31T00:00:00Z';
  card.noStructuredData = true;
  card.session = REHEARSAL_FEED.sessions[0].id;
  card.feed = REHEARSAL_FEED;
  (card as unknown as {enableUpdating(requested: boolean): void}).enableUpdating(true);
  await card.updateComplete;
  card.now = '2030-01-02T00:00:00Z';
  await card.updateComplete;
  return card;
}
