import type { Hash } from 'node:crypto';
import type { QueryRunner } from 'typeorm';

/** A row as column name (snake_case, as in the migrations) → value. */
export type Row = Record<string, unknown>;

export interface TableProgress {
  subgraph: string;
  table: string;
  written: number;
  total: number;
}

/** Rows per INSERT: a few thousand keeps each statement's arrays small and the round trips few. */
export const BATCH_ROWS = 5_000;

const quoteElement = (value: unknown): string => {
  if (value === null || value === undefined) return 'NULL';
  return `"${String(value).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
};

/** A value as the text PostgreSQL casts to the column's type: the one encoding both drivers pass unchanged. */
function encode(value: unknown, type: string): string | null {
  if (value === null || value === undefined) return null;
  if (type === 'jsonb' || type === 'json') return JSON.stringify(value);
  if (type.endsWith('[]')) {
    if (!Array.isArray(value)) throw new TypeError(`array expected for a ${type} column`);
    return `{${value.map(quoteElement).join(',')}}`;
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('finite number expected');
    return String(value);
  }
  if (typeof value === 'string' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return value.toISOString();
  throw new TypeError(`cannot write a ${typeof value} to a ${type} column`);
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Writes rows straight into a subgraph's tables, inside the caller's transaction: one
 * `INSERT … SELECT FROM unnest($1::text[], …)` per batch, every column sent as text and cast to the type the
 * catalogue gives (so the generator names columns, never types, and a column it does not name takes its default).
 * Every value written also feeds `digest`, which the determinism check compares.
 */
export class BulkWriter {
  private readonly types = new Map<string, Map<string, string>>();

  constructor(
    private readonly runner: QueryRunner,
    private readonly schema: string,
    private readonly subgraph: string,
    private readonly digest: Hash,
    private readonly onProgress: (progress: TableProgress) => void,
  ) {}

  private async columnTypes(table: string): Promise<Map<string, string>> {
    const known = this.types.get(table);
    if (known) return known;
    const rows: Array<{ name: string; type: string }> = await this.runner.query(
      `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type
         FROM pg_attribute a WHERE a.attrelid = to_regclass($1) AND a.attnum > 0 AND NOT a.attisdropped`,
      [`${quoteIdent(this.schema)}.${quoteIdent(table)}`],
    );
    if (rows.length === 0) throw new Error(`${this.subgraph}: table ${table} not found in schema ${this.schema} (migrations not applied?)`);
    const types = new Map(rows.map((row) => [row.name, row.type]));
    this.types.set(table, types);
    return types;
  }

  async insert(table: string, rows: Row[]): Promise<number> {
    if (rows.length === 0) {
      this.onProgress({ subgraph: this.subgraph, table, written: 0, total: 0 });
      return 0;
    }
    const types = await this.columnTypes(table);
    const columns = Object.keys(rows[0]!);
    for (const column of columns) {
      if (!types.has(column)) throw new Error(`${this.subgraph}: ${table} has no column ${column}`);
    }
    const columnTypes = columns.map((column) => types.get(column)!);
    const list = columns.map(quoteIdent).join(', ');
    const sql = `INSERT INTO ${quoteIdent(this.schema)}.${quoteIdent(table)} (${list})
      SELECT ${columns.map((column, i) => `u.${quoteIdent(column)}::${columnTypes[i]}`).join(', ')}
        FROM unnest(${columns.map((_, i) => `$${i + 1}::text[]`).join(', ')}) AS u(${list})`;
    this.digest.update(`\u001d${this.subgraph}.${table}(${columns.join(',')})`);
    for (let start = 0; start < rows.length; start += BATCH_ROWS) {
      const batch = rows.slice(start, start + BATCH_ROWS);
      const arrays = columns.map(() => new Array<string | null>(batch.length));
      batch.forEach((row, r) => {
        if (Object.keys(row).length !== columns.length) throw new Error(`${this.subgraph}: ${table} rows do not all have the same columns`);
        columns.forEach((column, c) => {
          if (!(column in row)) throw new Error(`${this.subgraph}: ${table} row without ${column}`);
          const text = encode(row[column], columnTypes[c]!);
          arrays[c]![r] = text;
          this.digest.update(text === null ? '\u0000' : text);
          this.digest.update('\u001f');
        });
        this.digest.update('\u001e');
      });
      await this.runner.query(sql, arrays);
      this.onProgress({ subgraph: this.subgraph, table, written: Math.min(start + BATCH_ROWS, rows.length), total: rows.length });
    }
    return rows.length;
  }
}
