// The game's data files — the bundled scenarios and the map outlines, emitted as JSON next to the scripts — are
// fetched by top-level awaits before the game starts. The page asks for them at once, alongside the scripts, rather
// than when the script that awaits them runs: the title does not wait for one more round trip.
import type { Plugin } from 'vite';

export function preloadDataFiles(): Plugin {
  let base = '/';
  return {
    name: 'ceasefire:preload-data-files',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const dataFiles = Object.values(context.bundle ?? {}).filter(
          (output) => output.type === 'asset' && output.fileName.endsWith('.json'),
        );
        return dataFiles.map((file) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'fetch', crossorigin: '', href: `${base}${file.fileName}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
