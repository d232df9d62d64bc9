// Flat config: typescript-eslint's recommended rules, without type information
// (tsc --noEmit is the type check; this stays fast).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', fetch: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
      'no-console': 'off',
      // Domain errors take their code first (a lib's *-errors.ts): a bare string there would become the code.
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name=/^(NotFound|Conflict|InvalidInput|Forbidden|Unauthorized|ServiceUnavailable)Error$/][arguments.0.type=/Literal$/]",
          message: 'Pass the error code (from the lib’s *-errors.ts) as the first argument, not a string',
        },
        {
          selector: "CallExpression[callee.object.name='InvalidInputError'][callee.property.name='field'][arguments.0.type=/Literal$/]",
          message: 'InvalidInputError.field(code, field, message): the code comes first',
        },
      ],
    },
  },
  {
    // Libs are shared by both apps: they never reach into one (the lib graph's cycles: libs/lib-boundaries.spec.ts).
    files: ['libs/**/*.ts'],
    ignores: ['libs/schema/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/apps/**'], message: 'A lib never imports an app.' },
            { group: ['@embauche/schema', '@embauche/schema/*'], message: 'Only the apps compose the schema (every entity): a lib importing it makes a cycle.' },
          ],
        },
      ],
    },
  },
  {
    files: ['libs/matching/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      // The scorer is plain TypeScript: data in, result out (STYLE.md), and the leaf of the lib graph.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@nestjs/*', 'typeorm', 'bullmq', 'ioredis', 'pg'], message: 'The scorer imports no framework and does no I/O.' },
            { group: ['@embauche/*', '**/apps/**'], message: 'matching is the leaf: it imports no other lib and no app.' },
          ],
        },
      ],
    },
  },
  {
    // The web app: hooks rules (including the React Compiler's checks) on its components.
    files: ['apps/web/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
);
