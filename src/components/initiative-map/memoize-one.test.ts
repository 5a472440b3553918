import { expect } from '@open-wc/testing';
import { memoizeOne } from './memoize-one.js';

describe('memoizeOne', () => {
  it('computes again only when an argument is not the same: strings by value, objects by identity', () => {
    let runs = 0;
    const memo = memoizeOne((list: number[], label: string) => {
      runs++;
      return { list, label };
    });
    const list = [1, 2];
    const first = memo(list, 'a');
    expect(memo(list, `${'a'}`)).to.equal(first);
    expect(runs).to.equal(1);
    expect(memo([1, 2], 'a')).to.not.equal(first);
    expect(memo([1, 2], 'a').label).to.equal('a');
    memo(list, 'b');
    expect(runs).to.equal(4);
  });

  it('a computation that throws is tried again next time', () => {
    let fail = true;
    const memo = memoizeOne((n: number) => {
      if (fail) throw new Error('not yet');
      return n * 2;
    });
    expect(() => memo(1)).to.throw('not yet');
    fail = false;
    expect(memo(1)).to.equal(2);
  });
});
