// Builds two pages: the game (index.html, with Phaser in its own long-cached chunk) and the
// teacher dashboard (teacher.html), which never loads Phaser.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      input: {
        game: resolve(import.meta.dirname, 'index.html'),
        teacher: resolve(import.meta.dirname, 'teacher.html'),
      },
      output: {
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }],
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:8080' } },
});
