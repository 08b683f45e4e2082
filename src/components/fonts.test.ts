import {expect, html} from '@open-wc/testing';
import '../define.js';
import type {LitElement} from 'lit';
import {forumFeed, testFeed} from '../test-support/fixtures.js';
import {programmeFeed} from '../test-support/programme.js';
import {mount, settled, unmountAll} from '../test-support/dom.js';

// The card and the agenda load at idle time the fonts their first render lays out (base/fonts.ts):
// each font's first use costs Chromium about a millisecond inside that layout. Their lists are
// written by hand beside each element's warmFor; these tests hold each list to what the element
// really lays out, both ways: no font missed, none warmed for nothing.

const NOW = '2021-05-19T08:00:00Z'; // every session of the three feeds still to come: "Add to calendar", registration open

/** A font as a canvas writes it back ("italic 16px system-ui, …"): one spelling for both sides. */
const spelling = document.createElement('canvas').getContext('2d')!;
const canonical = (font: string): string => {
  spelling.font = font;
  return spelling.font;
};

/** Every font that text is laid out in, in `root` and the shadow trees inside it. */
function laidOut(root: ParentNode, into = new Set<string>()): Set<string> {
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) laidOut(el.shadowRoot, into);
    const text = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
    const field = el.matches('select, input:not([type=checkbox], [type=radio])');
    if (!(text || field) || !el.getClientRects().length) continue;
    const s = getComputedStyle(el);
    into.add(canonical(`${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`));
  }
  return into;
}

/**
 * The fonts `tag`'s idle warm-up measures, canonical: its idle callbacks are caught as it queues
 * them and run at once, so that no other warm-up of the page gets in.
 */
function warmed(tag: string): Set<string> {
  const queued: (() => void)[] = [];
  const idle = window.requestIdleCallback;
  window.requestIdleCallback = (fn) => queued.push(() => fn({didTimeout: false, timeRemaining: () => 50}));
  try {
    (customElements.get(tag) as unknown as {warm(): void}).warm();
  } finally {
    window.requestIdleCallback = idle;
  }
  const proto = CanvasRenderingContext2D.prototype;
  const font = Object.getOwnPropertyDescriptor(proto, 'font')!;
  const set: string[] = [];
  Object.defineProperty(proto, 'font', {...font, set(v: string) { set.push(v); font.set!.call(this, v); }});
  try {
    for (const fn of queued) fn();
  } finally {
    Object.defineProperty(proto, 'font', font);
  }
  return new Set(set.map(canonical));
}

async function render(template: ReturnType<typeof html>): Promise<Set<string>> {
  const wrap = mount(template);
  for (const el of wrap.querySelectorAll<LitElement>('uclg-session-card, uclg-agenda')) await settled(el);
  return laidOut(wrap);
}

describe('fonts loaded ahead of the first render', () => {
  afterEach(() => {
    unmountAll();
    document.documentElement.style.cssText = '';
  });

  it('the session card warms exactly the fonts it lays out, at the widths that change its title', async () => {
    const used = new Set<string>();
    for (const width of [400, 720, 900]) {
      for (const [session, feed] of [['digital', testFeed()], ['health', testFeed()], ['riverside-water', forumFeed()]] as const) {
        for (const f of await render(html`<div style="width: ${width}px"><uclg-session-card lang="en" session=${session} now=${NOW} .feed=${feed}></uclg-session-card></div>`)) used.add(f);
        unmountAll();
      }
    }
    expect([...used].sort()).to.deep.equal([...(warmed('uclg-session-card'))].sort());
  });

  it('the agenda warms exactly the fonts a programme with its tools lays out', async () => {
    const used = await render(html`<div style="width: 900px"><uclg-agenda lang="fr" time-zone="UTC" now="2027-06-01T00:00:00Z" .feed=${programmeFeed(20)}></uclg-agenda></div>`);
    expect([...used].sort()).to.deep.equal([...(warmed('uclg-agenda'))].sort());
  });

  it("follows the page root's --uclg-font-size and --uclg-font-family", async () => {
    document.documentElement.style.cssText = '--uclg-font-size: 20px; --uclg-font-family: Georgia, serif';
    const fonts = warmed('uclg-agenda');
    expect([...fonts]).to.include(canonical('25px Georgia, serif')); // '400 1.25'
    expect([...fonts]).to.include(canonical('700 16.25px Georgia, serif')); // '700 .8125'
  });
});
