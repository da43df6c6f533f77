import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  // Workspace packages are read from their TypeScript sources; no pre-build step needed.
  resolve: { conditions: ['tutorkit-source', ...defaultClientConditions] },
  // KaTeX (about 260 KB) and the example pack make one chunk; a preview page can afford it.
  build: { target: 'es2022', chunkSizeWarningLimit: 800 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  server: { host: '127.0.0.1' },
});
