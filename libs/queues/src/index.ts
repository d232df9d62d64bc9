export * from './queue-names';
export * from './redis-connection';
export * from './redis.module';
export * from './scoring.producer';
export * from './queues.module';
export * from './notification-queues';
