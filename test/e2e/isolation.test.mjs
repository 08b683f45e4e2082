/**
 * Issue 8, hostile hosts: the widgets inside an <iframe sandbox="allow-scripts"> (opaque origin:
 * storage throws, no same-origin anything) and inside another component's shadow root.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {EMBED, list, session, useSite} from './harness.mjs';

const site = useSite();

test('a card renders inside a sandboxed iframe, and a card inside a partner component\'s shadow root', async () => {
  const errors = [];
  site.b.page.on('pageerror', (e) => errors.push(e.message));
  site.b.page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await site.b.page.goto(`${site.server.origin}${EMBED}sandbox-and-shadow.html`);
  const frame = site.b.page.frames().find((f) => f.url().endsWith('sandboxed-inner.html'));
  assert.ok(frame, 'the iframe loaded');
  await frame.waitForFunction(() => document.querySelector('uclg-session-card')?.shadowRoot?.querySelector('#title'), null, {timeout: 8000});
  const inFrame = await frame.evaluate(() => ({
    title: document.querySelector('uclg-session-card').shadowRoot.querySelector('#title').textContent.trim(),
    storage: (() => {
      try {
        localStorage.getItem('x');
        return 'allowed';
      } catch {
        return 'forbidden';
      }
    })(),
  }));
  assert.equal(inFrame.storage, 'forbidden', 'the sandbox really forbids storage');
  assert.equal(inFrame.title, session('healthy-territories').title.fr);

  await site.b.page.waitForFunction(() => document.querySelector('partner-panel')?.shadowRoot?.querySelector('uclg-session-card')?.shadowRoot?.querySelector('#title'), null, {timeout: 8000});
  const nested = await site.b.page.evaluate(() => document.querySelector('partner-panel').shadowRoot.querySelector('uclg-session-card').shadowRoot.querySelector('#title').textContent.trim());
  assert.equal(nested, session('inclusive-digitalization').title.es, 'the nested card follows the partner element\'s lang="es" across its shadow root');
  assert.deepEqual(errors, [], `no errors:${list(errors)}`);
});
