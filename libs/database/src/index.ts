export * from './data-source-options';
export * from './database.module';
export * from './database-url';
export * from './ensure-database';
export * from './migrate';
export * from './entities';
export * from './query-rows';
export * from './change-feed';
export * from './transaction';
export * from './database-errors';

export * from './unique-violation';
