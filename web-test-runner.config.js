import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import {defaultReporter} from '@web/test-runner';
import {CHROME_ARGS, findChrome} from './scripts/chromium.js';
import {summaryReporter} from './scripts/summary-reporter.js';
import {faultServer} from './scripts/fault-server.js';

/**
 * The whole suite runs once per browser time zone (one group each). `npm test` runs three zones;
 * `UCLG_ZONES=all` (CI) runs the full matrix.
 */
const QUICK = ['Europe/Madrid', 'America/New_York', 'Asia/Kathmandu'];
// Lord Howe Island: a southern summer time whose clocks move by half an hour (UTC+10:30/+11).
const ALL = [...QUICK, 'Pacific/Kiritimati', 'Australia/Lord_Howe', 'America/Los_Angeles'];
const zones = process.env.UCLG_ZONES === 'all' ? ALL : (process.env.UCLG_ZONES?.split(',') ?? QUICK);
const files = process.env.UCLG_FILES ?? 'src/**/*.test.ts';
// Tests whose outcome does not depend on the browser's zone say nothing new in a second one: they
// run in the first zone of each browser only. That keeps CI's nine zone groups within its time
// budget. The programmes of 1,000 sessions set their widgets' zone themselves; the feed's
// retries, timeouts and server clock work in UTC instants; the themes are colours, contrast and
// layout; the hints' suggestions read fixed instants, the feed's keys no clock. 31.9, 8.1 and 6.2 s of one Chromium zone's
// test time (UCLG_TIMINGS=1).
const ONCE = ['src/**/*.scale.test.ts', 'src/feed/reliability.test.ts', 'src/components/theme.test.ts', 'src/feed/suggest.test.ts', 'src/feed/shape.test.ts'];
const filesIn = (zone, browserZones) => (zone === browserZones[0] ? [files] : [files, ...ONCE.map((f) => `!${f}`)]);

const executablePath = findChrome();

const chromeIn = (timeZone) =>
  chromeLauncher({
    launchOptions: {executablePath, args: CHROME_ARGS},
    async createPage({context}) {
      const page = await context.newPage();
      await page.emulateTimezone(timeZone);
      return page;
    },
  });

/**
 * Firefox ESR through puppeteer's WebDriver BiDi. Each zone gets its own browser process with
 * `TZ` set (BiDi has no per-page time-zone override in Firefox ESR).
 */
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const firefoxIn = (timeZone) =>
  chromeLauncher({
    puppeteer,
    launchOptions: {
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      env: {...process.env, TZ: timeZone},
      // Two test pages run side by side: the one in the background must not have its timers
      // clamped to 1 s (Chromium headless does not clamp them either).
      extraPrefsFirefox: {'dom.min_background_timeout_value': 4, 'dom.timeout.enable_budget_timer_throttling': false},
    },
  });
const browsers = (process.env.UCLG_BROWSERS ?? 'chromium').split(',');
// Firefox runs three zones of the full matrix (Europe, a southern DST zone by half an hour,
// UTC+14) to keep CI under its time budget; UCLG_FIREFOX_ZONES overrides.
const firefoxZones = process.env.UCLG_FIREFOX_ZONES?.split(',') ?? (zones === ALL ? ['Europe/Madrid', 'Australia/Lord_Howe', 'Pacific/Kiritimati'] : zones);

/**
 * axe (`to.be.accessible()`) runs in the first two zones of each browser: what it checks does
 * not depend on the zone, and it was a fifth of each zone's time. src/test-support/axe-sampling.ts
 * makes the assertion a no-op on the other zones' pages, and pure axe tests skip there.
 */
const AXE_ZONES = 2;
const testPage = (axe) => (framework) =>
  `<!DOCTYPE html><html><head></head><body><script>window.__UCLG_AXE__ = ${axe};</script>` +
  `<script type="module" src="/src/test-support/axe-sampling.ts"></script><script type="module" src="${framework}"></script></body></html>`;

export default {
  nodeResolve: true,
  // Firefox gives keyboard focus (and full-speed timers) only to the page in front: one test
  // page at a time per browser there. Chromium headless does not care.
  concurrency: browsers.includes('firefox') ? 1 : 2,
  testsFinishTimeout: 180_000,
  middleware: [faultServer()],
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'})],
  groups: browsers.flatMap((browser) =>
    (browser === 'firefox' ? firefoxZones : zones).map((zone, index, browserZones) => ({
      name: `${browser} ${zone}`,
      files: filesIn(zone, browserZones),
      browsers: [browser === 'firefox' ? firefoxIn(zone) : chromeIn(zone)],
      testRunnerHtml: testPage(index < AXE_ZONES),
    })),
  ),
  // Two Chromium pages at a time on CI's two cores: a test with two axe runs took over 10 s once.
  // A timeout is not a speed check (the benchmark is); 20 s only says "stuck".
  testFramework: {config: {timeout: 20_000}},
  reporters: [defaultReporter({reportTestResults: true, reportTestProgress: !process.env.CI}), summaryReporter()],
};
