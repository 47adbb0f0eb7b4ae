// Unit, property and golden tests: plain Node, no browser (the browser tests have their own config).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
