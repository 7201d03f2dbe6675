import { readGatewayConfig } from '@plie-hub/gateway';
import { startApolloGateway } from './apollo-gateway';

/**
 * Entry of the Apollo gateway process the benchmark starts beside the hub (`node --import tsx`, so its pid is the
 * gateway and its CPU and memory can be read from /proc). Settings come from the environment the bench sets:
 * `PLIE_APOLLO_PORT`, `PLIE_APOLLO_SUPERGRAPH` and `PLIE_APOLLO_SUBGRAPH_URLS` (JSON, URL by subgraph name); the token
 * check and the gateway key are read by our gateway's own configuration, from the same variables it reads.
 */
const subgraphUrls = JSON.parse(process.env.PLIE_APOLLO_SUBGRAPH_URLS ?? '{}') as Record<string, string>;
const { tokens, signingKey } = readGatewayConfig(process.env, { subgraphNames: Object.keys(subgraphUrls), defaultSupergraphPath: process.env.PLIE_APOLLO_SUPERGRAPH! });
const gateway = await startApolloGateway({
  port: Number(process.env.PLIE_APOLLO_PORT ?? 4010),
  supergraphPath: process.env.PLIE_APOLLO_SUPERGRAPH!,
  subgraphUrls,
  tokens,
  signingKey,
});
// The parent waits for this line before it sends anything.
console.log(JSON.stringify({ service: 'apollo-gateway', url: gateway.url, msg: 'ready' }));
let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    gateway.stop().then(() => process.exit(0), () => process.exit(1));
  });
}
