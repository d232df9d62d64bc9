import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Environment } from '@embauche/common';
import { REDIS } from '@embauche/queues';
import type { Redis } from 'ioredis';
import { ReconcilerService } from './reconciler.service';

/** How often the marker is looked at: a wipe is noticed within about this long. */
const CHECK_MS = 1000;

/**
 * Redis without persistence loses everything on FLUSHALL or a restart, and
 * the interval reconciler would only notice RECONCILE_AFTER_MS later. The
 * worker keeps a marker key under the queue prefix; when it is gone (or the
 * connection came back, which may be a restarted, empty server), the
 * reconciler runs at once. Every worker sets the same key: whichever notices
 * first re-creates it, and a second pass by another worker adds nothing new
 * (deterministic job ids).
 */
@Injectable()
export class RedisWipeWatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RedisWipeWatcher.name);
  private readonly key: string;
  private timer?: NodeJS.Timeout;
  private checking = false;
  private wasReady = false;
  private readonly onReady = () => {
    if (this.wasReady) this.reconciler.reconcileNow('the Redis connection is back');
    this.wasReady = true;
  };

  constructor(
    env: Environment,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly reconciler: ReconcilerService,
  ) {
    this.key = `${env.QUEUE_PREFIX}:marker:redis-not-wiped`;
  }

  onApplicationBootstrap(): void {
    this.wasReady = this.redis.status === 'ready';
    this.redis.on('ready', this.onReady);
    void this.check(true);
    this.timer = setInterval(() => void this.check(false), CHECK_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
    this.redis.off('ready', this.onReady);
  }

  /** Sets the marker if it is missing; a missing marker after the first check means Redis lost its data. */
  private async check(first: boolean): Promise<void> {
    if (this.checking || this.redis.status !== 'ready') return;
    this.checking = true;
    try {
      const created = await this.redis.set(this.key, randomUUID(), 'NX');
      if (created === 'OK' && !first) this.reconciler.reconcileNow(`the marker ${this.key} is gone: Redis lost its data`);
    } catch (error) {
      this.logger.debug(`Marker check: ${(error as Error).message}`);
    } finally {
      this.checking = false;
    }
  }
}
