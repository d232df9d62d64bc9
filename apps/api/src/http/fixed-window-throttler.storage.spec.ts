import { FixedWindowThrottlerStorage } from './fixed-window-throttler.storage';

describe('FixedWindowThrottlerStorage', () => {
  let clock: number;
  let storage: FixedWindowThrottlerStorage;

  beforeEach(() => {
    clock = 1_000_000;
    storage = new FixedWindowThrottlerStorage(() => clock);
  });
  afterEach(() => storage.dispose());

  const hit = (key = 'k', limit = 3, ttl = 60_000, block = 60_000) => storage.increment(key, ttl, limit, block);

  it('counts hits in a window and refuses the one over the limit, with the time left', async () => {
    expect(await hit()).toEqual({ totalHits: 1, timeToExpire: 60, isBlocked: false, timeToBlockExpire: 0 });
    clock += 10_000;
    expect((await hit()).totalHits).toBe(2);
    expect((await hit()).isBlocked).toBe(false);
    const refused = await hit();
    expect(refused.isBlocked).toBe(true);
    expect(refused.timeToBlockExpire).toBe(60);
  });

  it('keeps refusing until the block is over, then starts a new window', async () => {
    for (let i = 0; i < 4; i++) await hit();
    clock += 59_000;
    const still = await hit();
    expect(still.isBlocked).toBe(true);
    expect(still.timeToBlockExpire).toBe(1);
    clock += 1_000;
    expect(await hit()).toEqual({ totalHits: 1, timeToExpire: 60, isBlocked: false, timeToBlockExpire: 0 });
  });

  it('starts a new window when the last one ended, without a block', async () => {
    await hit();
    await hit();
    clock += 60_000;
    expect((await hit()).totalHits).toBe(1);
  });

  it('keeps keys apart', async () => {
    for (let i = 0; i < 4; i++) await hit('a');
    expect((await hit('a')).isBlocked).toBe(true);
    expect((await hit('b')).isBlocked).toBe(false);
  });

  it('costs the same whatever the limit: a million hits a minute from one key neither slows nor throws', async () => {
    for (let i = 0; i < 200_000; i++) await hit('busy', 1_000_000);
    expect((await hit('busy', 1_000_000)).totalHits).toBe(200_001);
  });

  it('forgets idle keys when it sweeps, but not blocked ones', async () => {
    await hit('idle');
    for (let i = 0; i < 4; i++) await hit('blocked', 3, 1_000, 120_000);
    clock += 61_000;
    storage.sweep();
    expect(storage.size).toBe(1);
    clock += 60_000;
    storage.sweep();
    expect(storage.size).toBe(0);
  });
});
