import { createHash } from 'node:crypto';
import pg from 'pg';

const names = new Map<string, string>();

/**
 * Marks a statement text to be prepared once per connection on a PostgreSQL server, and returns it unchanged. Every
 * later execution on that connection skips parsing, and PostgreSQL plans it once for all once its generic plan costs
 * no more than the plans made for each set of values (after five executions). For the hub's batch reads by key, that
 * parse and plan cost PostgreSQL as much as running them (the clause hours of a caseload: 1.5 ms to parse and plan,
 * 1.2 ms to run). Only for statements whose best plan does not depend on the values: aggregates over a range of
 * dates or PLIEs are better planned for each request. The text must be written in the code with every value bound:
 * each distinct text is remembered for the life of the process. Embedded storage ignores the mark.
 */
export function prepared(text: string): string {
  if (!names.has(text)) names.set(text, `plie_${createHash('sha256').update(text).digest('hex').slice(0, 20)}`);
  return text;
}

/**
 * The pg client of the hub's pools on a server: a statement marked `prepared` goes as a named statement. pg
 * remembers which names a connection has prepared and sends only the values afterwards.
 */
export class PreparingClient extends pg.Client {
  // pg's overloads cannot be restated one by one; this forwards whatever it is given.
  override query(config: unknown, values?: unknown, callback?: unknown): never {
    const name = typeof config === 'string' ? names.get(config) : undefined;
    const call = super.query as (...args: unknown[]) => never;
    if (name === undefined) return call.call(this, config, values, callback);
    return typeof values === 'function' ? call.call(this, { name, text: config }, values) : call.call(this, { name, text: config, values }, callback);
  }
}
