import { createCallerVerifier, type SigningKey } from '@plie-hub/auth';
import { describeTarget, migrate, openDataSource, type StorageTarget } from '@plie-hub/storage';
import type { DataSource } from 'typeorm';
import type { SubgraphSettings } from '../context';
import type { Logger } from '../logger';
import type { SubgraphDefinition } from '../schema/subgraph-definition';
import { createSubgraphServer, type SubgraphServer } from './subgraph-server';

export interface StartSubgraphOptions {
  target: StorageTarget;
  log: Logger;
  production: boolean;
  gatewayKeys: SigningKey[];
  settings: SubgraphSettings;
  port: number;
  host: string;
  /** Load the demo data set when the database is empty. */
  demoData?: boolean;
  /** Migrated empty database image for embedded storage (faster than a cold start). */
  template?: Blob;
  /** See `SubgraphServerOptions.compiledExecution`. @default true */
  compiledExecution?: boolean;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  port: number;
  server: SubgraphServer;
  dataSource: DataSource;
  stop(): Promise<void>;
}

/** Opens the subgraph's storage, applies its migrations, optionally seeds demo data, and serves it. */
export async function startSubgraph(definition: SubgraphDefinition, options: StartSubgraphOptions): Promise<RunningSubgraph> {
  const { log } = options;
  const started = Date.now();
  const dataSource = await openDataSource({
    target: options.target,
    entities: definition.entities,
    migrations: definition.migrations,
    log,
    template: options.template,
  });
  try {
    const applied = await migrate(dataSource, options.target.schema);
    if (applied.length > 0) log.info({ migrations: applied }, 'migrations applied');
    if (options.demoData && definition.seedDemo) await definition.seedDemo(dataSource, { log, settings: options.settings });
    const server = await createSubgraphServer({
      definition,
      dataSource,
      verifyCaller: createCallerVerifier({ keys: options.gatewayKeys }),
      log,
      production: options.production,
      settings: options.settings,
      compiledExecution: options.compiledExecution,
    });
    const { url, port } = await server.listen(options.port, options.host);
    log.info({ url, storage: describeTarget(options.target), ms: Date.now() - started }, 'subgraph ready');
    return {
      name: definition.name,
      url,
      port,
      server,
      dataSource,
      async stop() {
        await server.close();
        await dataSource.destroy();
      },
    };
  } catch (error) {
    await dataSource.destroy().catch(() => {});
    throw error;
  }
}
