import {
  DEVELOPMENT_AUDIENCE,
  DEVELOPMENT_ISSUER,
  DEVELOPMENT_SECRET,
  gatewayKeysFromEnv,
  type SigningKey,
  type TokenVerification,
} from '@plie-hub/auth';

export interface GatewayLimits {
  /** Deepest selection accepted. @default 12 */
  maxDepth: number;
  /** Most tokens in one document. @default 3000 */
  maxTokens: number;
  /** Most aliases in one document. @default 15 */
  maxAliases: number;
  /** Largest request body, in bytes (a bulk import of 10 000 fiches is about 4 MiB). @default 16 MiB */
  maxBodyBytes: number;
  /**
   * Largest static cost of a document (graphql-armor: 2 per object, 1 per scalar, × 1.5 per level of depth). The
   * heaviest operation of the hub's own clients, the full COPIL view with previous period and series, costs 24 656.
   * @default 30000
   */
  maxCost: number;
  /** Operations per minute and per subject, per gateway replica; 0 turns it off. @default 1200 */
  rateLimitPerMinute: number;
}

export interface GatewayConfig {
  port: number;
  host: string;
  production: boolean;
  tokens: TokenVerification;
  /** The first key signs the caller forwarded to subgraphs. */
  signingKey: SigningKey;
  /** Subgraph URLs that differ from the ones composed into the supergraph, by subgraph name. */
  subgraphUrls: Record<string, string>;
  /** Path of the composed supergraph. */
  supergraphPath: string;
  limits: GatewayLimits;
  /** Milliseconds a subgraph has to answer before its part of the response fails. @default 10000 */
  upstreamTimeoutMillis: number;
  /** Retries of a query's subgraph fetch that could not reach the subgraph (never of a mutation). @default 2 */
  upstreamRetries: number;
  /** How long a computed COPIL view is served again, in seconds (0: never). */
  copilCacheSeconds: number;
  logLevel: string;
  /** Accept only the trusted documents of `gateway/trusted-documents.json` (persisted documents). @default false */
  trustedDocumentsOnly: boolean;
  /** The web console served under `/console/`, or null when turned off (or in production without an identity provider). */
  console: ConsoleSettings | null;
}

export interface ConsoleSettings {
  /** Folder of the built console. */
  dir: string;
  /** The identity provider people sign in with (production); development offers the demo identities instead. */
  oidc?: { autorisation: string; jeton: string; clientId: string; portee: string };
}

export class GatewayConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration de la passerelle invalide :\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const int = (value: string | undefined, fallback: number, name: string, min: number, max: number, problems: string[]) => {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) problems.push(`${name} doit être un entier entre ${min} et ${max} (reçu « ${value} »)`);
  return n;
};

/**
 * Reads the gateway settings from the environment. Development mode accepts HS256 tokens signed with the public
 * development secret; production mode (`NODE_ENV=production`) requires a JWKS, an issuer and an audience, and
 * refuses to start with any development key.
 */
export function readGatewayConfig(
  env: Record<string, string | undefined>,
  options: { subgraphNames: string[]; defaultSupergraphPath: string; defaultConsoleDir?: string },
): GatewayConfig {
  const problems: string[] = [];
  const production = env.NODE_ENV === 'production';
  let tokens: TokenVerification;
  if (production) {
    for (const name of ['PLIE_JWKS_URL', 'PLIE_JWT_ISSUER', 'PLIE_JWT_AUDIENCE']) {
      if (!env[name]) problems.push(`${name} est obligatoire en production`);
    }
    if (env.PLIE_JWT_SECRET) problems.push('PLIE_JWT_SECRET (jetons HS256 de développement) est refusé en production : utilisez PLIE_JWKS_URL');
    tokens = { mode: 'production', jwksUrl: env.PLIE_JWKS_URL ?? '', issuer: env.PLIE_JWT_ISSUER ?? '', audience: env.PLIE_JWT_AUDIENCE ?? '' };
  } else {
    tokens = {
      mode: 'development',
      secret: env.PLIE_JWT_SECRET ?? DEVELOPMENT_SECRET,
      issuer: env.PLIE_JWT_ISSUER ?? DEVELOPMENT_ISSUER,
      audience: env.PLIE_JWT_AUDIENCE ?? DEVELOPMENT_AUDIENCE,
    };
  }
  let signingKey: SigningKey = { kid: '', secret: '' };
  try {
    signingKey = gatewayKeysFromEnv(env)[0]!;
  } catch (error) {
    problems.push((error as Error).message);
  }
  const subgraphUrls: Record<string, string> = {};
  for (const name of options.subgraphNames) {
    const url = env[`${name.replace(/-/g, '_').toUpperCase()}_URL`];
    if (!url) continue;
    if (!/^https?:\/\/.+/.test(url)) problems.push(`${name.replace(/-/g, '_').toUpperCase()}_URL doit être une URL http(s)`);
    subgraphUrls[name] = url;
  }
  const config: GatewayConfig = {
    port: int(env.GATEWAY_PORT, 4000, 'GATEWAY_PORT', 0, 65535, problems),
    host: env.GATEWAY_HOST ?? '127.0.0.1',
    production,
    tokens,
    signingKey,
    subgraphUrls,
    supergraphPath: env.PLIE_SUPERGRAPH ?? options.defaultSupergraphPath,
    limits: {
      maxDepth: int(env.PLIE_MAX_DEPTH, 12, 'PLIE_MAX_DEPTH', 2, 50, problems),
      maxTokens: int(env.PLIE_MAX_TOKENS, 3000, 'PLIE_MAX_TOKENS', 100, 100_000, problems),
      maxAliases: int(env.PLIE_MAX_ALIASES, 15, 'PLIE_MAX_ALIASES', 0, 1000, problems),
      maxBodyBytes: int(env.PLIE_MAX_BODY_BYTES, 16 * 1024 * 1024, 'PLIE_MAX_BODY_BYTES', 1024, 50 * 1024 * 1024, problems),
      maxCost: int(env.PLIE_MAX_COST, 30_000, 'PLIE_MAX_COST', 100, 10_000_000, problems),
      rateLimitPerMinute: int(env.PLIE_RATE_LIMIT_PER_MINUTE, 1200, 'PLIE_RATE_LIMIT_PER_MINUTE', 0, 1_000_000, problems),
    },
    upstreamTimeoutMillis: int(env.PLIE_UPSTREAM_TIMEOUT_MS, 10_000, 'PLIE_UPSTREAM_TIMEOUT_MS', 100, 120_000, problems),
    upstreamRetries: int(env.PLIE_UPSTREAM_RETRIES, 2, 'PLIE_UPSTREAM_RETRIES', 0, 5, problems),
    // A minute in production (COPIL figures change by the day); off in development, where one edits and looks again.
    copilCacheSeconds: int(env.PLIE_COPIL_CACHE_SECONDS, production ? 60 : 0, 'PLIE_COPIL_CACHE_SECONDS', 0, 3600, problems),
    logLevel: env.LOG_LEVEL ?? 'info',
    trustedDocumentsOnly: env.PLIE_TRUSTED_DOCUMENTS_ONLY === 'true',
    console: consoleSettings(env, production, options.defaultConsoleDir, problems),
  };
  if (problems.length > 0) throw new GatewayConfigError(problems);
  return config;
}

function consoleSettings(env: Record<string, string | undefined>, production: boolean, defaultDir: string | undefined, problems: string[]): ConsoleSettings | null {
  const dir = env.PLIE_CONSOLE_DIR ?? defaultDir;
  if (env.PLIE_CONSOLE === 'false' || !dir) return null;
  const oidc = {
    autorisation: env.PLIE_OIDC_AUTHORIZATION_URL ?? '',
    jeton: env.PLIE_OIDC_TOKEN_URL ?? '',
    clientId: env.PLIE_OIDC_CLIENT_ID ?? '',
    portee: env.PLIE_OIDC_SCOPE ?? 'openid profile',
  };
  const anyOidc = oidc.autorisation || oidc.jeton || oidc.clientId;
  if (!anyOidc) return production ? null : { dir };
  for (const [name, value] of [['PLIE_OIDC_AUTHORIZATION_URL', oidc.autorisation], ['PLIE_OIDC_TOKEN_URL', oidc.jeton]] as const) {
    if (!/^https?:\/\/.+/.test(value)) problems.push(`${name} doit être une URL http(s) (connexion de la console)`);
  }
  if (!oidc.clientId) problems.push('PLIE_OIDC_CLIENT_ID est obligatoire pour la connexion de la console');
  return { dir, oidc };
}
