import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { claimsOfCaller, type Caller, type SigningKey } from '@plie-hub/auth';
import { startDistributed, type DistributedHub } from '@plie-hub/hub';

/**
 * What the benchmark needs to run the hub as it runs in production (`NODE_ENV=production`): an identity provider's
 * signing key with its JWKS served from the bench process, fresh gateway and match keys, and access tokens signed
 * like the provider's. Development mode measures code paths production does not run (graphql-js's development
 * checks, per-request SQL counting), and costs about a quarter more CPU on the lists.
 */
export interface ProductionIdentity {
  /** Environment of every hub process. */
  hubEnv: Record<string, string>;
  /** Environment of a gateway (ours or Apollo's): where the JWKS is, the issuer and audience to check. */
  gatewayEnv: Record<string, string>;
  /** The key the subgraphs verify the gateway's signature with (to call a subgraph directly, as S4 does). */
  signingKey: SigningKey;
  /** The match key the subgraphs compute people's keys with (to write generated data they can match). */
  matchKey: string;
  tokenFor(caller: Caller): Promise<string>;
  close(): Promise<void>;
}

const ISSUER = 'https://idp.bench.plie-hub.local/realms/plie';
const AUDIENCE = 'plie-hub';

export async function startProductionIdentity(): Promise<ProductionIdentity> {
  const { publicKey, privateKey } = await generateKeyPair('ES256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'bench', alg: 'ES256', use: 'sig' };
  const jwks = createServer((_, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
  const { port } = jwks.address() as AddressInfo;
  const signingKey = { kid: 'bench', secret: randomBytes(32).toString('hex') };
  const matchKey = randomBytes(32).toString('hex');
  return {
    hubEnv: { NODE_ENV: 'production', PLIE_GATEWAY_KEYS: `${signingKey.kid}:${signingKey.secret}`, PLIE_MATCH_KEY: matchKey },
    signingKey,
    matchKey,
    gatewayEnv: { PLIE_JWKS_URL: `http://127.0.0.1:${port}/certs`, PLIE_JWT_ISSUER: ISSUER, PLIE_JWT_AUDIENCE: AUDIENCE },
    tokenFor: (caller) =>
      new SignJWT(claimsOfCaller(caller)).setProtectedHeader({ alg: 'ES256', kid: 'bench' }).setIssuer(ISSUER).setAudience(AUDIENCE).setIssuedAt().setExpirationTime('4h').sign(privateKey),
    close: () => new Promise<void>((resolve) => jwks.close(() => resolve())),
  };
}

/**
 * A fresh topology on the PostgreSQL server `postgres` (databases `<prefix>*`), in production mode with the identity's
 * keys, demo data loaded, quiet, and without the gateway's rate limit (the load generator is one person). Without
 * `copilCache` the gateway computes every COPIL view, for runs that measure the computation only.
 */
export function startBenchHub(identity: ProductionIdentity, postgres: string, databasePrefix: string, basePort: number, options: { copilCache?: boolean } = {}): Promise<DistributedHub> {
  return startDistributed({ postgres, databasePrefix, fresh: true, ...benchHubSettings(identity, basePort, options) });
}

/** The same topology with each subgraph on embedded storage (PGlite) under `dataDir`, as written there beforehand. */
export function startEmbeddedBenchHub(identity: ProductionIdentity, dataDir: string, basePort: number): Promise<DistributedHub> {
  const settings = benchHubSettings(identity, basePort, {});
  return startDistributed({ ...settings, env: { ...settings.env, PLIE_DATA_DIR: dataDir } });
}

function benchHubSettings(identity: ProductionIdentity, basePort: number, options: { copilCache?: boolean }) {
  return {
    demoData: true,
    basePort,
    env: { ...identity.hubEnv, LOG_LEVEL: 'error' },
    gatewayEnv: { ...identity.gatewayEnv, PLIE_RATE_LIMIT_PER_MINUTE: '0', ...(options.copilCache === false ? { PLIE_COPIL_CACHE_SECONDS: '0' } : {}) },
    stdio: 'ignore' as const,
  };
}
