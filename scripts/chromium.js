/**
 * The one way this repository starts Chromium: the test runner (web-test-runner.config.js), the
 * end-to-end, pack and Storybook tests, the screenshots and the benchmark. A Chromium already on
 * the machine (Debian's), never a downloaded one.
 */
import {existsSync} from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export const NO_CHROME = 'No Chrome or Chromium found: install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to its executable.';

/** CHROME_PATH, then the usual install paths; undefined when there is none. */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p));
}

// Headless, as root in a container (no sandbox, no GPU, and /dev/shm may be Docker's 64 MB), on
// a closed network: nothing in the background that would wait for an update, sync or field-trial
// server it cannot reach.
const CONTAINER_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

// Test pages run side by side (the test runner's concurrency, the Storybook check's page pool):
// a page in the background must still get frames and full-speed timers.
const UNTHROTTLED_ARGS = [
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];

/** The flags, for a launcher of another library (the test runner's puppeteer). */
export const CHROME_ARGS = [...CONTAINER_ARGS, ...UNTHROTTLED_ARGS];

/**
 * Chromium through playwright-core, with CHROME_ARGS.
 * @param {object} [options] playwright's launch options, and:
 * @param {string[]} [options.args] flags on top of CHROME_ARGS
 * @param {boolean} [options.backgroundThrottling] true: Chromium's own throttling of background
 *   pages and timers stays on (the benchmark measures main-thread time as a browser spends it)
 * @param {import('playwright-core').BrowserType} [options.browserType] another copy's `chromium`
 *   (the benchmark runs the playwright-core that it pins and reports)
 * @returns {Promise<import('playwright-core').Browser>}
 */
export async function launchChromium({args = [], backgroundThrottling = false, browserType, ...options} = {}) {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(NO_CHROME);
  const flags = backgroundThrottling ? CONTAINER_ARGS : CHROME_ARGS;
  const chromium = browserType ?? (await import('playwright-core')).chromium;
  return chromium.launch({...options, executablePath, args: [...new Set([...flags, ...args])]});
}
