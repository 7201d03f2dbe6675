import { createRequire } from 'node:module';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);
const graphqlEntry = require.resolve('graphql');
const graphqlDir = path.dirname(graphqlEntry);

/** What every test run shares (the default suite and the resilience suite). */
export const sharedConfig = {
  resolve: {
    // type-graphql and Apollo load graphql's CommonJS entry; make every import use it, or schema building fails
    // with "Cannot use GraphQLObjectType from another module or realm".
    alias: [
      { find: /^graphql$/, replacement: graphqlEntry },
      { find: /^graphql\/(.+?)(\.m?js)?$/, replacement: `${graphqlDir}/$1.js` },
    ],
  },
};

export default defineConfig({
  ...sharedConfig,
  test: {
    include: ['packages/*/src/**/*.test.ts', 'subgraphs/*/src/**/*.test.ts', 'gateway/src/**/*.test.ts', 'test/**/*.test.ts'],
    // The multi-process failure tests and the browser tests have their own commands (test:resilience, test:browser).
    exclude: ['test/resilience/**', 'test/browser/**', '**/node_modules/**'],
    globalSetup: ['test/support/global-setup.ts'],
    // type-graphql decorators read metadata as soon as a module declaring a type is imported.
    setupFiles: ['reflect-metadata'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
