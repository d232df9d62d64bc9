export * from './pipeline.repository';
export * from './ranked-matches.repository';
export * from './ranked-matches.sql';
export * from './ranking';
export * from './review.module';
export * from './review.service';
export * from './application-identity.service';
export * from './blind-review';
