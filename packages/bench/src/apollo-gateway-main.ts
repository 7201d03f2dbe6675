import { DEVELOPMENT_AUDIENCE, DEVELOPMENT_ISSUER, DEVELOPMENT_SECRET, gatewayKeysFromEnv, type TokenVerification } from '@plie-hub/auth';
import { startApolloGateway } from './apollo-gateway';

/**
 * Entry of the Apollo gateway process the benchmark starts beside the hub (`node --import tsx`, so its pid is the
 * gateway and its CPU and memory can be read from /proc). Settings come from the environment the bench sets:
 * `PLIE_APOLLO_PORT`, `PLIE_APOLLO_SUPERGRAPH` and `PLIE_APOLLO_SUBGRAPH_URLS` (JSON, URL by subgraph name), and
 * the token check and gateway key under the names our gateway reads (`PLIE_JWKS_URL`… in production).
 */
const env = process.env;
const tokens: TokenVerification =
  env.NODE_ENV === 'production'
    ? { mode: 'production', jwksUrl: env.PLIE_JWKS_URL!, issuer: env.PLIE_JWT_ISSUER!, audience: env.PLIE_JWT_AUDIENCE! }
    : { mode: 'development', secret: DEVELOPMENT_SECRET, issuer: DEVELOPMENT_ISSUER, audience: DEVELOPMENT_AUDIENCE };
const gateway = await startApolloGateway({
  port: Number(process.env.PLIE_APOLLO_PORT ?? 4010),
  supergraphPath: process.env.PLIE_APOLLO_SUPERGRAPH!,
  subgraphUrls: JSON.parse(process.env.PLIE_APOLLO_SUBGRAPH_URLS ?? '{}') as Record<string, string>,
  tokens,
  signingKey: gatewayKeysFromEnv(env)[0]!,
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
