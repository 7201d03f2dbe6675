import type { Logger as TypeOrmLogger } from 'typeorm';
import { recordQuery } from './query-counter';

/** The minimal logging surface the storage layer needs (a pino logger satisfies it). */
export interface StorageLog {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

const TRANSACTION_CONTROL = /^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE SAVEPOINT)/i;

/**
 * TypeORM logger that counts statements and logs SQL text at debug level only. Parameters are never logged: they
 * carry personal data.
 */
export class SqlLogger implements TypeOrmLogger {
  /** Statements sent through this data source since it opened (benchmarks divide it by operations). */
  statements = 0;

  constructor(
    private readonly out: StorageLog,
    private readonly slowQueryMillis = 500,
  ) {}

  logQuery(query: string): void {
    // Transaction control statements are bookkeeping, not data access: do not count them against the request.
    if (!TRANSACTION_CONTROL.test(query)) {
      recordQuery();
      this.statements += 1;
    }
    this.out.debug({ sql: query }, 'sql');
  }

  logQueryError(error: string | Error, query: string): void {
    // The SQLSTATE and constraint say what failed; the database's message can quote a value sent by the caller
    // (`invalid input syntax for type uuid: "…"`), so it stays out of the logs.
    const { code, constraint, table } = (typeof error === 'string' ? {} : error) as { code?: string; constraint?: string; table?: string };
    this.out.warn({ sql: query, code, constraint, table }, 'sql failed');
  }

  logQuerySlow(time: number, query: string): void {
    if (time >= this.slowQueryMillis) this.out.warn({ sql: query, ms: time }, 'slow sql');
  }

  logSchemaBuild(message: string): void {
    this.out.debug({ message }, 'schema');
  }

  logMigration(message: string): void {
    this.out.info({ message }, 'migration');
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.out.warn({ message: String(message) }, 'typeorm');
    else this.out.debug({ message: String(message) }, 'typeorm');
  }
}
