import {expect, html} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import '../define.js';
import type {UclgSessionCard} from './session-card/session-card.js';
import {testFeed} from '../test-support/fixtures.js';
import {$, mount, settled, unmountAll} from '../test-support/dom.js';
import {axeRunsHere} from '../test-support/axe-sampling.js';

const NOW = '2021-05-19T10:30:00Z'; // the first session is live

/** A card, an agenda and a countdown side by side, in one theme. */
async function widgets(attrs: {theme?: string; compact?: boolean} = {}, width = 900) {
  const wrap = mount(html`<div style="width: ${width}px">
    <uclg-session-card session="digital" now=${NOW} theme=${attrs.theme ?? (null as unknown as string)} ?compact=${attrs.compact} .feed=${testFeed()}></uclg-session-card>
    <uclg-agenda now=${NOW} time-zone="Europe/Madrid" theme=${attrs.theme ?? (null as unknown as string)} ?compact=${attrs.compact} .feed=${testFeed()} no-structured-data></uclg-agenda>
    <uclg-countdown session="health" now="2021-05-20T09:00:00Z" theme=${attrs.theme ?? (null as unknown as string)} ?compact=${attrs.compact} .feed=${testFeed()}></uclg-countdown>
  </div>`);
  const els = [...wrap.querySelectorAll<UclgSessionCard>('uclg-session-card, uclg-agenda, uclg-countdown')];
  for (const el of els) await settled(el);
  return {wrap, els};
}
/** Media emulation needs CDP (Chromium); elsewhere the test that needs it is skipped, and says so. */
async function media(options: Parameters<typeof emulateMedia>[0]): Promise<boolean> {
  try {
    await emulateMedia(options);
    return true;
  } catch {
    return false;
  }
}
const surface = (el: Element, selector: string) => getComputedStyle(el.shadowRoot!.querySelector(selector)!).backgroundColor;

describe('themes, variants and a hostile host page', () => {
  afterEach(async () => {
    unmountAll();
    document.documentElement.style.cssText = '';
    document.getElementById('hostile')?.remove();
    await media({media: 'screen', colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none'});
  });

  it('axe finds a planted violation where it runs (src/test-support/axe-sampling.ts)', async function () {
    if (!axeRunsHere) this.skip();
    const wrap = mount(html`<div><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></div>`);
    await expect(wrap).not.to.be.accessible();
  });

  for (const variant of [{theme: 'light'}, {theme: 'dark'}, {compact: true}, {theme: 'dark', compact: true}]) {
    it(`passes axe (contrast included) in ${JSON.stringify(variant)}`, async function () {
      if (!axeRunsHere) this.skip();
      const {wrap, els} = await widgets(variant);
      if (variant.theme === 'dark') wrap.style.background = '#0d1117';
      for (const el of els) await expect(el).to.be.accessible();
    });
  }

  it('dark is dark; auto follows prefers-color-scheme', async function () {
    const {els: [card]} = await widgets({theme: 'dark'});
    expect(surface(card, 'article')).to.equal('rgb(22, 28, 38)');
    unmountAll();
    const auto = (await widgets({theme: 'auto'})).els[0];
    expect(surface(auto, 'article')).to.equal('rgb(255, 255, 255)');
    if (!(await media({colorScheme: 'dark'}))) this.skip();
    expect(surface(auto, 'article')).to.equal('rgb(22, 28, 38)');
  });

  it('takes the site\'s tokens from :root, and compact is tighter', async () => {
    document.documentElement.style.setProperty('--uclg-accent', 'rgb(120, 20, 90)');
    document.documentElement.style.setProperty('--uclg-font-family', 'Georgia, serif');
    const {els: [card]} = await widgets();
    expect(getComputedStyle($(card, '.kind')!).color).to.equal('rgb(120, 20, 90)');
    expect(getComputedStyle(card).fontFamily).to.equal('Georgia, serif');
    const normal = card.getBoundingClientRect().height;
    unmountAll();
    const compact = (await widgets({compact: true})).els[0];
    expect(compact.getBoundingClientRect().height).to.be.below(normal);
  });

  it('keeps its size on a page that resets everything (all: unset, 62.5 % root)', async () => {
    const {els: [plainCard, plainAgenda]} = await widgets();
    const before = [plainCard.getBoundingClientRect(), plainAgenda.getBoundingClientRect()].map((r) => [r.width, r.height]);
    unmountAll();
    const style = document.createElement('style');
    style.id = 'hostile';
    style.textContent = 'html { font-size: 62.5% !important; } body * { all: unset; } div { display: block; width: 900px; }';
    document.head.append(style);
    const {els: [card, agenda]} = await widgets();
    const after = [card.getBoundingClientRect(), agenda.getBoundingClientRect()].map((r) => [r.width, r.height]);
    expect(after).to.deep.equal(before);
    expect(getComputedStyle(card).fontSize).to.equal('16px');
  });

  it('stays left to right on a page written right to left (dir="rtl"): the same layout, node for node', async () => {
    // Where each node of each widget's shadow tree is, from the widget's own top left corner.
    const layout = (els: Element[]) => els.map((el) => {
      const origin = el.getBoundingClientRect();
      // Nodes that are not laid out (microdata's meta and link, hidden paragraphs) have no place.
      return [...el.shadowRoot!.querySelectorAll('*')].map((n) => n.getBoundingClientRect()).filter((r) => r.width || r.height).map((r, i) =>
        [i, Math.round(r.left - origin.left), Math.round(r.top - origin.top), Math.round(r.width)].join());
    });
    const {els} = await widgets();
    const ltr = layout(els);
    unmountAll();
    document.documentElement.dir = 'rtl';
    try {
      const rtl = await widgets();
      for (const el of rtl.els) expect(getComputedStyle(el).direction, el.localName).to.equal('ltr');
      expect(layout(rtl.els)).to.deep.equal(ltr);
    } finally {
      document.documentElement.removeAttribute('dir');
    }
  });

  it('reflows at 320 px: no horizontal scrolling, light or compact', async () => {
    for (const variant of [{}, {compact: true}]) {
      const {els} = await widgets(variant, 320);
      for (const el of els) {
        for (const node of [el, ...el.shadowRoot!.querySelectorAll('*')]) {
          const box = node.getBoundingClientRect();
          if (box.width) expect(box.right, `${el.localName} ${node.localName}.${(node as Element).className}`).to.be.at.most(el.getBoundingClientRect().right + 0.5);
        }
      }
      unmountAll();
    }
  });

  it('keeps every state distinguishable in forced colors, and nothing moves under reduced motion', async function () {
    if (!(await media({forcedColors: 'active', reducedMotion: 'reduce'}))) this.skip();
    const {els: [card, agenda]} = await widgets();
    const badges = [...agenda.shadowRoot!.querySelectorAll('.status')];
    expect(badges.map((b) => b.textContent!.trim())).to.deep.equal(['Live now', 'Upcoming', 'Next', 'Cancelled']);
    for (const b of badges) expect(getComputedStyle(b).borderTopStyle).to.equal('solid');
    for (const el of [card, agenda]) expect(el.shadowRoot!.getAnimations()).to.have.length(0);
    await expect(card).to.be.accessible();
  });

  it('prints as readable text: every paragraph shown, links written out, no buttons', async function () {
    if (!(await media({media: 'print'}))) this.skip();
    const {els: [card]} = await widgets();
    const hidden = [...card.shadowRoot!.querySelectorAll('.body p')].filter((p) => getComputedStyle(p).display === 'none');
    expect(hidden, 'background paragraphs collapsed on screen are printed').to.have.length(0);
    const link = card.shadowRoot!.querySelector<HTMLAnchorElement>('.links a')!;
    expect(getComputedStyle(link, '::after').content).to.equal(`" <${link.getAttribute('href')}>"`);
    for (const b of card.shadowRoot!.querySelectorAll('button')) expect(getComputedStyle(b).display).to.equal('none');
    await media({media: 'screen'});
  });
});
