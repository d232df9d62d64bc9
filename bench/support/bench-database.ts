/**
 * Bench databases: one migrated and seeded template per run, named after the
 * run's pid, and one clone of it per benchmark. Destructive helpers refuse
 * any name that does not start with embauche_bench_, so a bench run can
 * never touch the `embauche` database or the test databases.
 */
import { execFileSync } from 'node:child_process';
import { Client, Pool } from 'pg';
import { ADMIN_DATABASE_URL, BENCH_PREFIX, distFile, urlFor } from './bench-env';
import { isAlive } from '../../test/support/processes';

export function assertBenchDatabase(name: string): void {
  if (!name.startsWith(BENCH_PREFIX) || !/^[a-z0-9_]+$/.test(name)) {
    throw new Error(`Refusing to touch "${name}": bench databases are named ${BENCH_PREFIX}*`);
  }
}

export async function adminQuery<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: ADMIN_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

export async function dropDatabase(name: string): Promise<void> {
  assertBenchDatabase(name);
  await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

/** Creates `name`, then runs the built migrate and seed commands on it, as the test suite's global setup does. */
export async function createMigratedDatabase(name: string): Promise<void> {
  assertBenchDatabase(name);
  await dropDatabase(name);
  await adminQuery(`CREATE DATABASE "${name}"`);
  const env = { ...process.env, DATABASE_URL: urlFor(name), LOG_LEVEL: 'warn' };
  for (const script of ['migrate', 'seed']) {
    execFileSync(process.execPath, [distFile('api', `cli/${script}.js`)], { env, stdio: 'pipe' });
  }
}

/** A copy of the template (CREATE DATABASE … TEMPLATE: a file copy, fast). */
export async function cloneDatabase(template: string, name: string): Promise<string> {
  assertBenchDatabase(name);
  await dropDatabase(name);
  await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  return urlFor(name);
}

export function poolFor(url: string, max = 4): Pool {
  return new Pool({ connectionString: url, max });
}

/** Drops the databases of bench runs whose process is gone (an interrupted run leaves them behind). */
export async function dropAbandonedDatabases(): Promise<void> {
  const rows = await adminQuery<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${BENCH_PREFIX}%`]);
  for (const { datname } of rows) {
    const pid = Number(/^embauche_bench_(\d+)/.exec(datname)?.[1]);
    if (pid && pid !== process.pid && !isAlive(pid)) await dropDatabase(datname).catch(() => undefined);
  }
}

export async function serverVersion(url: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version;
  } finally {
    await client.end();
  }
}
