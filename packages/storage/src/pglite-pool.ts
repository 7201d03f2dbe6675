import { EventEmitter } from 'node:events';
import type { PGlite } from '@electric-sql/pglite';

/**
 * A `pg.Pool` look-alike over one PGlite instance, handed to TypeORM's postgres driver as its `driver`.
 *
 * PGlite has a single connection. TypeORM runs a transaction on a checked-out connection, so two requests running
 * transactions at once would interleave their statements on that one connection. This pool hands the connection
 * to one holder at a time (a pool of size one), which gives real transaction isolation on the embedded database.
 */
export interface PGlitePoolOptions {
  pglite: PGlite;
  /** How long a caller may wait for the connection before failing, in milliseconds. @default 30000 */
  acquireTimeoutMillis?: number;
}

interface PgLikeResult {
  rows: unknown[];
  rowCount: number;
  command: string;
  fields: unknown[];
}

type Release = (error?: unknown) => void;
type ConnectCallback = (error: Error | null, client: PGliteClient | null, release: Release) => void;

class PGliteClient extends EventEmitter {
  constructor(private readonly pglite: PGlite) {
    super();
  }

  async query(sql: string, params?: unknown[]): Promise<PgLikeResult> {
    if (params && params.length > 0) {
      const result = await this.pglite.query(sql, params);
      return toPgResult(sql, result.rows, result.affectedRows, result.fields);
    }
    // Without parameters the statement may be a script (migrations); PGlite's exec() runs several statements.
    const results = await this.pglite.exec(sql);
    const last = results[results.length - 1];
    return toPgResult(sql, last?.rows ?? [], last?.affectedRows, last?.fields ?? []);
  }
}

function toPgResult(sql: string, rows: unknown[], affectedRows: number | undefined, fields: unknown[]): PgLikeResult {
  const command = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? '';
  return { rows, rowCount: affectedRows ?? rows.length, command, fields };
}

export class PGlitePool extends EventEmitter {
  private readonly client: PGliteClient;
  private readonly waiting: Array<() => void> = [];
  private busy = false;
  private ended = false;
  private readonly acquireTimeoutMillis: number;

  constructor(private readonly options: PGlitePoolOptions) {
    super();
    if (!options?.pglite) throw new Error('PGlitePool needs a `pglite` instance (pass it through `extra.pglite`)');
    this.client = new PGliteClient(options.pglite);
    this.acquireTimeoutMillis = options.acquireTimeoutMillis ?? 30_000;
  }

  connect(callback?: ConnectCallback): Promise<PGliteClient> | void {
    const acquired = this.acquire().then(
      (release) => ({ client: this.client, release }),
    );
    if (!callback) return acquired.then(({ client }) => client);
    acquired.then(
      ({ client, release }) => callback(null, client, release),
      (error: Error) => callback(error, null, () => {}),
    );
  }

  async query(sql: string, params?: unknown[]): Promise<PgLikeResult> {
    const release = await this.acquire();
    try {
      return await this.client.query(sql, params);
    } finally {
      release();
    }
  }

  end(callback?: (error?: Error | null) => void): Promise<void> | void {
    this.ended = true;
    const done = this.options.pglite.close();
    if (!callback) return done;
    done.then(() => callback(null), (error: Error) => callback(error));
  }

  private acquire(): Promise<Release> {
    if (this.ended) return Promise.reject(new Error('The embedded database is closed'));
    return new Promise((resolve, reject) => {
      let released = false;
      const release: Release = () => {
        if (released) return;
        released = true;
        const next = this.waiting.shift();
        if (next) next();
        else this.busy = false;
      };
      const grant = () => {
        clearTimeout(timer);
        resolve(release);
      };
      const timer = setTimeout(() => {
        const index = this.waiting.indexOf(grant);
        if (index >= 0) this.waiting.splice(index, 1);
        reject(new Error(`Timed out after ${this.acquireTimeoutMillis} ms waiting for the embedded database connection`));
      }, this.acquireTimeoutMillis);
      timer.unref();
      if (!this.busy) {
        this.busy = true;
        grant();
      } else {
        this.waiting.push(grant);
      }
    });
  }
}

/** The module shape TypeORM's postgres driver loads in place of `pg`. */
export const pglitePgModule = { Pool: PGlitePool };
