import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

// Any constant will do: it only has to be the same for every process that migrates.
const MIGRATION_LOCK = 4242_0001;

/**
 * Applies pending migrations under a Postgres advisory lock, so an API and a
 * worker starting together never run the same migration twice.
 */
export async function migrate(url: string): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(url, { poolSize: 2, applicationName: 'embauche-migrate' }));
  await dataSource.initialize();
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
    await dataSource.destroy();
  }
}
