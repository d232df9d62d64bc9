import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const fromRoot = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

// Component and UI-logic tests (`*.test.ts(x)`; Jest keeps `*.spec.ts`). happy-dom rather than
// jsdom: jsdom 27+ wants Node 22. VITEST_JSON_REPORT lets .ci/run count the results.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: {
    alias: {
      '@embauche/api-client': fromRoot('libs/api-client/src/index.ts'),
      '@embauche/applications/status-flow': fromRoot('libs/applications/src/status-flow.ts'),
    },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    reporters: process.env.VITEST_JSON_REPORT ? ['default', 'json'] : ['default'],
    outputFile: process.env.VITEST_JSON_REPORT ? { json: process.env.VITEST_JSON_REPORT } : undefined,
  },
});
