import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';

export interface ReadinessOptions {
  /** Subgraph GraphQL URLs by name; their `/ready` sibling is probed. */
  subgraphUrls: () => Record<string, string>;
  /** True once the gateway is shutting down: it then reports unready so that traffic moves elsewhere. */
  closing?: () => boolean;
  /** @default '/readiness' */
  endpoint?: string;
  /** @default 1500 */
  timeoutMillis?: number;
}

const readyUrlOf = (graphqlUrl: string) => new URL('/ready', graphqlUrl).toString();

/**
 * `GET /readiness` answers 200 only when every subgraph says it is ready (its database answers), 503 otherwise,
 * naming the subgraphs that are not. Load balancers stop sending traffic to a gateway whose graph is incomplete.
 */
export function useReadiness(options: ReadinessOptions): GatewayPlugin {
  const endpoint = options.endpoint ?? '/readiness';
  const timeout = options.timeoutMillis ?? 1500;
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== endpoint) return;
      if (options.closing?.()) {
        endResponse(new fetchAPI.Response(JSON.stringify({ status: 'stopping', unavailable: [] }), { status: 503, headers: { 'content-type': 'application/json' } }));
        return;
      }
      const probes = Object.entries(options.subgraphUrls()).map(async ([name, graphqlUrl]) => {
        try {
          const response = await fetchAPI.fetch(readyUrlOf(graphqlUrl), { signal: AbortSignal.timeout(timeout) });
          return [name, response.ok] as const;
        } catch {
          return [name, false] as const;
        }
      });
      const unavailable = (await Promise.all(probes)).filter(([, ok]) => !ok).map(([name]) => name);
      endResponse(
        new fetchAPI.Response(JSON.stringify({ status: unavailable.length ? 'unavailable' : 'ready', unavailable }), {
          status: unavailable.length ? 503 : 200,
          headers: { 'content-type': 'application/json' },
        }),
      );
    },
  };
}
