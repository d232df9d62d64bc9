import type { OnApplicationShutdown } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import type { Redis } from 'ioredis';
import { FixedWindowThrottlerStorage, type ThrottlerHit } from './fixed-window-throttler.storage';

/**
 * One fixed window per key, shared by every API process, in one round trip.
 * Same semantics as FixedWindowThrottlerStorage: the hit over the limit blocks
 * the key for `block` ms (sent as Retry-After), then a new window starts.
 * KEYS[1] counts the window, KEYS[2] marks the block; both carry a TTL, so an
 * idle key leaves Redis on its own.
 * Returns { hits, window ms left, block ms left (0: not blocked) }.
 */
export const FIXED_WINDOW_SCRIPT = `
local blocked = redis.call('PTTL', KEYS[2])
if blocked > 0 then
  return { tonumber(redis.call('GET', KEYS[2]) or ARGV[2]), 0, blocked }
end
local hits = redis.call('INCR', KEYS[1])
local left = redis.call('PTTL', KEYS[1])
if left < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  left = tonumber(ARGV[1])
end
if hits > tonumber(ARGV[2]) then
  redis.call('SET', KEYS[2], hits, 'PX', ARGV[3])
  redis.call('DEL', KEYS[1])
  return { hits, 0, tonumber(ARGV[3]) }
end
return { hits, left, 0 }
`;

type FixedWindowCommand = (window: string, block: string, ttl: number, limit: number, blockMs: number) => Promise<[number, number, number]>;

export interface RedisThrottlerStorageOptions {
  /** Keys go under `<prefix>:rate-limit:`. */
  prefix: string;
  /**
   * Limits that fall back to this process's memory when Redis does not answer
   * (the auth limit: password guessing stays bounded); every other limit lets
   * the request through (fails open) rather than refusing all traffic.
   */
  memoryFallbackFor: readonly string[];
  /** How often, at most, an outage is logged. */
  logEveryMs?: number;
  /** Nest's Logger in the app (kept out of this file so it loads without Nest). */
  logger?: { warn(message: string): void };
}

/**
 * Rate-limit counters in Redis, so N API processes enforce one budget, not N.
 * The connection must fail fast (no offline queue, a command timeout): a dead
 * Redis costs a request at most that timeout, never a hang.
 */
export class RedisThrottlerStorage implements ThrottlerStorage, OnApplicationShutdown {
  private readonly memory = new FixedWindowThrottlerStorage();
  private readonly fallback: ReadonlySet<string>;
  private readonly keyPrefix: string;
  private lastLoggedAt = 0;
  private failuresSinceLog = 0;

  constructor(
    private readonly redis: Redis,
    private readonly options: RedisThrottlerStorageOptions,
  ) {
    this.fallback = new Set(options.memoryFallbackFor);
    this.keyPrefix = `${options.prefix}:rate-limit:`;
    if (!('embaucheFixedWindow' in redis)) redis.defineCommand('embaucheFixedWindow', { numberOfKeys: 2, lua: FIXED_WINDOW_SCRIPT });
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerHit> {
    // The hash tag keeps both keys of one counter on one Redis Cluster slot.
    const window = `${this.keyPrefix}{${key}}`;
    const run = (this.redis as unknown as { embaucheFixedWindow: FixedWindowCommand }).embaucheFixedWindow;
    try {
      const [hits, windowLeft, blockLeft] = await run.call(this.redis, window, `${window}:blocked`, ttl, limit, Math.max(1, blockDuration));
      return {
        totalHits: hits,
        timeToExpire: Math.ceil(windowLeft / 1000),
        isBlocked: blockLeft > 0,
        timeToBlockExpire: blockLeft > 0 ? Math.max(1, Math.ceil(blockLeft / 1000)) : 0,
      };
    } catch (error) {
      const fallsBack = this.fallback.has(throttlerName);
      this.logOutage(error as Error);
      if (fallsBack) return this.memory.increment(key, ttl, limit, blockDuration);
      return { totalHits: 0, timeToExpire: Math.ceil(ttl / 1000), isBlocked: false, timeToBlockExpire: 0 };
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.memory.dispose();
    // QUIT cannot reach a Redis that is down, and would leave ioredis reconnecting.
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => this.redis.disconnect());
    else this.redis.disconnect();
  }

  /** One warning per interval, with how many requests it covers: an outage must not flood the log. */
  private logOutage(error: Error): void {
    this.failuresSinceLog++;
    const now = Date.now();
    if (now - this.lastLoggedAt < (this.options.logEveryMs ?? 10_000)) return;
    const limits = [...this.fallback].join(', ');
    this.options.logger?.warn(
      `Redis unreachable for rate limits (${error.message}); ${this.failuresSinceLog} request(s) since the last warning: ` +
        `limits ${limits} counted in this process's memory, the others not enforced until Redis answers`,
    );
    this.lastLoggedAt = now;
    this.failuresSinceLog = 0;
  }
}
