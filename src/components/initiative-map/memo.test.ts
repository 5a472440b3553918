import { expect } from '@open-wc/testing';
import { Memo } from './memo.js';

describe('Memo', () => {
  it('computes again only when an argument is not the same: strings by value, objects by identity', () => {
    let runs = 0;
    const memo = new Memo((list: number[], label: string) => {
      runs++;
      return { list, label };
    });
    const list = [1, 2];
    const first = memo.get(list, 'a');
    expect(memo.get(list, `${'a'}`)).to.equal(first);
    expect(runs).to.equal(1);
    expect(memo.get([1, 2], 'a')).to.not.equal(first);
    expect(memo.get([1, 2], 'a').label).to.equal('a');
    memo.get(list, 'b');
    expect(runs).to.equal(4);
  });

  it('a computation that throws is tried again next time', () => {
    let fail = true;
    const memo = new Memo((n: number) => {
      if (fail) throw new Error('not yet');
      return n * 2;
    });
    expect(() => memo.get(1)).to.throw('not yet');
    fail = false;
    expect(memo.get(1)).to.equal(2);
  });
});
