import {expect} from '@open-wc/testing';
import {readStars, watchStars, writeStars} from './stars.js';

const KEY = 'uclg-widgets:agenda-stars:v1:ev';

describe('stars (the personal programme)', () => {
  beforeEach(() => localStorage.removeItem(KEY));

  it('keeps ids per event under a versioned key and ignores what it cannot read', () => {
    writeStars('ev', new Set(['a', 'b']));
    expect(localStorage.getItem(KEY)).to.equal('["a","b"]');
    expect([...readStars('ev')]).to.deep.equal(['a', 'b']);
    expect([...readStars('other')]).to.deep.equal([]);
    for (const junk of ['{', '{"a":1}', '[1,"x",null]']) {
      localStorage.setItem(KEY, junk);
      expect([...readStars('ev')], junk).to.deep.equal(junk.startsWith('[') ? ['x'] : []);
    }
  });

  it('tells every watcher on the page, and keeps them in memory when storage is forbidden', () => {
    let calls = 0;
    const stop = watchStars(() => calls++);
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {configurable: true, get: () => { throw new DOMException('denied', 'SecurityError'); }});
    try {
      writeStars('ev', new Set(['c']));
      expect([...readStars('ev')]).to.deep.equal(['c']);
    } finally {
      Object.defineProperty(window, 'localStorage', original);
    }
    expect(calls).to.equal(1);
    // Storage back: the next write goes there and the page's memory copy is dropped.
    writeStars('ev', new Set(['d']));
    expect(localStorage.getItem(KEY)).to.equal('["d"]');
    expect([...readStars('ev')]).to.deep.equal(['d']);
    stop();
    writeStars('ev', new Set());
    expect(calls).to.equal(2);
  });
});
