import { defineConfig } from 'vitest/config';
import { sharedConfig } from './vitest.config.ts';

/**
 * The console in a real browser (`npm run test:browser`): Debian's Chromium driven by playwright-core against one
 * hub started for the run, the console built first. Files run one after the other: one browser, one hub.
 */
export default defineConfig({
  ...sharedConfig,
  test: {
    include: ['test/browser/**/*.test.ts'],
    globalSetup: ['test/browser/support/global-setup.ts'],
    setupFiles: ['reflect-metadata'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    pool: 'forks',
    // A screen waits on the hub's answer: vitest's default of 1 s for expect.poll was once too short on a busy CI
    // machine (a search whose answer came later read as a failed search).
    expect: { poll: { timeout: 5_000 } },
  },
});
