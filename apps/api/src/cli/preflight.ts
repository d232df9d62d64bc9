import 'reflect-metadata';
import { loadEnvironment } from '@embauche/common';
import { ensureDatabase, redactUrl, ServiceUnreachableError } from '@embauche/database';
import { createRedisConnection, pingRedis } from '@embauche/queues';
import { runCli } from './run-cli';

/**
 * `npm start` runs this first: Postgres and Redis must answer, or it says so in
 * one line with the URL it tried and how to start the service.
 */
runCli(async () => {
  const env = loadEnvironment(process.env, 'api');
  if (await ensureDatabase(env.DATABASE_URL)) console.log(`Created database ${redactUrl(env.DATABASE_URL)}`);
  const redis = createRedisConnection(env.REDIS_URL, 'embauche-preflight', {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await pingRedis(redis, 2000);
  } catch (error) {
    throw new ServiceUnreachableError(
      `Redis is not reachable at ${redactUrl(env.REDIS_URL)} (${(error as Error).message}); ` +
        'start it (redis-server --daemonize yes, or: docker compose up -d postgres redis) or set REDIS_URL',
    );
  } finally {
    redis.disconnect();
  }
});
