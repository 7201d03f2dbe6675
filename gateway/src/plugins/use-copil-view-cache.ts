import { createHash } from 'node:crypto';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { getOperationAST, Kind, print, type DocumentNode, type ExecutionResult, type OperationDefinitionNode } from 'graphql';
import type { CallerContext } from './use-caller-auth';

export interface CopilViewCacheOptions {
  /** How long a computed COPIL view is served again, in seconds; 0 turns the cache off. */
  seconds: number;
  /** Views kept at once; the oldest is dropped first. @default 500 */
  maxEntries?: number;
  /** How long a request waits for an identical one being computed before computing it itself. @default 60000 */
  waitMillis?: number;
  /** Clock, in milliseconds (tests). @default Date.now */
  now?: () => number;
}

interface Entry {
  result: ExecutionResult;
  expires: number;
}

/** The root fields whose answers this cache may keep: anonymous aggregates (kept per person all the same). */
const CACHEABLE_ROOTS = new Set(['vueCopil', '__typename']);

const printed = new WeakMap<DocumentNode, string>();
const textOf = (document: DocumentNode) => {
  let text = printed.get(document);
  if (text === undefined) printed.set(document, (text = print(document)));
  return text;
};

const isCopilViewQuery = (operation: OperationDefinitionNode): boolean =>
  operation.operation === 'query' && operation.selectionSet.selections.every((selection) => selection.kind === Kind.FIELD && CACHEABLE_ROOTS.has(selection.name.value));

/** A complete answer with data and no error: the only kind kept or shared. */
const keepable = (result: unknown): ExecutionResult | null => {
  if (!result || typeof result !== 'object' || Symbol.asyncIterator in result) return null;
  const single = result as ExecutionResult;
  return single.data && !single.errors?.length ? single : null;
};

/**
 * The COPIL view costs a few dozen aggregate statements across the six subgraphs, and a COPIL member opens it again
 * and again (each tab, a reload, the export after the screen). A view this gateway computed is served again for
 * `seconds` to the same person (subject, roles, organisation and PLIEs: everything its authorisation reads), and
 * simultaneous identical requests share one computation. An answer with any error (a part refused or unreachable)
 * is never kept, and a mutation through this gateway that wrote something empties the cache, so a figure someone
 * just changed here is computed afresh; a change made through another replica shows within `seconds`, or at once for
 * a request sent with `Cache-Control: no-cache` (`no-store`: computed, and not kept either).
 */
export function useCopilViewCache(options: CopilViewCacheOptions): GatewayPlugin<CallerContext> {
  const now = options.now ?? Date.now;
  const maxEntries = options.maxEntries ?? 500;
  const waitMillis = options.waitMillis ?? 60_000;
  const entries = new Map<string, Entry>();
  const computing = new Map<string, Promise<ExecutionResult | null>>();
  // Moves when a mutation starts and when it ends: a view computed across either move may predate the write, and is
  // not kept (it is still given to whoever asked for it, as a computation of theirs at that moment would have been).
  let generation = 0;

  return {
    onExecute({ args, executeFn, setExecuteFn, setResultAndStopExecution }) {
      if (options.seconds <= 0) return;
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation === 'mutation') {
        generation += 1;
        setExecuteFn(async (executionArgs) => {
          let result: unknown;
          try {
            return (result = await executeFn(executionArgs));
          } finally {
            generation += 1;
            // A mutation refused whole wrote nothing (no partial writes in the hub): the views kept still hold.
            if ((result as ExecutionResult | undefined)?.data != null || result === undefined) entries.clear();
          }
        });
        return;
      }
      const caller = (args.contextValue as CallerContext).caller;
      if (!caller || !operation || !isCopilViewQuery(operation)) return;
      const key = createHash('sha256')
        .update(JSON.stringify([caller.sub, caller.org, [...caller.roles].sort(), [...caller.plies].sort(), args.operationName ?? null, args.variableValues ?? {}]))
        .update(textOf(args.document))
        .digest('base64url');
      // `Cache-Control: no-cache` (a client's explicit refresh) asks for figures computed now; they replace the kept
      // ones, unless `no-store` says not to keep them.
      const cacheControl = (args.contextValue as { request?: Request }).request?.headers.get('cache-control') ?? '';
      const noStore = /no-store/i.test(cacheControl);
      const fresh = noStore || /no-cache/i.test(cacheControl);
      const known = entries.get(key);
      if (!fresh && known && known.expires > now()) {
        setResultAndStopExecution(known.result);
        return;
      }
      // A forced refresh replaces the kept view only once it has a good answer; an expired one goes now.
      if (known && !fresh) entries.delete(key);
      const pending = fresh ? undefined : computing.get(key);
      if (pending) {
        // Someone is computing this very view: wait for that answer rather than ask the subgraphs a second time.
        return pending.then((result) => {
          if (result) setResultAndStopExecution(result);
        });
      }
      const startedAt = generation;
      let settle!: (result: ExecutionResult | null) => void;
      const promise = new Promise<ExecutionResult | null>((resolve) => (settle = resolve));
      if (!fresh) computing.set(key, promise);
      // A safety net: the computation settles in any case below, and waiters then go on with its answer or compute.
      const abandon = setTimeout(() => settle(null), waitMillis);
      abandon.unref();
      setExecuteFn(async (executionArgs) => {
        let result: ExecutionResult | null = null;
        try {
          const answer = await executeFn(executionArgs);
          result = keepable(answer);
          return answer;
        } finally {
          clearTimeout(abandon);
          if (computing.get(key) === promise) computing.delete(key);
          if (result && !noStore && generation === startedAt) {
            if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
            entries.set(key, { result, expires: now() + options.seconds * 1000 });
          }
          settle(result);
        }
      });
    },
  };
}
