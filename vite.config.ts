import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { precompress } from './web/build/precompress.ts';

/** The web app lives in web/; the API (api/main.ts) serves the build from dist/web. */
export default defineConfig({
  root: 'web',
  plugins: [react(), precompress()],
  resolve: {
    // Every `zod` import in the web goes through the module that turns zod's eval probe off first.
    alias: [{ find: /^zod$/, replacement: fileURLToPath(new URL('./web/zod-without-eval.ts', import.meta.url)) }],
  },
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // Every browser the product supports preloads modules natively.
    modulePreload: { polyfill: false },
  },
  server: {
    proxy: {
      // The API runs on its own port in development (PORT, default 3000); SSE subscriptions
      // stream through the same proxy unbuffered.
      '/trpc': { target: process.env.TAMAYUZ_API_URL ?? 'http://127.0.0.1:3000', changeOrigin: false },
      '/files': { target: process.env.TAMAYUZ_API_URL ?? 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
});
