// The classroom pages the hub serves: built from the elements into ../app-dist (multi-page).
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';
import { standardDecorators } from '../../../scripts/vite/standard-decorators.mjs';

const page = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [standardDecorators()],
  resolve: { conditions: ['tutorkit-source', ...defaultClientConditions] },
  build: {
    outDir: '../app-dist',
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: (file: string) => (file.endsWith('.woff2') ? false : undefined),
    chunkSizeWarningLimit: 900,
    rollupOptions: {
      input: {
        index: page('./index.html'),
        join: page('./join/index.html'),
        tutor: page('./tutor/index.html'),
        admin: page('./admin/index.html'),
      },
    },
  },
});
