// The two builds the browser benchmark opens, each served by `vite preview` on a free local port: the game's dist/
// and an empty Phaser game (bench/empty-phaser), built here by Vite with the game's own chunking so that both are
// served the same way — the fair baseline for "how long until the title is interactive".
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview } from 'vite';
import type { PreviewServer } from 'vite';

export interface ServedBuild {
  url: string;
  close: () => Promise<void>;
}

const projectRoot = resolve(import.meta.dirname, '../../..');

export async function serveFolder(outDir: string): Promise<ServedBuild> {
  const server: PreviewServer = await preview({
    configFile: false,
    root: projectRoot,
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) {
    await server.close();
    throw new Error(`vite preview gave no address for ${outDir}`);
  }
  return { url, close: () => server.close() };
}

/** Builds the empty Phaser game into a temporary folder and serves it; `close` removes the folder too. */
export async function serveEmptyPhaserGame(): Promise<ServedBuild> {
  const outDir = mkdtempSync(join(tmpdir(), 'ceasefire-empty-phaser-'));
  await build({
    configFile: false,
    root: resolve(projectRoot, 'bench/empty-phaser'),
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 1600,
      rolldownOptions: {
        output: { codeSplitting: { groups: [{ name: 'phaser', test: /[\\/]node_modules[\\/]phaser[\\/]/ }] } },
      },
    },
  });
  const served = await serveFolder(outDir);
  return {
    url: served.url,
    close: async () => {
      await served.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
