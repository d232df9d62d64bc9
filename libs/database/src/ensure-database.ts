import { Client } from 'pg';
import { databaseName, redactUrl, withDatabase } from './database-url';

export class ServiceUnreachableError extends Error {}

/** Creates the database named by `url` when it does not exist yet (idempotent, safe under races). */
export async function ensureDatabase(url: string): Promise<boolean> {
  const name = databaseName(url);
  const client = new Client({ connectionString: withDatabase(url, 'postgres'), connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    throw new ServiceUnreachableError(
      `PostgreSQL is not reachable at ${redactUrl(url)} (${(error as Error).message}); ` +
        'start it (pg_ctlcluster <version> main start, or: docker compose up -d postgres redis) or set DATABASE_URL',
    );
  }
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return false;
    try {
      await client.query(`CREATE DATABASE "${name}"`);
    } catch (error) {
      if ((error as { code?: string }).code !== '42P04') throw error; // created meanwhile by another process
    }
    return true;
  } finally {
    await client.end();
  }
}
