import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { CALLER_HEADER, InvalidTokenError, createTokenVerifier, signCaller, type Caller, type SigningKey, type TokenVerification } from '@plie-hub/auth';
import { GraphQLError } from 'graphql';

/**
 * The comparison gateway of the benchmark: Apollo Gateway (`@apollo/gateway` under `@apollo/server` standalone) on
 * the same composed supergraph, in front of the same running subgraphs. It does what our gateway does for the
 * subgraphs to answer at all, and nothing more: it verifies the bearer token as ours does and
 * forwards the caller signed over the exact body of each subgraph request, with the same token check and gateway key
 * as ours (production's, in the benchmark). None of our gateway's operation limits,
 * rate limit or error masking run here, so the comparison is planning and execution, not policy.
 */
export interface ApolloGatewayOptions {
  supergraphPath: string;
  /** Subgraph URL by subgraph name: the running topology's, not the ones composed into the supergraph. */
  subgraphUrls: Record<string, string>;
  port: number;
  host?: string;
  tokens: TokenVerification;
  /** The key the subgraphs verify the caller's signature with. */
  signingKey: SigningKey;
}

type Fetcher = RemoteGraphQLDataSource['fetcher'];

interface ApolloContext {
  caller?: Caller;
}

/**
 * Hands the caller from `willSendRequest` (which sees the context but not the final body) to the fetcher (which
 * sees the exact bytes but not the context). The fetcher removes it: it never leaves the process.
 */
const HANDOFF_HEADER = 'x-bench-caller-claims';

/**
 * Signs each subgraph request over the body the data source serialised, as the subgraphs require. The body has to
 * be the exact string sent: the signature covers its SHA-256, so this cannot run before serialisation.
 */
export function signingFetcher(base: Fetcher, key: SigningKey): Fetcher {
  return (url, init) => {
    const headers = { ...(init?.headers as Record<string, string> | undefined) };
    const claims = headers[HANDOFF_HEADER];
    delete headers[HANDOFF_HEADER];
    if (claims) headers[CALLER_HEADER] = signCaller(key, JSON.parse(claims) as Caller, typeof init?.body === 'string' ? init.body : '');
    return base(url, { ...init, headers });
  };
}

class SignedCallerDataSource extends RemoteGraphQLDataSource<ApolloContext> {
  constructor(url: string, key: SigningKey) {
    super({ url });
    // Apollo's default transport (make-fetch-happen, keep-alive, no retry), wrapped: Apollo Gateway as shipped.
    this.fetcher = signingFetcher(this.fetcher, key);
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<ApolloContext>) {
    if (context.caller) request.http!.headers.set(HANDOFF_HEADER, JSON.stringify(context.caller));
  }
}

const unauthenticated = (message: string) => new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });

/** Starts the Apollo gateway and resolves once it listens; `stop` drains it. */
export async function startApolloGateway(options: ApolloGatewayOptions): Promise<{ url: string; stop: () => Promise<void> }> {
  const supergraphSdl = readFileSync(options.supergraphPath, 'utf8');
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => {
      const location = options.subgraphUrls[name] ?? url;
      if (!location) throw new Error(`no URL for subgraph ${name}`);
      return new SignedCallerDataSource(location, options.signingKey);
    },
  });
  // The same token check as our gateway (in the benchmark: production's, against the identity provider's JWKS).
  const verifyToken = createTokenVerifier(options.tokens);
  const server = new ApolloServer<ApolloContext>({
    // The gateway interface types of @apollo/gateway and @apollo/server 5 differ in version, not in shape.
    gateway: gateway as never,
    introspection: false,
    includeStacktraceInErrorResponses: false,
    // The entry script stops the server itself on SIGTERM.
    stopOnTerminationSignals: false,
  });
  const { url } = await startStandaloneServer(server, {
    listen: { port: options.port, host: options.host ?? '127.0.0.1' },
    async context({ req }): Promise<ApolloContext> {
      const header = req.headers.authorization;
      if (!header) throw unauthenticated('Authentification requise : fournissez un jeton (Authorization: Bearer <jeton>).');
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match) throw unauthenticated('En-tête Authorization invalide : utilisez « Bearer <jeton> ».');
      try {
        return { caller: await verifyToken(match[1]!) };
      } catch (error) {
        if (error instanceof InvalidTokenError) throw unauthenticated('Jeton refusé : expiré, mal signé ou non destiné à PLIE Hub.');
        throw error;
      }
    },
  });
  return { url, stop: () => server.stop() };
}
