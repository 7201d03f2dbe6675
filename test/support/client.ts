import { inject } from 'vitest';
import { DEVELOPMENT_GATEWAY_KEY, signCaller, signDevelopmentToken, type Caller } from '@plie-hub/auth';
import { createGateway, readGatewayConfig } from '@plie-hub/gateway';
import { DEMO_IDENTITIES, SUPERGRAPH_PATH } from '@plie-hub/hub';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
  extensions?: Record<string, unknown>;
}

/** Posts an operation to the gateway with a bearer token (or without when `token` is null). */
export async function gateway<T = Record<string, unknown>>(
  token: string | null,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
  url = inject('gatewayUrl'),
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

/** Posts straight to a subgraph, signed as the gateway would (or unsigned with `caller: null`). */
export async function subgraph<T = Record<string, unknown>>(
  name: string,
  caller: Caller | null,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  const body = JSON.stringify({ query, variables });
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (caller) headers['x-plie-caller'] = signCaller(DEVELOPMENT_GATEWAY_KEY, caller, body);
  const response = await fetch(inject('subgraphUrls')[name]!, { method: 'POST', headers, body });
  return { status: response.status, ...((await response.json()) as object) };
}

/** A development token for a demo identity, or for a caller of the test's making. */
export const tokenFor = (who: keyof typeof DEMO_IDENTITIES | Caller) =>
  signDevelopmentToken(typeof who === 'string' ? DEMO_IDENTITIES[who]! : who);

export const identity = (name: keyof typeof DEMO_IDENTITIES): Caller => DEMO_IDENTITIES[name]!;

/** A short random suffix so test data never collides across runs or files. */
export const unique = () => Math.random().toString(36).slice(2, 8).toUpperCase();

export const codeOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.code;

/** A second gateway over the same subgraphs with other settings (limits, keys), on a port the system chooses. */
export async function startGateway(env: Record<string, string>) {
  const subgraphUrls = inject('subgraphUrls');
  const config = readGatewayConfig({ ...env, GATEWAY_PORT: '0', LOG_LEVEL: 'error' }, {
    subgraphNames: Object.keys(subgraphUrls),
    defaultSupergraphPath: SUPERGRAPH_PATH,
  });
  // The hub's subgraphs, except those the caller points elsewhere (a dead port to simulate an outage).
  config.subgraphUrls = { ...subgraphUrls, ...config.subgraphUrls };
  const created = createGateway(config);
  const { url } = await created.listen();
  return { url, close: () => created.close() };
}
