import { resolveStorageTarget } from '@plie-hub/storage';
import { ConfigError, readSubgraphConfig } from '../config';
import { createLogger } from '../logger';
import type { SubgraphDefinition } from '../schema/subgraph-definition';
import { startSubgraph } from './start-subgraph';

/**
 * The whole life of a subgraph process: read and check its configuration, start, and stop cleanly on SIGTERM or
 * SIGINT (in-flight requests finish, the database closes). A subgraph's `index.ts` is one call to this.
 */
export async function runSubgraph(definition: SubgraphDefinition, defaultPort: number): Promise<void> {
  let config;
  let target;
  try {
    config = readSubgraphConfig(definition.name, process.env, defaultPort);
    target = resolveStorageTarget(definition.name, process.env);
  } catch (error) {
    console.error(`[${definition.name}] ${(error as Error).message}`);
    process.exit(error instanceof ConfigError ? 78 : 1);
  }
  const log = createLogger(definition.name, config.logLevel);
  try {
    const running = await startSubgraph(definition, { ...config, target, log });
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      log.info({ signal }, 'stopping');
      running.stop().then(
        () => process.exit(0),
        (error: unknown) => {
          log.error({ error: String(error) }, 'unclean stop');
          process.exit(1);
        },
      );
    };
    process.on('SIGTERM', () => stop('SIGTERM'));
    process.on('SIGINT', () => stop('SIGINT'));
  } catch (error) {
    log.fatal({ error: (error as Error).message }, 'start failed');
    process.exit(1);
  }
}
