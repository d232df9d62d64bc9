import { randomBytes } from 'node:crypto';
import { Client, Pool } from 'pg';
import { ADMIN_DATABASE_URL, TEMPLATE_DB, TEST_DB_PREFIX, urlFor } from './test-env';

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
  const name = `${TEST_DB_PREFIX}${process.pid}_${randomBytes(4).toString('hex')}`;
  assertTestDatabase(name);
  // CREATE DATABASE … TEMPLATE fails while another session is connected to the template; retry briefly.
  for (let attempt = 0; ; attempt++) {
    try {
      await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DB}"`);
      break;
    } catch (error) {
      if (attempt > 20 || !/being accessed by other users/.test((error as Error).message)) throw error;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
  return { name, url: urlFor(name) };
}

export function poolFor(url: string): Pool {
  return new Pool({ connectionString: url, max: 4 });
}
