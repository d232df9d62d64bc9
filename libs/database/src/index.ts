export * from './database-url';
export * from './ensure-database';
export * from './query-rows';
export * from './change-feed';
export * from './transaction';
export * from './database-errors';

export * from './unique-violation';
export * from './migrations';
export * from './snake-naming.strategy';
