export * from './candidate-for-scoring';
export * from './compiled-postings.cache';
export * from './match-requests.service';
export * from './reconciler.service';
export * from './scoring-requests.module';
export * from './scoring-worker.module';
export * from './scoring.service';
