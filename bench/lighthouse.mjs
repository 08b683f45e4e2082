#!/usr/bin/env node
/**
 * Lighthouse (mobile, its default) on the demo and each embed example page, with Debian's
 * Chromium: CLS, total blocking time, and the performance, accessibility, best-practices and SEO
 * scores, recorded per run in bench/lighthouse.{md,json}. The machine is noisy: compare runs of
 * one session, not across sessions.
 *
 *   node bench/lighthouse.mjs [--runs=N] [--gate] [--only=prerendered,hostile]
 *
 * `--gate` exits 1 unless every page has CLS ≤ 0.01 and accessibility, best practices and SEO
 * at 100 (performance and TBT are recorded only); `--only` keeps the pages whose path contains
 * one of the words. CI gates every page (`npm run lighthouse`). Needs
 * `npm run build` at the root and `npm ci` in bench/. Lighthouse 13 says it wants Node 22 and
 * runs on Node 20 here (npm warns EBADENGINE); 12.8's tree cannot be installed with `npm ci`
 * (a dependency asks for third-party-web@latest, which moves past the lock file).
 */
import {writeFileSync} from 'node:fs';
import os from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import {CHROME_ARGS, findChrome, NO_CHROME} from '../scripts/chromium.js';
import {startServer} from '../scripts/static-server.js';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, '..');
const argv = process.argv.slice(2);
const RUNS = Number(argv.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 1);
const GATE = argv.includes('--gate');
const ONLY = argv.find((a) => a.startsWith('--only='))?.split('=')[1].split(',');
const PAGES = ['examples/index.html', 'examples/embed/module.html', 'examples/embed/classic.html', 'examples/embed/hostile.html', 'examples/embed/prerendered.html']
  .filter((p) => !ONLY || ONLY.some((w) => p.includes(w)));
const OUT = argv.find((a) => a.startsWith('--out='))?.split('=')[1] ?? 'lighthouse';
const GATES = {cls: 0.01, accessibility: 1, 'best-practices': 1, seo: 1};

const chromePath = findChrome();
if (!chromePath) throw new Error(NO_CHROME);
const server = await startServer({root: ROOT});
const chrome = await chromeLauncher.launch({chromePath, chromeFlags: CHROME_ARGS});
const results = [];
try {
  for (let run = 1; run <= RUNS; run++) {
    for (const page of PAGES) {
      const {lhr} = await lighthouse(`${server.url}${page}`, {port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']});
      const score = (c) => lhr.categories[c]?.score ?? null;
      const failed = (c) => Object.values(lhr.audits).filter((a) => lhr.categories[c]?.auditRefs.some((r) => r.id === a.id && r.weight > 0) && a.score !== null && a.score < 1).map((a) => a.id);
      const r = {
        page,
        run,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
        tbt: lhr.audits['total-blocking-time'].numericValue,
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
        seo: score('seo'),
        failing: {accessibility: failed('accessibility'), 'best-practices': failed('best-practices'), seo: failed('seo')},
      };
      results.push(r);
      console.log(`${page} (run ${run}): CLS ${r.cls.toFixed(3)}, TBT ${Math.round(r.tbt)} ms, perf ${r.performance}, a11y ${r.accessibility}, BP ${r['best-practices']}, SEO ${r.seo}`);
    }
  }
} finally {
  await chrome.kill();
  await server.close();
}

const gateProblems = results.flatMap((r) => [
  r.cls > GATES.cls && `${r.page}: CLS ${r.cls.toFixed(3)} > ${GATES.cls}`,
  ...['accessibility', 'best-practices', 'seo'].map((c) => r[c] < GATES[c] && `${r.page}: ${c} ${Math.round(r[c] * 100)} (${r.failing[c].join(', ')})`),
]).filter(Boolean);

const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
const md = [
  '# Lighthouse on the example pages',
  '',
  `${when} UTC, Lighthouse (mobile), Chromium from ${chromePath}, ${os.cpus()[0]?.model ?? 'CPU'} × ${os.cpus().length}, load average ${os.loadavg()[0].toFixed(2)} at the end. \`node bench/lighthouse.mjs ${argv.join(' ')}\`.`,
  '',
  '| page | run | CLS | TBT (ms) | performance | accessibility | best practices | SEO |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...results.map((r) => `| ${r.page} | ${r.run} | ${r.cls.toFixed(3)} | ${Math.round(r.tbt)} | ${Math.round(r.performance * 100)} | ${Math.round(r.accessibility * 100)} | ${Math.round(r['best-practices'] * 100)} | ${Math.round(r.seo * 100)} |`),
  '',
  `Gates (CLS ≤ ${GATES.cls}, accessibility, best practices and SEO 100): ${gateProblems.length ? `missed by\n\n${gateProblems.map((p) => `- ${p}`).join('\n')}` : 'all met.'}`,
  '',
].join('\n');
writeFileSync(join(BENCH, `${OUT}.md`), md);
writeFileSync(join(BENCH, `${OUT}.json`), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nWrote bench/${OUT}.md. Gates: ${gateProblems.length ? `${gateProblems.length} missed:\n  ${gateProblems.join('\n  ')}` : 'all met'}.`);
if (GATE && gateProblems.length) process.exitCode = 1;
