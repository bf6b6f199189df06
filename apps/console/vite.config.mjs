// Vite for the console: `npx vite --config apps/console/vite.config.mjs` serves it at
// http://127.0.0.1:5173/console/ against a running API (API_URL, default http://127.0.0.1:3000).
/* global process, URL */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const api = process.env.API_URL || 'http://127.0.0.1:3000';
// The API's top-level paths (it has no global prefix); the dev server proxies them.
const API_PATHS = [
  'auth',
  'tasks',
  'cases',
  'penalties',
  'transfers',
  'accidents',
  'rectification-items',
  'audit',
  'sandbox',
  'calendar',
  'rules',
  'health',
  'dashboard',
];

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/console/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // antd marks its modules "use client" (for React Server Components); meaningless in this bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    host: '127.0.0.1',
    proxy: Object.fromEntries(API_PATHS.map((p) => [`/${p}`, { target: api, changeOrigin: false }])),
  },
  logLevel: 'warn',
});
