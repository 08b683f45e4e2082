#!/usr/bin/env node
/**
 * `npm run screenshots`: every element (examples/gallery.html) in light, dark and compact, in
 * English and French, at 320 and 1024 px wide, into screenshots/ (not committed). Look at them.
 */
import {mkdirSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {startServer} from './static-server.js';
import {launchChromium} from './chromium.js';

const server = await startServer({root: fileURLToPath(new URL('..', import.meta.url))});
const base = `${server.origin}/examples/gallery.html`;
const browser = await launchChromium();
mkdirSync('screenshots', {recursive: true});
const variants = {light: '', dark: '&theme=dark', compact: '&compact'};
let count = 0;
for (const width of [320, 1024]) {
  const page = await browser.newPage({viewport: {width, height: 800}, timezoneId: 'America/New_York'});
  page.on('console', (m) => m.type() === 'error' && console.error(`console: ${m.text()}`));
  for (const lang of ['en', 'fr']) {
    for (const [name, query] of Object.entries(variants)) {
      await page.goto(`${base}?lang=${lang}${query}`);
      await page.waitForFunction(() => [...document.querySelectorAll('body > [src]')].every((el) => el.shadowRoot?.querySelector('[role="heading"], [role="timer"], .units')));
      const file = `screenshots/${name}-${lang}-${width}.png`;
      await page.screenshot({path: file, fullPage: true});
      count++;
    }
  }
  await page.close();
}
await browser.close();
await server.close();
console.log(`${count} screenshots in screenshots/`);
