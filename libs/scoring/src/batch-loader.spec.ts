import { BatchLoader } from './batch-loader';

describe('BatchLoader', () => {
  it('answers the loads of one tick with one query, each caller its own row', async () => {
    const calls: string[][] = [];
    const loader = new BatchLoader<string>(async (keys) => {
      calls.push(keys);
      return new Map(keys.filter((k) => k !== 'missing').map((k) => [k, k.toUpperCase()]));
    });
    const results = await Promise.all([loader.load('a'), loader.load('b'), loader.load('a'), loader.load('missing')]);
    expect(results).toEqual(['A', 'B', 'A', null]);
    expect(calls).toEqual([['a', 'b', 'missing']]);
    expect(await loader.load('c')).toBe('C');
    expect(calls).toHaveLength(2);
  });

  it('rejects every caller of a failed batch, and recovers on the next', async () => {
    let fail = true;
    const loader = new BatchLoader<number>(async (keys) => {
      if (fail) throw new Error('down');
      return new Map(keys.map((k) => [k, k.length]));
    });
    const settled = await Promise.allSettled([loader.load('x'), loader.load('yy')]);
    expect(settled.map((r) => (r.status === 'rejected' ? (r.reason as Error).message : r.status))).toEqual(['down', 'down']);
    fail = false;
    expect(await loader.load('yy')).toBe(2);
  });
});
