import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS, SnakeNamingStrategy } from '@embauche/database';

/** The one TypeORM configuration (every entity, every migration), shared by both apps, the CLI scripts and the tests. */
export function dataSourceOptions(url: string, overrides: { poolSize?: number; applicationName?: string } = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // gen_random_uuid() is built into Postgres 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    migrationsRun: false,
    logging: ['error'],
    applicationName: overrides.applicationName ?? 'embauche',
    poolSize: overrides.poolSize ?? 20,
    extra: { connectionTimeoutMillis: 5000 },
  };
}
