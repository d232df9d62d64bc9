import IORedis, { type Redis, type RedisOptions } from 'ioredis';

/**
 * One connection per process, shared by every BullMQ queue of that process.
 * `maxRetriesPerRequest: null` is what BullMQ workers require; producers in the
 * API bound their own waits instead (see QueueProducer), so a Redis outage
 * never hangs a request.
 */
export function createRedisConnection(url: string, name: string, options: RedisOptions = {}): Redis {
  return new IORedis(url, {
    connectionName: name,
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    connectTimeout: 2000,
    retryStrategy: (times) => Math.min(100 * times, 2000),
    ...options,
  });
}

export async function pingRedis(redis: Redis, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      redis.ping(),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
