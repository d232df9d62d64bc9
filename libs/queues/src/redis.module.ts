import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { Environment } from '@embauche/common';
import type { Redis } from 'ioredis';
import { createRedisConnection } from './redis-connection';

export const REDIS = Symbol('REDIS');

/** Provides the process's one shared Redis connection. */
@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [Environment],
      useFactory: (env: Environment) => createRedisConnection(env.REDIS_URL, 'embauche'),
    },
  ],
  exports: [REDIS],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/** BullMQ on the shared connection, with the configured key prefix. */
export function bullRootModule(): DynamicModule {
  return BullModule.forRootAsync({
    imports: [RedisModule],
    inject: [REDIS, Environment],
    useFactory: (redis: Redis, env: Environment) => ({ connection: redis, prefix: env.QUEUE_PREFIX }),
  });
}
