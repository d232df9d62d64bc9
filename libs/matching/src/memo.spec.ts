import { memoized, sameCode } from './memo';

describe('sameCode', () => {
  it.each([
    ['BE', 'BE'],
    ['be', 'BE'],
    ['Eur', 'EUR'],
    ['en', 'EN'],
  ])('%s = %s', (a, b) => expect(sameCode(a, b)).toBe(true));

  it.each([
    ['BE', 'FR'],
    ['BE', 'BEL'],
    ['', 'B'],
    // "@" is "`" | 32 and "[" is "{" | 32: only letters fold
    ['@', '`'],
    ['[', '{'],
  ])('%s ≠ %s', (a, b) => expect(sameCode(a, b)).toBe(false));
});

describe('memoized', () => {
  it('computes once per input and returns the same answer', () => {
    const memo = new Map<string, string>();
    const calls: string[] = [];
    const upper = (s: string) => (calls.push(s), s.toUpperCase());
    expect(memoized(memo, 'liège', upper)).toBe('LIÈGE');
    expect(memoized(memo, 'liège', upper)).toBe('LIÈGE');
    expect(calls).toEqual(['liège']);
  });

  it('stays bounded', () => {
    const memo = new Map<string, string>();
    for (let i = 0; i < 10000; i++) memoized(memo, `city ${i}`, (s) => s);
    expect(memo.size).toBeLessThanOrEqual(4096);
    expect(memoized(memo, 'city 1', (s) => s)).toBe('city 1');
  });
});
