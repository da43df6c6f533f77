import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';
import { standardDecorators } from '../../scripts/vite/standard-decorators.mjs';

const page = (name: string) => fileURLToPath(new URL(name, import.meta.url));

export default defineConfig({
  plugins: [standardDecorators()],
  resolve: { conditions: ['tutorkit-source', ...defaultClientConditions] },
  build: {
    target: 'es2022',
    // Fonts stay files: a data: URL would be refused by the page's font-src 'self'.
    assetsInlineLimit: (file: string) => (file.endsWith('.woff2') ? false : undefined),
    chunkSizeWarningLimit: 900,
    rollupOptions: { input: { tutor: page('index.html'), student: page('student.html') } },
  },
  preview: { host: '127.0.0.1', port: 4175 },
  server: { host: '127.0.0.1' },
});
