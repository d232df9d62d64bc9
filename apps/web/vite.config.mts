import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';

const fromRoot = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const api = process.env.EMBAUCHE_API_URL ?? 'http://localhost:3000';

// The API serves the build (dist/web) on the same origin; in development Vite proxies to it.
export default defineConfig(({ command }) => {
  // A build is always the production bundle, even when started from Jest (NODE_ENV=test) or a dev shell.
  if (command === 'build') process.env.NODE_ENV = 'production';
  return config;
});

const config = {
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), tailwindcss()],
  resolve: {
    alias: {
      '@embauche/api-client': fromRoot('libs/api-client/src/index.ts'),
      '@embauche/templates/markdown-to-html': fromRoot('libs/templates/src/markdown-to-html.ts'),
      '@embauche/applications/status-flow': fromRoot('libs/applications/src/status-flow.ts'),
    },
  },
  build: {
    outDir: fromRoot('dist/web'),
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: true,
  },
  server: {
    port: 5173,
    proxy: { '/api': api, '/health': api, '/docs': api },
  },
} satisfies UserConfig;
