/**
 * A private Embauche for one benchmark: a clone of the run's template
 * database, its own BullMQ key prefix on the shared Redis (deleted at the
 * end), and the built API and/or worker as real processes on free ports,
 * configured as production would be but with rate limits out of the way.
 */
import { randomBytes } from 'node:crypto';
import IORedis from 'ioredis';
import type { Pool } from 'pg';
import { freePort } from '../../test/support/ports';
import { mkdirSync } from 'node:fs';
import { AppProcess } from '../../test/support/app-process';
import { BENCH_PREFIX, REDIS_URL, ROOT } from './bench-env';
import { cloneDatabase, dropDatabase, poolFor } from './bench-database';

export interface PlatformOptions {
  api?: boolean;
  worker?: boolean;
  env?: Record<string, string>;
  poolSize?: number;
}

const running = new Set<BenchPlatform>();

/** Stops whatever is still running (a benchmark that threw, or Ctrl-C). */
export async function stopAllPlatforms(): Promise<void> {
  await Promise.all([...running].map((p) => p.stop()));
}

export class BenchPlatform {
  readonly databaseName: string;
  readonly queuePrefix: string;
  databaseUrl!: string;
  db!: Pool;
  api?: AppProcess;
  worker?: AppProcess;
  baseUrl = '';
  private readonly jwtSecret = randomBytes(32).toString('hex');

  constructor(
    private readonly template: string,
    readonly name: string,
  ) {
    this.databaseName = `${BENCH_PREFIX}${process.pid}_${name}`;
    this.queuePrefix = `${BENCH_PREFIX}${process.pid}_${name}`;
  }

  /** Clones the database; apps are started separately (after the data is loaded, if the benchmark prefers). */
  async prepare(poolSize = 4): Promise<this> {
    running.add(this);
    this.databaseUrl = await cloneDatabase(this.template, this.databaseName);
    this.db = poolFor(this.databaseUrl, poolSize);
    return this;
  }

  env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    return {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      JWT_SECRET: this.jwtSecret,
      LOG_LEVEL: 'warn',
      DATABASE_URL: this.databaseUrl,
      REDIS_URL,
      QUEUE_PREFIX: this.queuePrefix,
      RATE_LIMIT_PER_MINUTE: '100000000',
      AUTH_RATE_LIMIT_PER_MINUTE: '100000000',
      // The reconciler re-enqueues work older than this: out of the way of a measured run.
      RECONCILE_AFTER_MS: '3600000',
      // Lets a run measure the API without its read cache (READ_CACHE_MB=0 npm run bench -- soak).
      ...(process.env.READ_CACHE_MB !== undefined ? { READ_CACHE_MB: process.env.READ_CACHE_MB } : {}),
      ...extra,
    };
  }

  async startApi(extra: Record<string, string> = {}): Promise<void> {
    const port = await freePort();
    this.api = new AppProcess('api', this.env({ PORT: String(port), HOST: '127.0.0.1', WORKER_HEALTH_PORT: '0', ...extra }), `http://127.0.0.1:${port}/health/ready`, profileFlags('api'));
    this.baseUrl = `http://127.0.0.1:${port}`;
    await this.api.start();
  }

  /** Stops the API and starts it again with `extra` (same database, same data). */
  async restartApi(extra: Record<string, string> = {}): Promise<void> {
    await this.api?.stop();
    await this.startApi(extra);
  }

  async startWorker(extra: Record<string, string> = {}): Promise<void> {
    const port = await freePort();
    this.worker = new AppProcess('worker', this.env({ WORKER_HEALTH_PORT: String(port), ...extra }), `http://127.0.0.1:${port}/health/ready`, profileFlags('worker'));
    await this.worker.start();
  }

  /** Further API and worker processes on the same database and Redis (scale-out benchmarks). */
  readonly extras: AppProcess[] = [];

  async startExtra(app: 'api' | 'worker'): Promise<{ process: AppProcess; baseUrl: string }> {
    const port = await freePort();
    const env: Record<string, string> = app === 'api' ? { PORT: String(port), HOST: '127.0.0.1', WORKER_HEALTH_PORT: '0' } : { WORKER_HEALTH_PORT: String(port) };
    const child = new AppProcess(app, this.env(env), `http://127.0.0.1:${port}/health/ready`, profileFlags(app));
    this.extras.push(child);
    await child.start();
    return { process: child, baseUrl: `http://127.0.0.1:${port}` };
  }

  /** A second API on the same database with its own environment (a variant measured against the first); returns its base URL. */
  async startExtraApi(extra: Record<string, string>): Promise<string> {
    const port = await freePort();
    const child = new AppProcess('api', this.env({ PORT: String(port), HOST: '127.0.0.1', WORKER_HEALTH_PORT: '0', ...extra }), `http://127.0.0.1:${port}/health/ready`, profileFlags('api'));
    this.extras.push(child);
    await child.start();
    return `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    running.delete(this);
    await Promise.all([this.api?.stop(), this.worker?.stop(), ...this.extras.map((p) => p.stop())]);
    await this.db?.end().catch(() => undefined);
    await dropDatabase(this.databaseName).catch((e: Error) => console.warn(`  could not drop ${this.databaseName}: ${e.message}`));
    await deleteRedisKeys(this.queuePrefix).catch((e: Error) => console.warn(`  could not delete the Redis keys of ${this.queuePrefix}: ${e.message}`));
  }
}

/** Deletes every key under `prefix:` (only ever a bench prefix). */
export async function deleteRedisKeys(prefix: string): Promise<void> {
  if (!prefix.startsWith(BENCH_PREFIX)) throw new Error(`Refusing to delete Redis keys of "${prefix}"`);
  const redis = new IORedis(REDIS_URL, { maxRetriesPerRequest: 1, lazyConnect: true });
  await redis.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** BENCH_CPU_PROF=1 starts the apps under `node --cpu-prof`; profiles land in .bench/profiles when they exit. */
function profileFlags(app: 'api' | 'worker'): string[] {
  if (process.env.BENCH_CPU_PROF !== '1') return [];
  const dir = `${ROOT}/.bench/profiles`;
  mkdirSync(dir, { recursive: true });
  return ['--cpu-prof', `--cpu-prof-dir=${dir}`, `--cpu-prof-name=${app}-${Date.now()}.cpuprofile`];
}
