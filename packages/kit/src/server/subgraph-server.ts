import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { CALLER_HEADER, CallerSignatureError, type VerifyCallerHeader } from '@plie-hub/auth';
import { QueryCount, withQueryCount } from '@plie-hub/storage';
import type { DataSource } from 'typeorm';
import type { SubgraphContext, SubgraphSettings } from '../context';
import { ErrorCode } from '../errors/codes';
import { AuditTrail } from '../audit/audit-trail';
import { AuditWriter } from '../audit/audit-writer';
import { maskError, printable, wasMasked } from '../errors/mask-error';
import { documentHasForbiddenEscape, forbiddenCharacterPath } from '../validation/forbidden-characters';
import { LoaderCache } from '../loaders';
import type { Logger } from '../logger';
import { buildSubgraphSchema } from '../schema/build-subgraph-schema';
import type { SubgraphDefinition } from '../schema/subgraph-definition';
import { BodyTooLargeError, readBody } from './read-body';
import { queryCountPlugin } from './query-count.plugin';
import { compiledExecution } from './compiled-execution';

export interface SubgraphServerOptions {
  definition: SubgraphDefinition;
  dataSource: DataSource;
  verifyCaller: VerifyCallerHeader;
  log: Logger;
  production: boolean;
  settings: SubgraphSettings;
  /** Largest accepted request body, in bytes (bulk imports travel as one body). @default 16 MiB */
  maxBodyBytes?: number;
  /** How long shutdown waits for in-flight requests, in milliseconds. @default 10000 */
  drainMillis?: number;
  /** Operations run as code compiled once per document (`compiled-execution.ts`); false runs graphql-js's interpreter. @default true */
  compiledExecution?: boolean;
}

export interface SubgraphServer {
  readonly name: string;
  readonly sdl: string;
  readonly http: Server;
  listen(port: number, host: string): Promise<{ url: string; port: number }>;
  /** Stops accepting requests, lets in-flight ones finish (up to the drain delay), then stops. */
  close(): Promise<void>;
}

/**
 * Serves one subgraph over HTTP: `POST /graphql` for the gateway (signed caller required), `GET /health` (the process
 * is alive) and `GET /ready` (its database answers). Builds everything, listens only when asked.
 */
export async function createSubgraphServer(options: SubgraphServerOptions): Promise<SubgraphServer> {
  const { definition, dataSource, verifyCaller, log, production } = options;
  const maxBodyBytes = options.maxBodyBytes ?? 16 * 1024 * 1024;
  const { schema, sdl } = await buildSubgraphSchema(definition);

  const apollo = new ApolloServer<SubgraphContext>({
    ...(options.compiledExecution === false ? { schema } : { gateway: compiledExecution(schema) }),
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // The process stops itself on SIGTERM (drain, then close the database). Apollo's own signal handler would run a
    // second stop concurrently, and the two left the process waiting forever.
    stopOnTerminationSignals: false,
    nodeEnv: production ? 'production' : 'development',
    formatError(formatted, error) {
      const masked = maskError(formatted, error);
      if (!wasMasked(masked)) return masked;
      log.error({ failure: describeFailure(error), path: formatted.path }, 'unexpected error');
      const { database: _database, ...extensions } = masked.extensions ?? {};
      return { ...masked, extensions };
    },
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      // Nothing reads cache hints (the gateway's one cache, of COPIL views, keys on the person, not on hints), and the
      // plugin hooks every field resolved: with it, each field of a 100-parcours list went through two wrappers and a
      // promise. S2 (production mode, scale 1, 10 clients, two runs each): parcours CPU 12.2-13.1 → 9.7-10.7 ms per
      // operation.
      ApolloServerPluginCacheControlDisabled(),
      ...(production ? [] : [queryCountPlugin()]),
    ],
  });
  await apollo.start();

  const auditWriter = new AuditWriter(dataSource);
  let inFlight = 0;
  let closing = false;
  let idle: (() => void) | null = null;

  async function handleGraphQL(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'POST') return sendJson(response, 405, graphqlError('Méthode non autorisée : utilisez POST.', 'BAD_REQUEST'));
    let body: string;
    try {
      body = await readBody(request, maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return sendJson(response, 413, graphqlError('Requête trop volumineuse.', 'BAD_REQUEST'));
      throw error;
    }
    let caller;
    try {
      caller = verifyCaller(request.headers[CALLER_HEADER] as string | undefined, body);
    } catch (error) {
      const reason = error instanceof CallerSignatureError ? error.message : 'invalid caller';
      log.warn({ reason, remote: request.socket.remoteAddress }, 'request refused: no valid gateway signature');
      return sendJson(response, 401, graphqlError('Appel refusé : ce service ne répond qu’à la passerelle PLIE Hub.', ErrorCode.UNAUTHENTICATED));
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return sendJson(response, 400, graphqlError('Corps de requête JSON invalide.', 'BAD_REQUEST'));
    }
    const { query, variables } = (parsed ?? {}) as { query?: unknown; variables?: unknown };
    const badField = forbiddenCharacterPath(variables) ?? (typeof query === 'string' && documentHasForbiddenEscape(query) ? 'requête' : null);
    if (badField) {
      return sendJson(response, 200, {
        data: null,
        errors: [{ message: `« ${badField} » contient un caractère non autorisé (caractère nul, de contrôle ou unicode invalide).`, extensions: { code: ErrorCode.BAD_USER_INPUT, field: badField } }],
      });
    }
    const requestId = String(request.headers['x-request-id'] ?? randomUUID()).slice(0, 100);
    const purpose = request.headers['x-plie-purpose'];
    const queryCount = new QueryCount();
    const context: SubgraphContext = {
      caller,
      db: dataSource,
      loaders: new LoaderCache(() => context),
      queryCount,
      requestId,
      purpose: typeof purpose === 'string' ? printable(decodeHeaderText(purpose)).slice(0, 200) : null,
      audit: new AuditTrail(),
      log: log.child({ requestId }),
      settings: options.settings,
    };
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (typeof value === 'string') headers.set(key, value);
    }
    const execute = () =>
      apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: 'POST', headers, search: '', body: parsed },
        context: async () => context,
      });
    // Counting a request's statements needs an AsyncLocalStorage, whose promise hooks run on every await of the
    // request; production reports no per-request count (the process-wide counter of /metrics stays), so it skips it.
    const result = production ? await execute() : await withQueryCount(queryCount, execute);
    // Written before the answer leaves: a read the trail could not record is not served.
    try {
      await auditWriter.write(context.audit.take(context));
    } catch (error) {
      log.error({ err: describeFailure(error), requestId }, 'audit trail write failed: answer withheld');
      return sendJson(response, 503, graphqlError('Service momentanément indisponible (journal d’audit).', 'SERVICE_UNAVAILABLE'));
    }
    response.statusCode = result.status ?? 200;
    for (const [key, value] of result.headers) response.setHeader(key, value);
    if (result.body.kind === 'complete') {
      response.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) response.write(chunk);
      response.end();
    }
  }

  async function handleReady(response: ServerResponse): Promise<void> {
    try {
      if (closing) throw new Error('shutting down');
      await withTimeout(dataSource.query('SELECT 1'), 2000);
      sendJson(response, 200, { status: 'ready', subgraph: definition.name });
    } catch {
      sendJson(response, 503, { status: 'unavailable', subgraph: definition.name });
    }
  }

  const http = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (path === '/health') return sendJson(response, 200, { status: 'ok', subgraph: definition.name });
    if (path === '/ready') return void handleReady(response);
    if (path === '/metrics') return sendMetrics(response, dataSource, definition.name);
    if (path !== '/graphql') return sendJson(response, 404, { error: 'not found' });
    if (closing) return sendJson(response, 503, graphqlError('Service en cours d’arrêt.', 'SERVICE_UNAVAILABLE'));
    inFlight += 1;
    handleGraphQL(request, response)
      .catch((error: unknown) => {
        log.error({ err: describeFailure(error) }, 'request failed');
        if (!response.headersSent) sendJson(response, 500, graphqlError('Erreur interne du service.', ErrorCode.INTERNAL_SERVER_ERROR));
        else response.end();
      })
      .finally(() => {
        inFlight -= 1;
        if (inFlight === 0 && idle) idle();
      });
  });
  http.keepAliveTimeout = 65_000;

  return {
    name: definition.name,
    sdl,
    http,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        http.once('error', reject);
        http.listen(port, host, () => {
          const address = http.address() as AddressInfo;
          const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
          resolve({ url: `http://${shownHost}:${address.port}/graphql`, port: address.port });
        });
      });
    },
    async close() {
      closing = true;
      const stopped = new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeIdleConnections();
      if (inFlight > 0) {
        await Promise.race([
          new Promise<void>((resolve) => (idle = resolve)),
          new Promise<void>((resolve) => setTimeout(resolve, options.drainMillis ?? 10_000).unref()),
        ]);
      }
      http.closeAllConnections();
      await stopped;
      await apollo.stop();
    },
  };
}

/** Prometheus text: SQL statements sent since start (no labels with data, nothing personal). */
function sendMetrics(response: ServerResponse, dataSource: DataSource, name: string): void {
  const statements = (dataSource.logger as { statements?: number }).statements ?? 0;
  response.setHeader('content-type', 'text/plain; version=0.0.4');
  response.end(
    `# HELP plie_sql_statements_total SQL statements sent by this subgraph since it started.\n# TYPE plie_sql_statements_total counter\nplie_sql_statements_total{subgraph="${name}"} ${statements}\n`,
  );
}

/**
 * HTTP header values travel as bytes read as Latin-1: a client sending « contrôle » in UTF-8 arrives as
 * « contrÃ´le ». Percent-encoded text (`encodeURIComponent`) is decoded too.
 */
export function decodeHeaderText(value: string): string {
  let text = value;
  if (/%[0-9a-fA-F]{2}/.test(text)) {
    try {
      text = decodeURIComponent(text);
    } catch {
      // not percent-encoding after all
    }
  }
  if (/[\u0080-\u00ff]/.test(text) && !/[^\u0000-\u00ff]/.test(text)) {
    const utf8 = Buffer.from(text, 'latin1').toString('utf8');
    if (!utf8.includes('\ufffd')) return utf8;
  }
  return text;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.end(JSON.stringify(body));
}

const graphqlError = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

function withTimeout<T>(promise: Promise<T>, millis: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), millis).unref()),
  ]);
}

/**
 * What a log line may say about a failure: its class, database error code, constraint and table, and the stack
 * frames — not the message of a database error, which can quote the values of a row.
 */
export function describeFailure(error: unknown): Record<string, unknown> {
  const cause = (error as { originalError?: unknown })?.originalError ?? error;
  if (!(cause instanceof Error)) return { type: typeof cause };
  const driverError = (cause as { driverError?: Record<string, unknown> }).driverError;
  if (driverError) {
    return {
      type: cause.name,
      code: driverError.code,
      constraint: driverError.constraint,
      table: driverError.table,
      stack: cause.stack?.split('\n').slice(1, 6).join('\n'),
    };
  }
  return { type: cause.name, message: cause.message, stack: cause.stack?.split('\n').slice(0, 6).join('\n') };
}
