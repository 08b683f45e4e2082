import {expect} from '@open-wc/testing';
import type {ReactiveControllerHost} from 'lit';
import {ListFill} from './agenda.fill.js';

/** What the stand-in host says its first screen holds (the agenda asks `screenful()`). */
const FIRST = 40;

// The pace of a long list's later steps (issue 18), without a browser's own timing: ListFill on a
// stand-in host whose updates cost a set script time per item, in a page whose frames cost a set
// rendering time per item just added (or just shown). The page's clock moves only by those costs,
// so each step's size follows from them alone.

/** Time that moves only when told; frames that run at once and then cost `render` ms. */
class Costs {
  t = 1000;
  /** ms of script per session an update adds (or shows anew), and of style/layout/paint in the frame after. */
  script = 0;
  render = 0;
  /** Sessions the last update touched: what the next frame renders. */
  touched = 0;
  private undo: (() => void)[] = [];

  install(): this {
    const own = (target: object, key: string, value: unknown) => {
      Object.defineProperty(target, key, {value, configurable: true, writable: true});
      this.undo.push(() => delete (target as Record<string, unknown>)[key]);
    };
    own(performance, 'now', () => this.t);
    // A visible page, whatever the test runner's tab is (CI runs two pages at once, one hidden).
    own(document, 'hidden', false);
    own(window, 'requestAnimationFrame', (cb: FrameRequestCallback) =>
      setTimeout(() => {
        cb(this.t);
        // The frame's rendering happens after its callbacks, before the next task.
        this.t += this.touched * this.render;
      }, 0),
    );
    own(window, 'cancelAnimationFrame', (id: number) => clearTimeout(id));
    return this;
  }

  restore(): void {
    for (const undo of this.undo.splice(0)) undo();
  }
}

/** A host of `total` sessions, all shown, filled by a ListFill; `sizes` lists what each update added. */
function host(costs: Costs, total: number) {
  let rendered = 0;
  let pending = false;
  const sizes: number[] = [];
  let fill!: ListFill;
  const update = () => {
    pending = false;
    fill.hostUpdate();
    const n = fill.take(total, () => FIRST);
    costs.touched = n - rendered;
    costs.t += costs.touched * costs.script;
    sizes.push(n - rendered);
    rendered = n;
    fill.hostUpdated();
  };
  const stand = {
    isConnected: true,
    updateComplete: Promise.resolve(true),
    addController() {},
    removeController() {},
    requestUpdate() {
      if (!pending) queueMicrotask(update);
      pending = true;
    },
  } as unknown as ReactiveControllerHost & HTMLElement;
  fill = new ListFill(stand, () => update());
  fill.hostConnected();
  stand.requestUpdate();
  return {
    sizes,
    done: async () => {
      await fill.whenComplete();
      fill.hostDisconnected();
    },
  };
}

describe('agenda: the pace of the steps that fill a long list', () => {
  let costs: Costs;
  beforeEach(() => {
    costs = new Costs().install();
  });
  afterEach(() => costs.restore());

  it('takes about 30 ms of script and rendering per step: the rendering of the frame after a step counts', async () => {
    // 0.05 ms of script and 0.25 ms of rendering per session: 100 sessions per 30 ms. Paced on
    // its script alone, a step would take 600 (held at 300), and its frame 150 ms to render.
    costs.script = 0.05;
    costs.render = 0.25;
    const h = host(costs, 1000);
    await h.done();
    expect(h.sizes[0]).to.equal(FIRST);
    // The second step has the starting size; from the third on, the measured pace.
    const later = h.sizes.slice(2, -1);
    expect(later.length).to.be.greaterThan(3);
    for (const n of later) expect(n).to.equal(100);
    expect(h.sizes.reduce((a, b) => a + b)).to.equal(1000);
  });

  it('counts the script too, and keeps each step between 20 and 300 sessions', async () => {
    costs.script = 0.3;
    costs.render = 0;
    const steady = host(costs, 600);
    await steady.done();
    expect(steady.sizes.slice(2, -1)).to.deep.equal(Array(steady.sizes.length - 3).fill(100));

    // A slow phone: 3 ms a session. Steps of 10 would take 100 frames; they stay at 20.
    costs.script = 1;
    costs.render = 2;
    const slow = host(costs, 300);
    await slow.done();
    expect(new Set(slow.sizes.slice(2, -1))).to.deep.equal(new Set([20]));

    // A fast desktop: 0.01 ms a session. Steps of 3,000 would block for 30 ms on the DOM alone; they stay at 300.
    costs.script = 0.005;
    costs.render = 0.005;
    const fast = host(costs, 1000);
    await fast.done();
    expect(fast.sizes).to.deep.equal([FIRST, 60, 300, 300, 300]);
  });

  it('goes on in a hidden page, where no frame comes, paced on its script alone', async () => {
    Object.defineProperty(document, 'hidden', {value: true, configurable: true, writable: true});
    let frames = 0;
    const raf = window.requestAnimationFrame;
    window.requestAnimationFrame = (cb) => {
      frames++;
      return raf(cb);
    };
    costs.script = 0.1;
    costs.render = 10;
    const h = host(costs, 1000);
    await h.done();
    expect(frames).to.equal(0);
    expect(h.sizes.slice(2, -1)).to.deep.equal(Array(h.sizes.length - 3).fill(300));
  });
});
