import {expect, fixture, html} from '@open-wc/testing';
import '../../define.js';
import type {UclgAgenda} from './agenda.js';
import {programmeFeed} from '../../test-support/programme.js';

// Issue 18: the first Intl formatters of a language cost a 300-session agenda a fifth of its
// first screen. Defining the element asks it, at idle time, to create those its first render
// needs in the page's language (internal/define.ts, UclgAgenda.warmFor). This file has a page of
// its own (fresh Intl caches): nothing else has created a Spanish formatter before the render.
// One zone per browser (a `*.scale.test.ts`): every time here is in UTC, whatever the browser's zone.
document.documentElement.lang = 'es';

const KINDS = ['DateTimeFormat', 'ListFormat', 'DisplayNames', 'PluralRules', 'NumberFormat', 'RelativeTimeFormat'] as const;

/** Every Intl object constructed while `run` runs, as "DateTimeFormat es-ES". */
async function constructed(run: () => Promise<unknown>): Promise<string[]> {
  const made: string[] = [];
  const saved = KINDS.map((k) => [k, Intl[k]] as const);
  for (const [k, C] of saved) {
    (Intl as Record<string, unknown>)[k] = new Proxy(C, {
      construct(target, args, newTarget) {
        made.push(`${k} ${String(args[0])}`);
        return Reflect.construct(target, args, newTarget);
      },
    });
  }
  try {
    await run();
  } finally {
    for (const [k, C] of saved) (Intl as Record<string, unknown>)[k] = C;
  }
  return made;
}

describe('uclg-agenda: formatters made ahead of the first render', () => {
  it('creates none in the page language during a first render in UTC, with the tools shown', async () => {
    // The library's idle callback was queued when it defined its elements, before this one.
    await new Promise((resolve) => requestIdleCallback(resolve));
    const feed = programmeFeed(20);
    let el!: UclgAgenda;
    const made = await constructed(async () => {
      el = await fixture<UclgAgenda>(html`<uclg-agenda time-zone="UTC" now="2027-06-01T00:00:00Z" .feed=${feed}></uclg-agenda>`);
      await el.updateComplete;
    });
    // It did render, in Spanish, with the day headings, the names and the filters that use those formatters.
    const root = el.shadowRoot!;
    expect(root.querySelector('[part=day]')!.textContent).to.match(/^martes, 15 de junio de 2027$/);
    expect(root.querySelector('.people')!.textContent).to.contain(' y ');
    expect(root.querySelector('select[name=language]')).to.exist;
    expect(made.filter((m) => m.endsWith(' es-ES') || m.endsWith(' es'))).to.deep.equal([]);
  });
});
