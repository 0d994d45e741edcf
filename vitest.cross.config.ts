import { defineConfig } from 'vitest/config';

/// The core workflow in Firefox and WebKit (`tests/cross`), driven through
/// their own automation protocols against the production build. Part of
/// `npm test`; alone: `npx vitest run --config vitest.cross.config.ts`.
export default defineConfig({
  test: {
    include: ['tests/cross/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/cross/globalSetup.ts'],
    // One browser at a time: 2 cores. Limits for conditions that never come.
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 120_000,
  },
});
