import { defineConfig } from 'vitest/config';
import { sharedConfig } from './vitest.config.ts';

/**
 * `npm run test:resilience`: the hub as separate processes on a PostgreSQL server, killed, hung, stopped and
 * restarted on purpose. One file at a time: each starts its own topology and the machine has two cores.
 */
export default defineConfig({
  ...sharedConfig,
  test: {
    include: ['test/resilience/**/*.test.ts'],
    setupFiles: ['reflect-metadata'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 240_000,
    pool: 'forks',
  },
});
