// Not '@open-wc/testing': this module runs before mocha, and that one registers its fixture
// cleanup only when mocha's afterEach already exists (imported first, it never did, and fixtures
// piled up from test to test). chai.use ignores a plugin it already has, so the later
// registration by '@open-wc/testing' leaves this file's 'accessible' in place.
import * as chai from '@esm-bundle/chai';
import {chaiA11yAxe} from 'chai-a11y-axe';

/**
 * Whether `expect(el).to.be.accessible()` runs axe on this test page. axe took about a fifth of
 * each zone's browser-test time, and what it checks (roles, names, contrast, structure) does not
 * change with the browser's time zone, only the text does: it runs in the first two zones of each
 * browser (Europe/Madrid, the feed's own zone, where no "your time" line shows, and a second zone,
 * where it does), and web-test-runner.config.js tells the other zones' pages
 * (`window.__UCLG_AXE__ = false`). Where it does not run, the assertion resolves without checking
 * anything, and a test that is nothing but an axe check skips itself (`if (!axeRunsHere) this.skip()`),
 * so it is counted as skipped, not passed. Loaded by the test page before any test file.
 */
export const axeRunsHere = (globalThis as {__UCLG_AXE__?: boolean}).__UCLG_AXE__ !== false;

chai.use(chaiA11yAxe);
if (!axeRunsHere) {
  chai.Assertion.overwriteMethod('accessible', () =>
    function (this: Chai.AssertionStatic & {then?: unknown}) {
      // "not accessible" cannot be confirmed without axe: that is a test that must skip here.
      const result = chai.util.flag(this, 'negate') ? Promise.reject(new Error('axe does not run in this zone (axeRunsHere is false)')) : Promise.resolve();
      this.then = result.then.bind(result);
      return this;
    },
  );
}
