import { randomBytes } from 'node:crypto';
import IORedis from 'ioredis';
import type { Pool } from 'pg';
import { AppProcess } from './app-process';
import { freePort } from './ports';
import { cloneTemplateDatabase, dropDatabase, poolFor } from './test-database';
import { REDIS_URL } from './test-env';

export interface PlatformOptions {
  /** Start the scoring worker too (default false). */
  worker?: boolean;
  /** How many API processes to run on the same database and Redis (default 1): scale-out tests. */
  apis?: number;
  /** How many workers when `worker` is set (default 1). */
  workers?: number;
  /** Extra environment for both apps. */
  env?: Record<string, string>;
  /** A database prepared elsewhere (a private Postgres server) instead of a clone of the template; not dropped at stop. */
  databaseUrl?: string;
}

/**
 * A private Embauche for one test file: its own database cloned from the
 * template, its own BullMQ key prefix on the shared Redis, and the built API
 * (and worker) as real processes on free ports.
 */
export class Platform {
  api!: AppProcess;
  worker?: AppProcess;
  /** Every API process (`api` is the first), and their base URLs in the same order. */
  apis: AppProcess[] = [];
  baseUrls: string[] = [];
  /** Every worker process (`worker` is the first). */
  workers: AppProcess[] = [];
  db!: Pool;
  baseUrl!: string;
  databaseName!: string;
  databaseUrl!: string;
  readonly queuePrefix = `embauche_test_${randomBytes(4).toString('hex')}`;

  constructor(private readonly options: PlatformOptions = {}) {}

  async start(): Promise<this> {
    const database = this.options.databaseUrl ? { name: '', url: this.options.databaseUrl } : await cloneTemplateDatabase();
    this.databaseName = database.name;
    this.databaseUrl = database.url;
    this.db = poolFor(database.url);
    for (let i = 0; i < (this.options.apis ?? 1); i++) {
      const port = await freePort();
      this.apis.push(new AppProcess('api', this.env({ PORT: String(port), WORKER_HEALTH_PORT: String(await freePort()) }), `http://127.0.0.1:${port}/health/ready`));
      this.baseUrls.push(`http://127.0.0.1:${port}`);
    }
    if (this.options.worker) {
      for (let i = 0; i < (this.options.workers ?? 1); i++) {
        const port = await freePort();
        this.workers.push(new AppProcess('worker', this.env({ WORKER_HEALTH_PORT: String(port) }), `http://127.0.0.1:${port}/health/ready`));
      }
    }
    [this.api] = this.apis;
    [this.baseUrl] = this.baseUrls;
    this.worker = this.workers[0];
    const starting = [...this.apis, ...this.workers].map((app) => app.start());
    await Promise.all(starting);
    return this;
  }

  /** The environment both apps get; exposed so tests can start extra workers on the same data. */
  env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    return {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
      DATABASE_URL: this.databaseUrl,
      REDIS_URL,
      QUEUE_PREFIX: this.queuePrefix,
      RATE_LIMIT_PER_MINUTE: '100000',
      AUTH_RATE_LIMIT_PER_MINUTE: '100000',
      ...this.options.env,
      ...extra,
    };
  }

  async stop(): Promise<void> {
    await Promise.all([...this.apis, ...this.workers].map((app) => app.stop()));
    await this.db?.end();
    if (this.databaseName) await dropDatabase(this.databaseName);
    await this.dropQueueKeys();
  }

  /** Leaves the shared Redis as it was: every key under this platform's BullMQ prefix goes. */
  private async dropQueueKeys(): Promise<void> {
    const redisUrl = this.options.env?.REDIS_URL ?? REDIS_URL;
    const redis = new IORedis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null });
    redis.on('error', () => undefined);
    try {
      await redis.connect();
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${this.queuePrefix}:*`, 'COUNT', 1000);
        if (keys.length) await redis.unlink(...keys);
        cursor = next;
      } while (cursor !== '0');
    } catch {
      // a private Redis a fault test already stopped: nothing to clean
    } finally {
      redis.disconnect();
    }
  }
}
