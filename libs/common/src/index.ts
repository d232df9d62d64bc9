export * from './config/environment';
export * from './errors/domain-errors';
export * from './http/problem';
export * from './http/validation';
export * from './http/problem-details.filter';
export * from './pagination/cursor';
export * from './pagination/pagination.query';
export * from './config/environment.module';
