import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {defaultReporter} from '@web/test-runner';
import {CHROME_ARGS, findChrome} from './scripts/find-chrome.js';
import {summaryReporter} from './scripts/summary-reporter.js';
import {faultServer} from './scripts/fault-server.js';

/**
 * The whole suite runs once per browser time zone (one group each). `npm test` runs three zones;
 * `UCLG_ZONES=all` (CI) runs the full matrix.
 */
const QUICK = ['Europe/Madrid', 'America/New_York', 'Asia/Kathmandu'];
const ALL = [...QUICK, 'Pacific/Kiritimati', 'Australia/Sydney', 'America/Los_Angeles'];
const zones = process.env.UCLG_ZONES === 'all' ? ALL : (process.env.UCLG_ZONES?.split(',') ?? QUICK);
const files = process.env.UCLG_FILES ?? 'src/**/*.test.ts';

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

export default {
  nodeResolve: true,
  concurrency: 2,
  testsFinishTimeout: 180_000,
  middleware: [faultServer()],
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022'})],
  groups: zones.map((zone) => ({name: zone, files, browsers: [chromeIn(zone)]})),
  testFramework: {config: {timeout: 10_000}},
  reporters: [defaultReporter({reportTestResults: true, reportTestProgress: !process.env.CI}), summaryReporter()],
};
