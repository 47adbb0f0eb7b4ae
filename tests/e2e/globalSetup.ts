// Serves the already-built dist/ with `vite preview` for the browser tests, and stops that exact process after.
// Vite is started with node directly (not npx), so the PID we hold is the server's own and killing it is enough.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

const HOST = '127.0.0.1';
const STARTUP_LIMIT_MS = 30_000;

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function startPreviewServer(project: TestProject) {
  const root = resolve(import.meta.dirname, '../..');
  if (!existsSync(resolve(root, 'dist/index.html'))) {
    throw new Error('dist/index.html is missing: run `npm run build` before `npm run test:e2e`.');
  }
  const viteBin = resolve(root, 'node_modules/vite/bin/vite.js');
  // A free port of its own, so two test runs on one machine (or a developer's `npm start`) never share a server.
  const port = await freePort();
  const server = spawn(process.execPath, [viteBin, 'preview', '--port', String(port), '--strictPort', '--host', HOST], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) => server.once('exit', (code) => done(code)));

  const baseUrl = `http://${HOST}:${port}/`;
  try {
    await waitUntilServing(baseUrl, exited, () => output);
  } catch (error) {
    stop(server.pid);
    throw error;
  }
  project.provide('baseUrl', baseUrl);

  return async function stopPreviewServer() {
    stop(server.pid);
    const timeout = new Promise<'timeout'>((done) => setTimeout(() => done('timeout'), 5_000));
    if ((await Promise.race([exited, timeout])) === 'timeout') stop(server.pid, 'SIGKILL');
  };
}

async function waitUntilServing(url: string, exited: Promise<number | null>, output: () => string) {
  const deadline = Date.now() + STARTUP_LIMIT_MS;
  let serverGone = false;
  void exited.then(() => (serverGone = true));
  while (Date.now() < deadline) {
    if (serverGone) throw new Error(`vite preview exited before serving ${url}:\n${output()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`vite preview did not answer on ${url} within ${STARTUP_LIMIT_MS / 1000} s:\n${output()}`);
}

function stop(pid: number | undefined, signal: NodeJS.Signals = 'SIGTERM') {
  if (pid === undefined) return;
  try {
    process.kill(pid, signal);
  } catch {
    // Already gone.
  }
}

/** A port the system has just handed out as free (the tiny window before vite takes it is harmless here). */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}
