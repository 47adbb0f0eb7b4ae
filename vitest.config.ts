// Unit, property and golden tests: plain Node, no browser (the browser tests have their own config).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Property tests play whole games; on a loaded 2-core machine they need more than the default 5 s.
    testTimeout: 60_000,
  },
});
