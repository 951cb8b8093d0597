// Builds two pages: the game (index.html, with Phaser in its own long-cached chunk) and the
// teacher dashboard (teacher.html), which never loads Phaser. The game is also a progressive web
// app: a manifest to install it and a service worker that precaches the game (not the dashboard
// or the leaderboard, never /api) so it starts and plays offline after one visit. Every text file
// also gets .br and .gz copies, which the server sends to browsers that accept them.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { precompressPlugin } from './scripts/precompressPlugin';

const THEME = '#1d1140';

export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      input: {
        game: resolve(import.meta.dirname, 'index.html'),
        teacher: resolve(import.meta.dirname, 'teacher.html'),
        leaderboard: resolve(import.meta.dirname, 'leaderboard.html'),
      },
      output: {
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }],
        },
      },
    },
  },
  plugins: [
    VitePWA({
      // The game asks before it swaps versions (src/game/pwa/registerServiceWorker.ts).
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Festivalmakers',
        short_name: 'Festivalmakers',
        description: 'Organiseer een muziekfestival: elke taak is een STEM-opdracht.',
        lang: 'nl',
        start_url: './',
        scope: './',
        id: './',
        display: 'fullscreen',
        orientation: 'landscape',
        background_color: THEME,
        theme_color: THEME,
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,wav,png,svg}'],
        // The dashboard and the leaderboard need the network anyway: keep them out of the cache.
        globIgnores: ['**/teacher*', '**/leaderboard*', '**/dashboard*'],
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/api\//, /teacher\.html/, /leaderboard\.html/],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        // No runtime caching: /api is always the network's.
        runtimeCaching: [],
      },
    }),
    precompressPlugin(),
  ],
  server: { proxy: { '/api': 'http://localhost:8080' } },
});
