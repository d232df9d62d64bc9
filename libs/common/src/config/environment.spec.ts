import { DEV_JWT_SECRET, EnvironmentError, loadEnvironment } from './environment';

const problemsOf = (env: NodeJS.ProcessEnv, owner: 'api' | 'worker' | 'all') => {
  try {
    loadEnvironment(env, owner);
    return [];
  } catch (error) {
    if (!(error instanceof EnvironmentError)) throw error;
    return [...new Set(error.message.split('\n').slice(1).map((line) => line.replace(/^\s*- /, '').split(':')[0]))];
  }
};

describe('the environment, split by the app that reads it', () => {
  it('parses every variable for whichever app loads it, and nothing else of the process environment', () => {
    const env = loadEnvironment({ PORT: '8080', WORKER_CONCURRENCY: '7', QUEUE_PREFIX: 'x', HOME: '/root' }, 'worker');
    expect(env).toMatchObject({ PORT: 8080, WORKER_CONCURRENCY: 7, QUEUE_PREFIX: 'x', NODE_ENV: 'development', JWT_SECRET: DEV_JWT_SECRET });
    expect(env).not.toHaveProperty('HOME');
  });

  it('validates the shared variables and the app’s own, never the other app’s', () => {
    const env = { PORT: 'eighty', WORKER_CONCURRENCY: 'many', DATABASE_URL: 'mysql://x' };
    expect(problemsOf(env, 'api').sort()).toEqual(['DATABASE_URL', 'PORT']);
    expect(problemsOf(env, 'worker').sort()).toEqual(['DATABASE_URL', 'WORKER_CONCURRENCY']);
    expect(problemsOf(env, 'all').sort()).toEqual(['DATABASE_URL', 'PORT', 'WORKER_CONCURRENCY']);
  });

  it('refuses the development JWT secret in production where it signs tokens (the API), not in the worker', () => {
    expect(problemsOf({ NODE_ENV: 'production' }, 'api')).toEqual(['JWT_SECRET']);
    expect(problemsOf({ NODE_ENV: 'production' }, 'worker')).toEqual([]);
    expect(problemsOf({ NODE_ENV: 'production', JWT_SECRET: 'a'.repeat(40) }, 'api')).toEqual([]);
  });
});
