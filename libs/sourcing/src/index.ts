export * from './sourcing-reconcile.pass';
export * from './sourcing-requests.module';
export * from './sourcing-run.entity';
export * from './sourcing-runs.service';
export * from './sourcing-worker.module';
export * from './sourcing.service';
export * from './suggestion.entity';
export * from './sourcing.repository';
