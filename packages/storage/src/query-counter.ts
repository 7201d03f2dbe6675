import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Counts the SQL statements a unit of work (one GraphQL request) sends, so tests and benchmarks can assert that a
 * list of N items does not cost N queries. The count follows the async call chain, so concurrent requests sharing
 * one data source are counted apart.
 */
export class QueryCount {
  statements = 0;
}

const storage = new AsyncLocalStorage<QueryCount>();

/** Runs `work` with a fresh counter and returns the counter with the result. */
export function countQueries<T>(work: () => T): { count: QueryCount; result: T } {
  const count = new QueryCount();
  const result = storage.run(count, work);
  return { count, result };
}

/** Binds an existing counter to `work` (a request whose counter was created earlier). */
export function withQueryCount<T>(count: QueryCount, work: () => T): T {
  return storage.run(count, work);
}

/** Called by the data source logger for every statement sent. */
export function recordQuery(): void {
  const count = storage.getStore();
  if (count) count.statements += 1;
}
