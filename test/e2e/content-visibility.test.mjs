/**
 * `content-visibility: auto` on session cards, as the README offers it to a page with a long
 * programme (issue 15's render cost: 100 cards lay out only the few on screen). It is the page's
 * choice, not our default: Chromium leaves skipped content out of the accessibility tree (the
 * second test measures it), so a screen reader would not find the headings of cards far below.
 * Through the CDN module, in a page that paints: without the rule every card is rendered; with
 * it, cards off screen are skipped, a card scrolled to is rendered at its real size, and printing
 * renders all of them.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {FEED, norm, useSite} from './harness.mjs';

const site = useSite();
const N = 24;
const IDS = FEED.sessions.map((s) => s.id);

const page = (style = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Programme</title>
<style>${style}</style></head><body><h1>Programme</h1>
${Array.from({length: N}, (_, i) => `<uclg-session-card id="c${i}" src="/examples/feed.json" session="${IDS[i % IDS.length]}" now="2021-05-01T00:00:00Z"></uclg-session-card>`).join('\n')}
<script type="module" src="/dist/cdn/uclg-widgets.js"></script></body></html>`;

async function open(path, style) {
  site.server.routes.set(path, {body: page(style)});
  const r = await site.b.visit(`${site.server.origin}${path}`);
  assert.equal(r.ready, true, JSON.stringify(r.widgets.slice(0, 2)));
  assert.deepEqual([...r.consoleErrors, ...r.exceptions], []);
  // While loading, every card is a short box and all are on screen; once they have grown, the
  // browser notices at a following frame which ones have left the viewport.
  if (style) await site.b.page.waitForFunction((n) => !document.getElementById(`c${n - 1}`).shadowRoot.querySelector('article').checkVisibility({contentVisibilityAuto: true}), N, {timeout: 5000}).catch(() => {});
}

/** For each card: rendered (not skipped by content-visibility) and its height. */
// What the README suggests to a page with a long programme.
const OPT_IN = '@media screen { uclg-session-card { content-visibility: auto; contain-intrinsic-size: auto 60em; } }';

/** For each card: its content rendered (not skipped by content-visibility), and its height. */
const cards = () => site.b.page.evaluate(() => [...document.querySelectorAll('uclg-session-card')].map((el) => ({
  rendered: el.shadowRoot.querySelector('article').checkVisibility({contentVisibilityAuto: true}),
  height: el.getBoundingClientRect().height,
})));

test('by default every card is rendered, far below the fold too', async () => {
  await open('/cv-default.html');
  assert.ok((await cards()).every((c) => c.rendered));
});

test('with the page\'s rule, cards off screen are skipped, cards on screen are laid out at their real size', async () => {
  await open('/cv.html', OPT_IN);
  const all = await cards();
  assert.equal(all[0].rendered, true, 'the first card is on screen');
  assert.equal(all[N - 1].rendered, false, 'the last card is far below the fold');
  const skipped = all.filter((c) => !c.rendered).length;
  assert.ok(skipped >= N - 6, `only the cards near the viewport are rendered (${N - skipped} of ${N})`);
  // A skipped card is rendered when scrolled to, at the height the same session has on screen.
  const same = IDS.indexOf(IDS[(N - 1) % IDS.length]);
  await site.b.page.locator(`#c${N - 1}`).scrollIntoViewIfNeeded();
  await site.b.page.waitForFunction((id) => document.getElementById(id).shadowRoot.querySelector('article').checkVisibility({contentVisibilityAuto: true}), `c${N - 1}`);
  await site.b.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const after = await cards();
  assert.equal(after[N - 1].rendered, true);
  assert.equal(after[N - 1].height, after[same].height, 'real height, not the placeholder');
});

test('why it is not the default: Chromium leaves skipped cards out of the accessibility tree', async () => {
  const headings = async () => {
    const cdp = await site.b.context.newCDPSession(site.b.page);
    const {nodes} = await cdp.send('Accessibility.getFullAXTree');
    await cdp.detach();
    return nodes.filter((n) => n.role?.value === 'heading' && n.name?.value === norm(FEED.sessions[0].title.en)).length;
  };
  const perSession = Math.ceil(N / IDS.length);
  await open('/cv-a11y-default.html');
  assert.equal(await headings(), perSession, 'by default, every card\'s title is a heading a screen reader can reach');
  await open('/cv-a11y.html', OPT_IN);
  const reachable = await headings();
  // Recorded, not required: if a Chromium release exposes skipped content, this says so and
  // the README's advice can change.
  assert.ok(reachable < perSession, `Chromium now exposes ${reachable} of ${perSession} skipped titles: revisit the README's advice`);
});

test('printing renders every card', async () => {
  await open('/cv-print.html', OPT_IN);
  await site.b.page.emulateMedia({media: 'print'});
  try {
    assert.ok((await cards()).every((c) => c.rendered), 'all cards rendered in print');
  } finally {
    await site.b.page.emulateMedia({media: 'screen'});
  }

});
