import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const toBool = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : value === 'true' ? true : value === 'false' ? false : value);

export const DEV_JWT_SECRET = 'embauche-development-secret-do-not-use-in-production';

/** What both the API and the worker read: where the data and the queues are, and the rules both sides of a queue must agree on. */
export class SharedEnvironment {
  @IsIn(['development', 'test', 'production'], { message: 'NODE_ENV must be development, test or production' })
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Matches(/^postgres(ql)?:\/\/.+/, {
    message: 'DATABASE_URL must be a postgres:// URL, e.g. postgres://postgres@127.0.0.1:5432/embauche',
  })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/embauche';

  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// URL, e.g. redis://127.0.0.1:6379' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    message: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
  })
  LOG_LEVEL = 'info';

  /** Prefix of every BullMQ key in Redis, so several deployments (or test runs) can share one Redis. */
  @Matches(/^[a-zA-Z0-9_-]+$/, { message: 'QUEUE_PREFIX must be letters, digits, - or _' })
  QUEUE_PREFIX = 'embauche';

  @Transform(toInt)
  @IsInt({ message: 'ENQUEUE_TIMEOUT_MS must be a whole number of milliseconds' })
  @Min(50)
  ENQUEUE_TIMEOUT_MS = 1000;

  /** Attempts per scoring job before its match is recorded as failed. */
  @Transform(toInt)
  @IsInt({ message: 'SCORING_ATTEMPTS must be a whole number' })
  @Min(1)
  @Max(50)
  SCORING_ATTEMPTS = 5;

  /** First retry delay; BullMQ doubles it on each attempt (exponential backoff). */
  @Transform(toInt)
  @IsInt({ message: 'SCORING_BACKOFF_MS must be a whole number of milliseconds' })
  @Min(10)
  SCORING_BACKOFF_MS = 500;

  /** Lets webhooks reach loopback, private and link-local addresses: development and tests only. */
  @Transform(toBool)
  @IsBoolean({ message: 'WEBHOOK_ALLOW_PRIVATE_NETWORKS must be true or false' })
  WEBHOOK_ALLOW_PRIVATE_NETWORKS = false;

  /** An endpoint whose every attempt failed for this long is disabled and its organization's admins are emailed. */
  @Transform(toInt)
  @IsInt({ message: 'WEBHOOK_DISABLE_AFTER_MS must be a whole number of milliseconds (default 5 days)' })
  @Min(0)
  WEBHOOK_DISABLE_AFTER_MS = 5 * 24 * 3600 * 1000;
}

/** What only the API reads: HTTP, sessions, rate limits, the read cache. */
export class ApiEnvironment {
  @Transform(toInt)
  @IsInt({ message: 'PORT must be a whole number, e.g. PORT=3000' })
  @Min(1)
  @Max(65535)
  PORT = 3000;

  /** Interface to listen on; 0.0.0.0 so containers are reachable. */
  @IsString()
  HOST = '0.0.0.0';

  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters (generate one with: openssl rand -hex 32)' })
  JWT_SECRET = DEV_JWT_SECRET;

  @Transform(toInt)
  @IsInt({ message: 'JWT_TTL_SECONDS must be a whole number of seconds, e.g. 3600' })
  @Min(60)
  @Max(7 * 24 * 3600)
  JWT_TTL_SECONDS = 3600;

  /** Lifetime of the access token a browser session gets (kept in memory by the web app). */
  @Transform(toInt)
  @IsInt({ message: 'SESSION_ACCESS_TTL_SECONDS must be a whole number of seconds, e.g. 900' })
  @Min(1)
  @Max(3600)
  SESSION_ACCESS_TTL_SECONDS = 900;

  /** Idle lifetime of a browser session's refresh token; each refresh starts it again. */
  @Transform(toInt)
  @IsInt({ message: 'SESSION_REFRESH_TTL_SECONDS must be a whole number of seconds, e.g. 1209600 (14 days)' })
  @Min(1)
  @Max(365 * 24 * 3600)
  SESSION_REFRESH_TTL_SECONDS = 14 * 24 * 3600;

  /** Comma-separated origins allowed by CORS; empty means same-origin only, `*` means any. */
  @IsOptional()
  @IsString()
  CORS_ORIGINS = '';

  /**
   * Which proxies may say who the client is (X-Forwarded-For / -Host / -Proto): empty trusts none,
   * so a client cannot pick its own address for the rate limits; a number trusts that many hops
   * in front of the API; otherwise comma-separated addresses or CIDR ranges of the proxies.
   */
  @IsOptional()
  @Matches(/^(|\d{1,2}|[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*)$/, {
    message: 'TRUST_PROXY must be empty, a number of hops (e.g. 1), or proxy addresses/CIDRs (e.g. 10.0.0.0/8,127.0.0.1)',
  })
  TRUST_PROXY = '';

  @Transform(toInt)
  @IsInt({ message: 'BODY_LIMIT_BYTES must be a whole number of bytes, e.g. 1048576' })
  @Min(1024)
  BODY_LIMIT_BYTES = 1024 * 1024;

  @Transform(toInt)
  @IsInt({ message: 'RATE_LIMIT_PER_MINUTE must be a whole number' })
  @Min(1)
  RATE_LIMIT_PER_MINUTE = 1200;

  @Transform(toInt)
  @IsInt({ message: 'AUTH_RATE_LIMIT_PER_MINUTE must be a whole number' })
  @Min(1)
  AUTH_RATE_LIMIT_PER_MINUTE = 60;

  /**
   * Longest wait for Redis on a rate-limit check; past it the request goes on
   * (general limit) or is counted in the process's memory (/auth/* limit).
   */
  @Transform(toInt)
  @IsInt({ message: 'RATE_LIMIT_REDIS_TIMEOUT_MS must be a whole number of milliseconds, e.g. 200' })
  @Min(10)
  @Max(10_000)
  RATE_LIMIT_REDIS_TIMEOUT_MS = 200;

  /**
   * Memory for the API's read cache (ranked pages, actors, posting access),
   * kept exact by Postgres notifications; 0 turns it off.
   */
  @Transform(toInt)
  @IsInt({ message: 'READ_CACHE_MB must be a whole number of megabytes (0 turns the read cache off)' })
  @Min(0)
  READ_CACHE_MB = 64;
}

/** What only the worker reads: concurrency, reconciliation, sourcing, deliveries of webhooks and emails. */
export class WorkerEnvironment {
  @Transform(toInt)
  @IsInt({ message: 'WORKER_HEALTH_PORT must be a whole number, e.g. 3001' })
  @Min(0)
  @Max(65535)
  WORKER_HEALTH_PORT = 3001;

  @Transform(toInt)
  @IsInt({ message: 'WORKER_CONCURRENCY must be a whole number' })
  @Min(1)
  @Max(1000)
  WORKER_CONCURRENCY = 200;

  @Transform(toInt)
  @IsInt({ message: 'RECONCILE_INTERVAL_MS must be a whole number of milliseconds' })
  @Min(100)
  RECONCILE_INTERVAL_MS = 30000;

  /** A pending match older than this is considered lost in Redis and enqueued again. */
  @Transform(toInt)
  @IsInt({ message: 'RECONCILE_AFTER_MS must be a whole number of milliseconds' })
  @Min(0)
  RECONCILE_AFTER_MS = 60000;

  @Transform(toInt)
  @IsInt({ message: 'SOURCING_TOP_N must be a whole number' })
  @Min(1)
  @Max(100000)
  SOURCING_TOP_N = 500;

  @Transform(toInt)
  @IsInt({ message: 'WEBHOOK_TIMEOUT_MS must be a whole number of milliseconds, e.g. 15000' })
  @Min(100)
  @Max(60_000)
  WEBHOOK_TIMEOUT_MS = 15_000;

  /** Delay before each attempt, the first included (Standard Webhooks: now, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h). */
  @Matches(/^\d+(,\d+)*$/, { message: 'WEBHOOK_RETRY_SCHEDULE_MS must be comma-separated milliseconds, e.g. 0,5000,300000' })
  WEBHOOK_RETRY_SCHEDULE_MS = '0,5000,300000,1800000,7200000,18000000,36000000,36000000';

  /** SMTP server of the emails, e.g. smtp://user:pass@smtp.example.com:587; empty logs each email in one line instead. */
  @IsOptional()
  @Matches(/^(|smtps?:\/\/.+)$/, { message: 'SMTP_URL must be empty or an smtp:// or smtps:// URL' })
  SMTP_URL = '';

  @IsString()
  @MinLength(3, { message: 'MAIL_FROM must be an address, e.g. "Embauche <no-reply@example.com>"' })
  MAIL_FROM = 'Embauche <no-reply@embauche.localhost>';

  /** Delay before each email attempt, the first included. */
  @Matches(/^\d+(,\d+)*$/, { message: 'EMAIL_RETRY_SCHEDULE_MS must be comma-separated milliseconds, e.g. 0,10000,60000' })
  EMAIL_RETRY_SCHEDULE_MS = '0,10000,60000,300000,1800000,7200000,21600000';

  /** How often the worker looks in Postgres for undispatched events and due deliveries. */
  @Transform(toInt)
  @IsInt({ message: 'NOTIFICATIONS_POLL_MS must be a whole number of milliseconds, e.g. 250' })
  @Min(10)
  @Max(60_000)
  NOTIFICATIONS_POLL_MS = 250;

  /** Dispatches and deliveries in flight per worker. */
  @Transform(toInt)
  @IsInt({ message: 'NOTIFICATIONS_CONCURRENCY must be a whole number' })
  @Min(1)
  @Max(1000)
  NOTIFICATIONS_CONCURRENCY = 100;

  /**
   * How long a hand-over to the queue holds an event or delivery: a job lost
   * with Redis, or with a killed worker, is handed over again after this.
   */
  @Transform(toInt)
  @IsInt({ message: 'NOTIFICATIONS_LEASE_MS must be a whole number of milliseconds, e.g. 30000' })
  @Min(100)
  NOTIFICATIONS_LEASE_MS = 30_000;
}

/**
 * Every environment variable the apps read, with the defaults that work on a developer's machine:
 * one injectable object whose variables are declared in the three classes above, by who reads them.
 * Each app validates its own variables once at boot (`loadEnvironment(env, app)`): a wrong value
 * stops the process with a message naming the variable and how to fix it, and a variable only the
 * other app reads never stops it.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- the DI token and its type
export interface Environment extends SharedEnvironment, ApiEnvironment, WorkerEnvironment {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- the DI token and its type
export abstract class Environment {}

/** Which app is loading: the API (and its CLI: migrate, seed), the worker, or everything (tests). */
export type EnvironmentOwner = 'api' | 'worker' | 'all';

const PARTS = { shared: SharedEnvironment, api: ApiEnvironment, worker: WorkerEnvironment } as const;
const VALIDATED: Record<EnvironmentOwner, Array<keyof typeof PARTS>> = { api: ['shared', 'api'], worker: ['shared', 'worker'], all: ['shared', 'api', 'worker'] };

export class EnvironmentError extends Error {}

/** Validates the variables `owner` reads in `env` and returns the typed configuration, or throws one message per bad variable. */
export function loadEnvironment(env: NodeJS.ProcessEnv = process.env, owner: EnvironmentOwner = 'all'): Environment {
  const defined = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const config = Object.create(Environment.prototype) as Environment;
  const problems: string[] = [];
  for (const [part, type] of Object.entries(PARTS) as Array<[keyof typeof PARTS, new () => object]>) {
    const values: object = plainToInstance(type, defined, { exposeDefaultValues: true });
    if (VALIDATED[owner].includes(part)) {
      problems.push(...validateSync(values, { skipMissingProperties: false }).flatMap((e) => Object.values(e.constraints ?? {}).map((m) => `${e.property}: ${m}`)));
    }
    // Only the class's own variables: the rest of the process environment stays out of the configuration.
    for (const key of Object.keys(new type())) Object.assign(config, { [key]: (values as Record<string, unknown>)[key] });
  }
  if (VALIDATED[owner].includes('api') && config.NODE_ENV === 'production' && config.JWT_SECRET === DEV_JWT_SECRET) {
    problems.push('JWT_SECRET: the development default is refused when NODE_ENV=production; set a secret of 32+ characters');
  }
  if (problems.length > 0) {
    throw new EnvironmentError(`Invalid environment:\n  - ${problems.join('\n  - ')}`);
  }
  return config;
}

/** For the apps' main.ts: the validated environment, or its problems on stderr and exit code 1. */
export function loadEnvironmentOrExit(owner: EnvironmentOwner, env: NodeJS.ProcessEnv = process.env): Environment {
  try {
    return loadEnvironment(env, owner);
  } catch (error) {
    if (!(error instanceof EnvironmentError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
