import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { createGraphQLError, maskError } from 'graphql-yoga';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createTokenVerifier } from '@plie-hub/auth';
import { DEMO_IDENTITIES, DEMO_IDENTITY_LABELS } from '@plie-hub/demo';
import type { GatewayConfig } from './config';
import { useBodyLimit } from './plugins/use-body-limit';
import { useCallerAuth } from './plugins/use-caller-auth';
import { developmentTokenSigner, useConsole } from './plugins/use-console';
import { useCopilExport } from './plugins/use-copil-export';
import { useDroitAccesExport } from './plugins/use-droit-acces-export';
import { droitAccesQuery } from './exports/droit-acces-query';
import { useSafeErrors } from './plugins/use-safe-errors';
import { useQueryRetry } from './plugins/use-query-retry';
import { useCopilViewCache } from './plugins/use-copil-view-cache';
import { useRateLimit } from './plugins/use-rate-limit';
import { useReadiness } from './plugins/use-readiness';
import { useSignedCaller } from './plugins/use-signed-caller';
import { useUpstreamDeadline } from './plugins/use-upstream-deadline';
import { readSupergraph, subgraphsOfSupergraph } from './supergraph-urls';

export interface Gateway {
  runtime: GatewayRuntime;
  http: Server;
  /** Subgraph URLs in use (composed ones overridden by configuration). */
  subgraphUrls: Record<string, string>;
  listen(): Promise<{ url: string; port: number }>;
  close(): Promise<void>;
}

const DEFAULT_QUERY = /* GraphQL */ `# Bienvenue sur PLIE Hub. Collez un jeton dans les en-têtes :
# { "Authorization": "Bearer <jeton>" }  (npm run token -- --role COORDINATION_PLIE --plie BORDEAUX)
query Referentiel {
  plies {
    code
    nom
    libelleCommission
  }
}
`;

/**
 * The public entry point: Hive Gateway runtime with the Rust query planner over the composed supergraph, JWT
 * verification, the signed caller forwarded to subgraphs, operation limits, offline GraphiQL outside production,
 * `/healthcheck` and `/readiness`. Builds everything, listens only when asked.
 */
export function createGateway(config: GatewayConfig): Gateway {
  const supergraph = readSupergraph(config.supergraphPath);
  const trustedDocuments: Record<string, string> = config.trustedDocumentsOnly
    ? JSON.parse(readFileSync(path.join(path.dirname(config.supergraphPath), 'trusted-documents.json'), 'utf8'))
    : {};
  const subgraphUrls = { ...subgraphsOfSupergraph(supergraph), ...config.subgraphUrls };
  const transportEntries: Record<string, { location?: string; options?: Record<string, unknown> }> = {
    // Identical upstream queries in flight would otherwise be merged on URL and body alone, before our signed
    // caller header is added: two people sending the same query at once would get one person's answer.
    '*': { options: { deduplicateInflightRequests: false } },
    ...Object.fromEntries(Object.entries(config.subgraphUrls).map(([name, location]) => [name, { location }])),
  };

  let closing = false;
  let droitAccesDocument: string | undefined;
  const droitAcces = () => (droitAccesDocument ??= droitAccesQuery(supergraph));
  const runtime: GatewayRuntime = createGatewayRuntime({
    supergraph,
    unifiedGraphHandler,
    transportEntries,
    logging: config.logLevel as never,
    landingPage: false,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthcheck',
    // Our own readiness (every subgraph answers) replaces the runtime's (the supergraph is loaded).
    readinessCheckEndpoint: '/readiness-runtime',
    graphiql: config.production ? false : { title: 'PLIE Hub', defaultQuery: DEFAULT_QUERY },
    renderGraphiQL,
    disableIntrospection: config.production ? {} : undefined,
    maskedErrors: {
      // A subgraph that cannot be reached leaves its part null; the error says which one, in French, and nothing else.
      maskError(error: unknown, message: string) {
        const e = error as { extensions?: { serviceName?: string; code?: string }; path?: readonly (string | number)[] };
        const service = e.extensions?.serviceName;
        // The new error carries no `http` extension: the response stays 200 with the other subgraphs' data.
        const timedOut = e.extensions?.code === 'GATEWAY_TIMEOUT';
        if (service && (timedOut || e.extensions?.code === 'SUBREQUEST_HTTP_ERROR')) {
          const what = timedOut ? `n’a pas répondu dans le délai (${Math.round(config.upstreamTimeoutMillis / 100) / 10} s)` : 'ne répond pas';
          return createGraphQLError(`Le service « ${service} » ${what} : sa part de la réponse est absente, les autres sont complètes.`, {
            path: e.path,
            extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: service, ...(timedOut ? { reason: 'TIMEOUT' } : {}) },
          });
        }
        return maskError(error, message);
      },
    },
    csrfPrevention: { requestHeaders: ['x-graphql-client-name', 'authorization', 'content-type'] },
    propagateHeaders: {
      fromClientToSubgraphs({ request }) {
        const purpose = request.headers.get('x-plie-purpose');
        return purpose ? { 'x-plie-purpose': purpose.slice(0, 200) } : {};
      },
    },
    ...(config.trustedDocumentsOnly
      ? {
          // Only the operations of the hub's own clients (npm run schema:documents), sent by their sha256 hash.
          persistedDocuments: {
            getPersistedOperation: (hash: string) => trustedDocuments[hash] ?? null,
            allowArbitraryDocuments: false,
          },
        }
      : {}),
    plugins: () => [
      useBodyLimit({ maxBytes: config.limits.maxBodyBytes }),
      ...(config.console
        ? [
            useConsole({
              dir: config.console.dir,
              oidc: config.console.oidc,
              trustedDocumentsOnly: config.trustedDocumentsOnly,
              demo:
                config.tokens.mode === 'development' && !config.console.oidc
                  ? { identities: DEMO_IDENTITIES, labels: DEMO_IDENTITY_LABELS, sign: developmentTokenSigner(config.tokens) }
                  : undefined,
            }),
          ]
        : []),
      useSafeErrors(),
      useReadiness({ subgraphUrls: () => subgraphUrls, closing: () => closing }),
      useCopilExport({ execute: (request: Request): Promise<Response> => Promise.resolve((runtime as GatewayRuntime).fetch(request)) }),
      useDroitAccesExport({ execute: (request: Request): Promise<Response> => Promise.resolve((runtime as GatewayRuntime).fetch(request)), query: droitAcces }),
      useCallerAuth({ verifyToken: createTokenVerifier(config.tokens), allowAnonymousIntrospection: !config.production }),
      useRateLimit({ perMinute: config.limits.rateLimitPerMinute }),
      // A view waits for an identical one in progress as long as a few subgraph round trips may take.
      useCopilViewCache({ seconds: config.copilCacheSeconds, waitMillis: 3 * config.upstreamTimeoutMillis }),
      useSignedCaller({ key: config.signingKey }),
      useUpstreamDeadline({ millis: config.upstreamTimeoutMillis }),
      useQueryRetry({ maxRetries: config.upstreamRetries }),
      maxDepthPlugin({ n: config.limits.maxDepth, ignoreIntrospection: true, exposeLimits: true }),
      maxTokensPlugin({ n: config.limits.maxTokens }),
      maxAliasesPlugin({ n: config.limits.maxAliases }),
      costLimitPlugin({ maxCost: config.limits.maxCost, ignoreIntrospection: true, exposeLimits: true }),
      ...(config.production ? [blockFieldSuggestionsPlugin()] : []),
    ],
  });

  const http = createServer(runtime);
  return {
    runtime,
    http,
    subgraphUrls,
    listen() {
      return new Promise((resolve, reject) => {
        http.once('error', reject);
        http.listen(config.port, config.host, () => {
          const { port } = http.address() as AddressInfo;
          const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
          resolve({ url: `http://${host}:${port}/graphql`, port });
        });
      });
    },
    async close() {
      closing = true;
      await new Promise<void>((resolve) => {
        // Keep-alive connections become idle as their last response is sent: close each one then, and any still
        // busy after the drain delay.
        const sweep = setInterval(() => http.closeIdleConnections(), 100);
        const force = setTimeout(() => http.closeAllConnections(), 10_000);
        http.close(() => {
          clearInterval(sweep);
          clearTimeout(force);
          resolve();
        });
        http.closeIdleConnections();
      });
      await runtime.dispose();
    },
  };
}
