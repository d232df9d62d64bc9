/** Where the test suite finds Postgres and Redis; override with TEST_DATABASE_URL / TEST_REDIS_URL. */
export const ADMIN_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const TEST_DB_PREFIX = 'embauche_test_';
/** One template per `jest` run (set by global-setup), so concurrent runs never drop each other's. */
export const templateDb = (pid = process.env.EMBAUCHE_TEST_RUN ?? String(process.pid)) => `${TEST_DB_PREFIX}template_${pid}`;

export function urlFor(database: string): string {
  const u = new URL(ADMIN_DATABASE_URL);
  u.pathname = `/${database}`;
  return u.toString();
}

/** The repository; EMBAUCHE_ROOT when this file runs compiled elsewhere (the benchmarks, from dist/bench). */
export const ROOT = (process.env.EMBAUCHE_ROOT ?? require('node:path').resolve(__dirname, '../..')) as string;
export const distFile = (app: 'api' | 'worker', file: string) => `${ROOT}/dist/apps/${app}/apps/${app}/src/${file}`;
