// Browser tests: a real Chromium (Debian's, via playwright-core) drives the production build served by
// `vite preview`. One worker: the machine has two cores and Chromium needs one of them.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/globalSetup.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    // Software WebGL (SwiftShader) on a small machine is slow to start; these limits leave room for it.
    testTimeout: 60_000,
    hookTimeout: 90_000,
    teardownTimeout: 20_000,
  },
});
