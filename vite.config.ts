// Vite 8 bundles with rolldown: chunking is configured under build.rolldownOptions, not rollupOptions.
import { defineConfig } from 'vite';
import { preloadDataFiles } from './build/preloadDataFiles.ts';
import { readBundledScenarios } from './build/readBundledScenarios.ts';

export default defineConfig({
  // The bundled scenarios reach the browser already read and validated (src/store/bundledScenarioFiles.ts); they
  // and the map outlines are JSON data files the page preloads.
  plugins: [readBundledScenarios(), preloadDataFiles()],
  build: {
    target: 'es2022',
    // Phaser alone is about 1.3 MB minified. It sits in its own chunk so a change to the game
    // does not make players download the engine again; the warning would only repeat that.
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'phaser', test: /[\\/]node_modules[\\/]phaser[\\/]/ },
            { name: 'vendor', test: /[\\/]node_modules[\\/]/ },
          ],
        },
      },
    },
  },
});
