/**
 * Rate-limit storages: the cost of one hit, as the API's guard makes it, for
 * the per-process memory window (baseline), the Redis fixed window in one Lua
 * call (what the API uses: one budget across processes) and, for comparison,
 * INCR + PEXPIRE NX in one pipeline (same round trip, but no atomic block).
 * 64 hits in flight at a time, like concurrent requests of one API process.
 * Target: the Redis storage keeps up with ≥ 10,000 hits/s from one process, several times what
 * one API process serves; per-hit latency with 64 in flight is mostly queueing, shown for information.
 */
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import IORedis from 'ioredis';
import { FixedWindowThrottlerStorage } from '../apps/api/src/http/fixed-window-throttler.storage';
import { RedisThrottlerStorage } from '../apps/api/src/http/redis-throttler.storage';
import { REDIS_URL } from './support/bench-env';
import { median, ms, num, percentile, ratio, verdict, type BenchContext, type Benchmark, type Figure } from './support/report';

const IN_FLIGHT = 64;

type Hit = (key: string) => Promise<unknown>;

/** `total` hits over 1,000 keys, IN_FLIGHT at a time: hits/s and each hit's latency. */
async function measure(hit: Hit, total: number): Promise<{ perSecond: number; p50: number; p99: number }> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < total) {
        const key = `client-${next++ % 1000}`;
        const t0 = performance.now();
        await hit(key);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { perSecond: total / ((performance.now() - started) / 1000), p50: median(latencies), p99: percentile(latencies, 99) };
}

export const rateLimitBench: Benchmark = {
  name: 'rate-limit',
  title: 'Rate-limit storage: memory vs Redis (one Lua call) vs INCR+PEXPIRE pipeline',
  async run(ctx: BenchContext): Promise<Figure[]> {
    const total = ctx.scale.quick ? 20_000 : 200_000;
    const prefix = `embauche_bench_rl_${randomBytes(4).toString('hex')}`;
    const redis = new IORedis(REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 0, commandTimeout: 1000 });
    await new Promise((resolve) => redis.once('ready', resolve));
    const memory = new FixedWindowThrottlerStorage();
    const lua = new RedisThrottlerStorage(redis, { prefix, memoryFallbackFor: [] });
    const limit = total * 2; // never blocks: every hit takes the full path
    try {
      const mem = await measure((key) => memory.increment(key, 60_000, limit, 60_000), total);
      const script = await measure((key) => lua.increment(key, 60_000, limit, 60_000, 'default'), total);
      const pipeline = await measure(
        (key) => redis.multi().incr(`${prefix}:pipe:${key}`).pexpire(`${prefix}:pipe:${key}`, 60_000, 'NX').pttl(`${prefix}:pipe:${key}`).exec(),
        total,
      );
      ctx.log(`memory ${num(mem.perSecond)}/s · Lua ${num(script.perSecond)}/s (p99 ${ms(script.p99)}) · pipeline ${num(pipeline.perSecond)}/s (p99 ${ms(pipeline.p99)})`);
      return [
        { benchmark: 'rate-limit', metric: 'Redis fixed window (one Lua call), hits/s, 64 in flight', value: num(script.perSecond), baseline: `memory window: ${num(mem.perSecond)}/s`, ratio: ratio(script.perSecond / mem.perSecond), target: '≥ 10,000/s', verdict: verdict(script.perSecond >= 10_000) },
        { benchmark: 'rate-limit', metric: 'Redis fixed window (one Lua call), p50 / p99 per hit', value: `${ms(script.p50)} / ${ms(script.p99)}`, baseline: `memory: ${ms(mem.p50)} / ${ms(mem.p99)}`, ratio: ratio(script.p99 / Math.max(mem.p99, 0.001)), target: 'information', verdict: 'info' },
        { benchmark: 'rate-limit', metric: 'INCR + PEXPIRE NX + PTTL (MULTI), hits/s, 64 in flight', value: num(pipeline.perSecond), baseline: `Lua: ${num(script.perSecond)}/s`, ratio: ratio(pipeline.perSecond / script.perSecond), target: 'information', verdict: 'info' },
      ];
    } finally {
      memory.dispose();
      const keys = await redis.keys(`${prefix}:*`);
      for (let i = 0; i < keys.length; i += 1000) await redis.unlink(...keys.slice(i, i + 1000));
      await redis.quit();
    }
  },
};
