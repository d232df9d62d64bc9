/**
 * Where the benchmarks find Postgres and Redis (BENCH_DATABASE_URL, an admin
 * URL whose database is only used to create and drop bench databases, and
 * BENCH_REDIS_URL), and where the built apps are.
 */
import { resolve } from 'node:path';

export const ADMIN_DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Every database and queue prefix a bench run creates starts with this; nothing else is ever dropped. */
export const BENCH_PREFIX = 'embauche_bench_';

/** The repository root, found from process.cwd() or this file (compiled into dist/bench/bench/support). */
export const ROOT = process.env.EMBAUCHE_ROOT ?? resolve(__dirname, '../../../..');

export const distFile = (app: 'api' | 'worker', file: string) => `${ROOT}/dist/apps/${app}/apps/${app}/src/${file}`;

export function urlFor(database: string): string {
  const u = new URL(ADMIN_DATABASE_URL);
  u.pathname = `/${database}`;
  return u.toString();
}

/** `--quick`: a smoke run at a fraction of the scale, to check the benchmarks work; its figures are not comparable to the targets. */
export interface Scale {
  quick: boolean;
  scorerProfiles: number;
  scorerRounds: number;
  workerJobs: number;
  sourcingSizes: number[];
  sourcingRounds: number;
  latencyApplies: number;
  matchesApplications: number;
  matchesDeepPage: number;
  autocannonSeconds: number;
}

export function scaleFor(quick: boolean): Scale {
  const million = process.env.BENCH_SOURCING_1M === '1';
  return quick
    ? { quick, scorerProfiles: 20000, scorerRounds: 3, workerJobs: 2000, sourcingSizes: [5000, 10000], sourcingRounds: 1, latencyApplies: 10, matchesApplications: 2000, matchesDeepPage: 50, autocannonSeconds: 3 }
    : { quick, scorerProfiles: 200000, scorerRounds: 7, workerJobs: 10000, sourcingSizes: million ? [100000, 1000000] : [100000], sourcingRounds: 3, latencyApplies: 50, matchesApplications: 10000, matchesDeepPage: 200, autocannonSeconds: 10 };
}
