import { randomBytes } from 'node:crypto';
import IORedis from 'ioredis';
import { freePort } from '../../../../test/support/ports';
import { REDIS_URL } from '../../../../test/support/test-env';
import { RedisThrottlerStorage } from './redis-throttler.storage';

/** Against the real Redis: the counters several API processes share. */
describe('RedisThrottlerStorage', () => {
  const prefix = `embauche_test_rl_${randomBytes(4).toString('hex')}`;
  const fastFailing = (url: string) => {
    const redis = new IORedis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 0, commandTimeout: 200, retryStrategy: () => 100 });
    redis.on('error', () => undefined);
    return redis;
  };
  const ready = (redis: IORedis) => (redis.status === 'ready' ? Promise.resolve() : new Promise((r) => redis.once('ready', r)));
  let a: IORedis;
  let b: IORedis;
  let one: RedisThrottlerStorage;
  let other: RedisThrottlerStorage;

  beforeAll(async () => {
    [a, b] = [fastFailing(REDIS_URL), fastFailing(REDIS_URL)];
    await Promise.all([ready(a), ready(b)]);
    one = new RedisThrottlerStorage(a, { prefix, memoryFallbackFor: ['auth'] });
    other = new RedisThrottlerStorage(b, { prefix, memoryFallbackFor: ['auth'] });
  });
  afterAll(async () => {
    const keys = await a.keys(`${prefix}:*`);
    if (keys.length) await a.del(...keys);
    await one.onApplicationShutdown();
    await other.onApplicationShutdown();
  });

  it('counts one budget over two connections (two API processes) and refuses the hit over it, with the block left', async () => {
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await (i % 2 ? one : other).increment('login', 60_000, 4, 30_000, 'auth'));
    expect(results.map((r) => r.totalHits)).toEqual([1, 2, 3, 4, 5, 5]);
    expect(results.map((r) => r.isBlocked)).toEqual([false, false, false, false, true, true]);
    expect(results[3].timeToExpire).toBe(60);
    expect(results[4].timeToBlockExpire).toBe(30);
  });

  it('starts a new window once the block is over, and every key it writes expires', async () => {
    for (let i = 0; i < 3; i++) await one.increment('short', 60_000, 2, 300, 'default');
    const keys = await a.keys(`${prefix}:rate-limit:{short}*`);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(await a.pttl(key)).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 400)); // the block's own TTL, in Redis: nothing to poll but the clock
    expect(await other.increment('short', 60_000, 2, 300, 'default')).toEqual({ totalHits: 1, timeToExpire: 60, isBlocked: false, timeToBlockExpire: 0 });
  });

  it('when Redis is gone, lets general routes through and counts the fallback limits in memory, within the command timeout', async () => {
    // A port nothing listens on: the connection never becomes ready, as when Redis is down.
    const redis = fastFailing(`redis://127.0.0.1:${await freePort()}`);
    const warnings: string[] = [];
    const storage = new RedisThrottlerStorage(redis, { prefix, memoryFallbackFor: ['auth'], logger: { warn: (m) => warnings.push(m) } });
    try {
      const started = Date.now();
      const general = [];
      for (let i = 0; i < 5; i++) general.push(await storage.increment('g', 60_000, 2, 60_000, 'default'));
      expect(general.every((r) => !r.isBlocked)).toBe(true);
      const auth = [];
      for (let i = 0; i < 3; i++) auth.push(await storage.increment('a', 60_000, 2, 60_000, 'auth'));
      expect(auth.map((r) => r.isBlocked)).toEqual([false, false, true]);
      expect(auth[2].timeToBlockExpire).toBe(60);
      expect(Date.now() - started).toBeLessThan(8 * 1000);
      expect(warnings).toHaveLength(1); // one warning for the outage, not one per request
      expect(warnings[0]).toMatch(/Redis unreachable for rate limits/);
    } finally {
      await storage.onApplicationShutdown();
    }
  });
});
