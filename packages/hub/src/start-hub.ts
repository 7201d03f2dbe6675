import path from 'node:path';
import { createGateway, readGatewayConfig, type Gateway } from '@plie-hub/gateway';
import { createLogger, readSubgraphConfig, startSubgraph, type RunningSubgraph } from '@plie-hub/kit';
import { CONSOLE_DIST } from '@plie-hub/web';
import { migratedTemplates, resolveStorageTarget, schemaNameOf } from '@plie-hub/storage';
import { ROOT, SUPERGRAPH_PATH } from './compose';
import { loadSubgraphs } from './registry';

export interface Hub {
  gateway: Gateway;
  gatewayUrl: string;
  subgraphs: RunningSubgraph[];
  stop(): Promise<void>;
}

export interface StartHubOptions {
  /** Environment to read settings from. @default process.env */
  env?: Record<string, string | undefined>;
  /** Let the system choose every port (tests). @default false */
  randomPorts?: boolean;
  /** Load the demo data set into empty databases. @default false */
  demoData?: boolean;
}

export const TEMPLATE_CACHE_DIR = path.join(ROOT, 'node_modules', '.cache', 'plie-hub', 'templates');

/**
 * The whole hub in one process: the six subgraphs (each with its own database) and the gateway in front. Storage
 * follows the environment (PostgreSQL server when `DATABASE_URL` is set, embedded otherwise). Embedded databases
 * start from cached migrated images, which keeps a cold start within seconds.
 */
export async function startHub(options: StartHubOptions = {}): Promise<Hub> {
  const env = options.env ?? process.env;
  const log = createLogger('hub', env.LOG_LEVEL ?? 'info');
  const subgraphs = await loadSubgraphs();
  const targets = subgraphs.map((subgraph) => resolveStorageTarget(subgraph.name, env));
  const templates = targets.some((target) => target.kind === 'embedded')
    ? await migratedTemplates(
        subgraphs.map((s) => ({ schema: schemaNameOf(s.name), entities: s.definition.entities, migrations: s.definition.migrations })),
        { cacheDir: TEMPLATE_CACHE_DIR, log },
      )
    : new Map<string, Blob>();

  const running: RunningSubgraph[] = [];
  try {
    // One after the other: embedded databases share this process's single thread anyway, and errors stay legible.
    for (const [index, subgraph] of subgraphs.entries()) {
      const config = readSubgraphConfig(subgraph.name, env, options.randomPorts ? 0 : subgraph.port);
      running.push(
        await startSubgraph(subgraph.definition, {
          ...config,
          port: options.randomPorts ? 0 : config.port,
          target: targets[index]!,
          template: templates.get(schemaNameOf(subgraph.name)),
          log: createLogger(subgraph.name, config.logLevel),
          demoData: options.demoData ?? config.demoData,
        }),
      );
    }
    const gatewayConfig = readGatewayConfig(
      { ...env, ...(options.randomPorts ? { GATEWAY_PORT: '0' } : {}) },
      { subgraphNames: subgraphs.map((s) => s.name), defaultSupergraphPath: SUPERGRAPH_PATH, defaultConsoleDir: CONSOLE_DIST },
    );
    gatewayConfig.subgraphUrls = Object.fromEntries(running.map((subgraph) => [subgraph.name, subgraph.url]));
    const gateway = createGateway(gatewayConfig);
    const { url } = await gateway.listen();
    return {
      gateway,
      gatewayUrl: url,
      subgraphs: running,
      async stop() {
        await gateway.close();
        for (const subgraph of running) await subgraph.stop();
      },
    };
  } catch (error) {
    for (const subgraph of running) await subgraph.stop().catch(() => {});
    throw error;
  }
}
