import { defaultClientConditions, defineConfig } from 'vite';
import { standardDecorators } from '../../scripts/vite/standard-decorators.mjs';

export default defineConfig({
  plugins: [standardDecorators()],
  resolve: { conditions: ['tutorkit-source', ...defaultClientConditions] },
  build: {
    target: 'es2022',
    // Fonts stay files: a data: URL would be refused by the page's font-src 'self'.
    assetsInlineLimit: (file: string) => (file.endsWith('.woff2') ? false : undefined),
    // MathLive (about 800 KB) is its own chunk, loaded only for expression answers.
    chunkSizeWarningLimit: 900,
    // Every browser the seat supports knows <link rel="modulepreload">: no polyfill to ship.
    modulePreload: { polyfill: false },
  },
  preview: { host: '127.0.0.1', port: 4174 },
  server: { host: '127.0.0.1' },
});
