import {expect} from '@open-wc/testing';
import {zoneOffset} from '../time/instant.js';
import {memo} from './memo.js';

describe('internal/memo', () => {
  it('works a result out once per key, including undefined results', () => {
    const remember = memo<number | undefined>();
    let calls = 0;
    const make = () => (calls++, undefined);
    remember('a', make);
    remember('a', make);
    expect(calls).to.equal(1);
    expect(remember('b', () => 2)).to.equal(2);
  });

  it('starts afresh when full, and never answers for another key', () => {
    const remember = memo<string>(3);
    for (const k of ['a', 'b', 'c', 'd', 'e']) expect(remember(k, () => k.toUpperCase())).to.equal(k.toUpperCase());
    let made = 0;
    expect(remember('a', () => (made++, 'A'))).to.equal('A');
    expect(made).to.equal(1);
  });

  it('keeps zones apart whose names end in digits (Etc/GMT+1 at 10 is not Etc/GMT+11 at 0)', () => {
    expect(zoneOffset('Etc/GMT+1', 10)).to.equal(-3_600_000);
    expect(zoneOffset('Etc/GMT+11', 0)).to.equal(-11 * 3_600_000);
    expect(zoneOffset('Etc/GMT+1', 10)).to.equal(-3_600_000);
  });
});
