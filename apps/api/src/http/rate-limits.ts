import { Logger } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { Environment } from '@embauche/common';
import { createRedisConnection } from '@embauche/queues';
import { AUTH_THROTTLER } from './api-throttler.guard';
import { RedisThrottlerStorage } from './redis-throttler.storage';

/**
 * The API's two limits, counted in Redis so that every API process spends one
 * budget. Rate limiting has its own connection: it must fail within
 * RATE_LIMIT_REDIS_TIMEOUT_MS (no offline queue, no retries) while the shared
 * one waits for Redis on behalf of BullMQ.
 */
export function rateLimitModule() {
  return ThrottlerModule.forRootAsync({
    inject: [Environment],
    useFactory: (env: Environment) => {
      const redis = createRedisConnection(env.REDIS_URL, 'embauche-rate-limit', {
        enableOfflineQueue: false,
        maxRetriesPerRequest: 0,
        commandTimeout: env.RATE_LIMIT_REDIS_TIMEOUT_MS,
      });
      redis.on('error', () => undefined); // the storage logs outages, throttled, when a request meets one
      return {
        storage: new RedisThrottlerStorage(redis, { prefix: env.QUEUE_PREFIX, memoryFallbackFor: [AUTH_THROTTLER], logger: new Logger('RateLimit') }),
        throttlers: [
          { name: 'default', ttl: 60_000, limit: env.RATE_LIMIT_PER_MINUTE },
          { name: AUTH_THROTTLER, ttl: 60_000, limit: env.AUTH_RATE_LIMIT_PER_MINUTE },
        ],
      };
    },
  });
}
