// The explorer's build: one HTML page, one script and one stylesheet with
// content hashes, no source maps, nothing fetched at run time but /graphql.
import { defineConfig } from 'vite';

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
  },
});
