import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { ExecutionRequest, ExecutionResult } from '@graphql-tools/utils';
import { getOperationAST } from 'graphql';

export interface QueryRetryOptions {
  /** Further attempts after a failed one; 0 turns retries off. @default 2 */
  maxRetries?: number;
  /** Delay before the first retry, in milliseconds, then × 2 each time. @default 100 */
  retryDelayMillis?: number;
}

const CONNECTION_FAILURE = /ECONNREFUSED|ECONNRESET|EPIPE|socket hang up|fetch failed|other side closed|\b50[234]\b/i;
const TIMEOUT = /timeout|aborted/i;

/** True when a subgraph fetch failed before the subgraph could process it (not reachable, restarting, draining). */
export function isConnectionFailure(error: unknown): boolean {
  const text = describe(error);
  return CONNECTION_FAILURE.test(text) && !TIMEOUT.test(text);
}

function describe(error: unknown): string {
  if (!error || typeof error !== 'object') return String(error ?? '');
  const e = error as { message?: string; code?: string; cause?: unknown; extensions?: Record<string, unknown>; originalError?: unknown };
  const own = `${e.message ?? ''} ${e.code ?? ''} ${e.extensions ? JSON.stringify(e.extensions) : ''}`;
  const nested = [e.cause, e.originalError].filter((inner) => inner && inner !== error).map(describe);
  return [own, ...nested].join(' ');
}

const isQuery = (request: ExecutionRequest) =>
  (request.operationType ?? getOperationAST(request.document, request.operationName)?.operation) === 'query';

/**
 * Retries a subgraph fetch of a *query* that could not reach the subgraph (refused or reset connection, 502/503/504:
 * a process restarting or draining). Never a mutation: sent twice it could apply twice, so its failure goes back to
 * the client, who holds the idempotency key. Never a timeout: the subgraph's time budget is spent, and retrying would
 * multiply the time a caller waits. Each attempt is a new fetch, so it carries a fresh caller signature.
 */
export function useQueryRetry(options: QueryRetryOptions = {}): GatewayPlugin {
  const maxRetries = options.maxRetries ?? 2;
  const baseDelay = options.retryDelayMillis ?? 100;
  return {
    onSubgraphExecute({ executionRequest, executor, setExecutor }) {
      if (maxRetries <= 0 || !isQuery(executionRequest)) return;
      setExecutor(async function retryingExecutor(request: ExecutionRequest) {
        for (let attempt = 0; ; attempt += 1) {
          const last = attempt >= maxRetries;
          try {
            const result = (await executor(request)) as ExecutionResult;
            const failed = !result?.data && (result?.errors ?? []).some(isConnectionFailure);
            if (!failed || last) return result;
          } catch (error) {
            if (last || !isConnectionFailure(error)) throw error;
          }
          await new Promise((resolve) => setTimeout(resolve, baseDelay * 2 ** attempt));
        }
      } as typeof executor);
    },
  };
}
