import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';

type FetchAPI = Parameters<NonNullable<GatewayPlugin['onRequest']>>[0]['fetchAPI'];

export interface GraphQLAnswer<T> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: { code?: string; serviceName?: string } }>;
}

/**
 * Runs an operation through the gateway itself with the caller's own token, as any client would: same plan, same
 * rules, same masking, same audit trail. The export endpoints build their files from it; they read nothing around it.
 */
export async function queryAsCaller<T>(options: {
  execute: (request: Request) => Promise<Response>;
  fetchAPI: FetchAPI;
  request: Request;
  url: URL;
  query: string;
  variables: Record<string, unknown>;
  /** Written to the audit trails as the purpose of every read. */
  purpose: string;
}): Promise<GraphQLAnswer<T>> {
  const response = await options.execute(
    new options.fetchAPI.Request(new URL('/graphql', options.url).toString(), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: options.request.headers.get('authorization') ?? '',
        'x-plie-purpose': options.purpose,
        // A download asked fresh (Cache-Control: no-cache) is computed fresh, as the same request to /graphql would be.
        ...(options.request.headers.get('cache-control') ? { 'cache-control': options.request.headers.get('cache-control')! } : {}),
      },
      body: JSON.stringify({ query: options.query, variables: options.variables }),
    }),
  );
  return { status: response.status, ...((await response.json()) as Omit<GraphQLAnswer<T>, 'status'>) };
}

/** A JSON error answer in the GraphQL shape, with its code. */
export const errorResponse = (fetchAPI: FetchAPI, status: number, message: string, code: string) =>
  new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), { status, headers: { 'content-type': 'application/json' } });

/** The answer to give when the operation produced nothing: its first error, with the status the gateway chose for it. */
export function failureResponse(fetchAPI: FetchAPI, answer: GraphQLAnswer<unknown>, fallback: string): Response {
  const error = answer.errors?.[0];
  return errorResponse(fetchAPI, answer.status >= 400 ? answer.status : 502, error?.message ?? fallback, error?.extensions?.code ?? 'BAD_REQUEST');
}

/** The parts of an answer that could not be read (a subgraph down, a field refused), to say so with the file. */
export const missingParts = (answer: GraphQLAnswer<unknown>): string[] =>
  [...new Set((answer.errors ?? []).map((e) => [e.extensions?.serviceName, e.path?.filter((p) => typeof p === 'string').join('.')].filter(Boolean).join(' : ') || e.message))];
