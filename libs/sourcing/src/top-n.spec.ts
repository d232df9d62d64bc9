import fc from 'fast-check';
import { TopN } from './top-n';

describe('TopN', () => {
  it('keeps exactly the best n, in order, whatever the input order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 })), fc.integer({ min: 1, max: 20 }), (values, n) => {
        const top = new TopN<number>(n, (a, b) => a > b);
        values.forEach((v) => top.push(v));
        expect(top.sorted()).toEqual([...values].sort((a, b) => b - a).slice(0, n));
      }),
    );
  });

  it('tells whether an item would be kept', () => {
    const top = new TopN<number>(2, (a, b) => a > b);
    [5, 7].forEach((v) => top.push(v));
    expect(top.accepts(6)).toBe(true);
    expect(top.accepts(4)).toBe(false);
  });
});
