// The explorer's build: two HTML pages (the explorer, index.html, and the
// review page, review.html), their scripts and stylesheets with content
// hashes, no source maps, nothing fetched at run time but /graphql.
import { defineConfig } from 'vite';

const SHARED = /\/src\/(dom|dates|relations|api)\.js$|\/src\/style\.css$/;

export default defineConfig({
  base: '/',
  // npm run dev: the API of a `telcograph serve` on the default address.
  server: { proxy: { '/graphql': 'http://127.0.0.1:8080' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 800,
    rollupOptions: {
      input: { index: 'index.html', review: 'review.html' },
      // What both pages use is one chunk, named for what it is.
      output: { manualChunks: (id) => (SHARED.test(id) ? 'shared' : undefined) },
    },
  },
});
