import { randomBytes } from 'node:crypto';
import { Client, Pool } from 'pg';
import { ADMIN_DATABASE_URL, templateDb, TEST_DB_PREFIX, urlFor } from './test-env';
import { isAlive } from './processes';

/** Destructive helpers refuse any database whose name does not mark it as a test database. */
export function assertTestDatabase(name: string): void {
  if (!name.startsWith(TEST_DB_PREFIX) || !/^[a-z0-9_]+$/.test(name)) {
    throw new Error(`Refusing to touch "${name}": test databases are named ${TEST_DB_PREFIX}*`);
  }
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: ADMIN_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(name: string): Promise<void> {
  assertTestDatabase(name);
  await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

/** A private database for one test file, cloned from the migrated and seeded template (fast: a file copy). */
export async function cloneTemplateDatabase(): Promise<{ name: string; url: string }> {
  const name = `${TEST_DB_PREFIX}${process.env.EMBAUCHE_TEST_RUN}_${process.pid}_${randomBytes(4).toString('hex')}`;
  assertTestDatabase(name);
  // CREATE DATABASE … TEMPLATE fails while another session is connected to the template; retry briefly.
  for (let attempt = 0; ; attempt++) {
    try {
      await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${templateDb()}"`);
      break;
    } catch (error) {
      if (attempt > 20 || !/being accessed by other users/.test((error as Error).message)) throw error;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
  return { name, url: urlFor(name) };
}

export function poolFor(url: string): Pool {
  const pool = new Pool({ connectionString: url, max: 4 });
  // pg emits an *idle* client's connection loss on the pool; without a listener that is an
  // unhandled 'error' that fails whichever test runs then. It happens when a file's database is
  // dropped (WITH FORCE) at teardown while a client sits idle, seen under heavy load. Queries
  // still fail loudly on their own: only idle clients' errors land here.
  pool.on('error', () => undefined);
  return pool;
}

/** Drops the databases of test runs whose process is gone (a killed run leaves its databases behind). */
export async function dropAbandonedDatabases(): Promise<void> {
  const client = new Client({ connectionString: ADMIN_DATABASE_URL });
  await client.connect();
  const { rows } = await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${TEST_DB_PREFIX}%`]);
  await client.end();
  for (const { datname } of rows) {
    const run = Number(/^embauche_test_(?:template_)?(\d+)/.exec(datname)?.[1]);
    if (run && !isAlive(run)) await dropDatabase(datname).catch(() => undefined);
  }
}
