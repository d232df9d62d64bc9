/**
 * Two projects:
 * - unit: pure libraries (scorer, taxonomy, template rendering, mappers), transformed by swc.
 * - e2e: drives the built API and worker as real processes over HTTP, against the real
 *   Postgres and Redis (see test/support). Nest itself is never loaded inside Jest, which
 *   keeps clear of the ESM-only Nest 12 packages (STACK-NOTES pitfall 6). The API client's
 *   openapi-fetch is ESM too, but its `exports` has a `require` condition (dist/index.cjs) that
 *   Jest's resolver picks, so it needs no transform (docs/DECISIONS.md › Tests and benchmarks).
 */
const paths = require('./tsconfig.json').compilerOptions.paths;

const moduleNameMapper = {};
for (const [alias, [target]] of Object.entries(paths)) {
  const from = '^' + alias.replace('/*', '/(.*)') + '$';
  moduleNameMapper[from] = '<rootDir>/' + target.replace('./', '').replace('/*', '/$1');
}

const transform = {
  '^.+\\.ts$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    },
  ],
};

module.exports = {
  // Global option (ignored inside a project): e2e hooks start real processes.
  testTimeout: 60000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      rootDir: __dirname,
      testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'],
      transform,
      moduleNameMapper,
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      rootDir: __dirname,
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      transform,
      moduleNameMapper,
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
