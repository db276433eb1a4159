import { defineConfig } from 'vitest/config';

// The server's tests: node environment, both database engines (see test/globalSetup.ts).
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    environment: 'node',
    include: ['server/**/*.test.ts'],
    globalSetup: ['server/test/globalSetup.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Most of the time goes to PGlite (WASM, one core per file): use both cores of a small machine.
    maxWorkers: 2,
  },
});
