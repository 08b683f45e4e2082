import {expect, html, waitUntil} from '@open-wc/testing';
import '../../define.js';
import type {UclgCountdown} from './countdown.js';
import {clearFeedCache} from '../../feed/load.js';
import {testFeed} from '../../test-support/fixtures.js';
import {$, mount, unmountAll} from '../../test-support/dom.js';
import {neverAnswered, withFetch} from '../../test-support/fetch.js';

/**
 * The countdown's loading box (issue 15, item 2): one line, no taller than the countdown it
 * becomes, so the page below it moves little when the feed arrives.
 */
const BEFORE = '2021-05-01T00:00:00Z';
// A fragment of its own in each page of the suite (they run at once, one per time zone, and share
// this origin's storage): a loading box here never takes a height another page remembered.
const FEED_URL = `data:application/json,${encodeURIComponent(JSON.stringify(testFeed()))}#${Math.random().toString(36).slice(2)}`;

function countdown(lang: string, style = ''): UclgCountdown {
  const wrap = mount(html`<div style="width:340px"></div>`);
  const el = document.createElement('uclg-countdown') as UclgCountdown;
  for (const [name, value] of Object.entries({lang, src: FEED_URL, session: 'digital', now: BEFORE, style})) if (value) el.setAttribute(name, value);
  wrap.querySelector('div')!.append(el);
  return el;
}

/** While this runs, the feed never arrives: the widget stays in its loading state. */
async function whileLoading<T>(run: () => Promise<T>): Promise<T> {
  clearFeedCache();
  try {
    return await withFetch(neverAnswered, run);
  } finally {
    clearFeedCache();
    unmountAll();
  }
}

describe('<uclg-countdown> loading box', () => {
  afterEach(unmountAll);

  for (const lang of ['en', 'fr', 'es']) {
    it(`is one line, no taller than the countdown it becomes, and accessible (${lang})`, async () => {
      const loading = await whileLoading(async () => {
        const el = countdown(lang);
        await el.updateComplete;
        expect($(el, '.state.loading')?.textContent?.trim()).to.not.equal('');
        expect($(el, '.state.loading')!.getAttribute('role')).to.equal('status');
        await expect(el).to.be.accessible();
        return el.getBoundingClientRect().height;
      });
      const el = countdown(lang);
      await waitUntil(() => !$(el, '.state'), 'the countdown did not render the feed', {timeout: 4000});
      expect(loading).to.be.greaterThan(10).and.lessThan(30);
      expect(loading).to.be.at.most(el.getBoundingClientRect().height);
    });
  }

  it('still reserves what the page asks for with --uclg-state-min-height', async () => {
    const height = await whileLoading(async () => {
      const el = countdown('en', '--uclg-state-min-height: 120px');
      await el.updateComplete;
      return el.getBoundingClientRect().height;
    });
    expect(height).to.be.at.least(120);
  });
});
