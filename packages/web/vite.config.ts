import { defineConfig } from 'vite';
import { graphqlDocuments } from './graphql-documents.ts';

/**
 * The console is served by the gateway under `/console/` (same origin as `/graphql` and `/exports`, so no CORS and
 * no second address to configure). React's automatic JSX runtime; no framework plugin needed for a production build.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/console/',
  plugins: [graphqlDocuments()],
  oxc: { jsx: { runtime: 'automatic' } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1000 },
  logLevel: 'warn',
});
