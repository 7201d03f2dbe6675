import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { entitiesOfRows } from '../storage/entities-of-rows';
import { entityStatements } from '../storage/entity-statements';
import { pageColumns, type PageColumns } from './page-columns';
import { BadUserInputError } from '../errors/bad-user-input.error';
import { checkPageSize } from './connection-args';
import type { ConnectionShape } from './connection.type';

export interface SortKey<T> {
  /** SQL expression to order by, qualified with the query alias (`f.created_at`). Must not be NULL. */
  column: string;
  /** Reads the same value from a loaded row, for the cursor. */
  value: (row: T) => string | number | Date;
  direction: 'ASC' | 'DESC';
}

export function encodeCursor(values: Array<string | number>): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, length: number): Array<string | number> {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(values) &&
      values.length === length &&
      values.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return values as Array<string | number>;
    }
  } catch {
    // fall through to the user-facing error
  }
  throw new BadUserInputError({ field: 'after', message: 'Curseur de pagination invalide (after) : reprenez depuis la première page.' });
}

/**
 * Keyset (seek) pagination: the page after a cursor is found by comparing sort keys, not by OFFSET, so page 500
 * costs what page 1 costs and concurrent inserts do not shift pages. The last sort key must be unique (the id).
 * With `columns`, the list's declaration, a page reads only the columns of the `fields` asked of its nodes
 * (`nodeFieldsOf`); the declaration's `always` must include the sort keys.
 */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  args: { first: number; after?: string | null },
  sort: SortKey<T>[],
  options: { fields?: Set<string> | null; columns?: PageColumns } = {},
): Promise<ConnectionShape<T>> {
  checkPageSize(args.first);
  const countQuery = query.clone();
  const page = query.clone();
  if (args.after) {
    const values = decodeCursor(args.after, sort.length);
    const params: Record<string, string | number> = {};
    const alternatives = sort.map((key, i) => {
      const equalities = sort.slice(0, i).map((prev, j) => `${prev.column} = :__c${j}`);
      const op = key.direction === 'ASC' ? '>' : '<';
      return `(${[...equalities, `${key.column} ${op} :__c${i}`].join(' AND ')})`;
    });
    values.forEach((value, i) => (params[`__c${i}`] = value));
    page.andWhere(`(${alternatives.join(' OR ')})`, params);
  }
  sort.forEach((key, i) => (i === 0 ? page.orderBy(key.column, key.direction) : page.addOrderBy(key.column, key.direction)));
  const rows = await pageRows(page, args.first + 1, options);
  const hasNextPage = rows.length > args.first;
  const nodes = rows.slice(0, args.first);
  const edges = nodes.map((node) => ({
    node,
    cursor: encodeCursor(sort.map((key) => cursorValue(key.value(node)))),
  }));
  return {
    edges,
    nodes,
    pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    // A getter: the count query runs only if a client selects `totalCount`.
    get totalCount() {
      return countQuery.getCount();
    },
  };
}

/**
 * The page's entities. A query of one entity, nothing joined or added to its selection (every list of the hub), is
 * read as raw rows made entities by the kit, of the columns of the fields asked only when the list declares them;
 * anything else goes through TypeORM's `getMany`, every column.
 */
async function pageRows<T extends ObjectLiteral>(page: SelectQueryBuilder<T>, limit: number, options: { fields?: Set<string> | null; columns?: PageColumns }): Promise<T[]> {
  const { mainAlias, joinAttributes, selects } = page.expressionMap;
  const metadata = mainAlias?.hasMetadata ? mainAlias.metadata : undefined;
  const prefix = `${mainAlias?.name}_`;
  const maxAlias = page.connection.driver.maxAliasLength ?? Infinity;
  const plain =
    metadata !== undefined &&
    joinAttributes.length === 0 &&
    selects.length === 1 &&
    selects[0]!.selection === mainAlias!.name &&
    // What the kit's hydration does not do (no entity of the hub has either).
    metadata.relations.length === 0 &&
    metadata.afterLoadListeners.length === 0 &&
    // TypeORM shortens a longer alias into a hash; such a row's keys are not `<alias>_<column>`.
    entityStatements(metadata).columns.every((column) => prefix.length + column.databaseName.length <= maxAlias);
  if (!plain) return page.take(limit).getMany();
  const columns = options.columns ? pageColumns(metadata, options.fields ?? null, options.columns) : null;
  if (columns) page.select(columns.map((column) => `${mainAlias!.name}.${column}`));
  return entitiesOfRows<T>(page.connection, metadata, await page.limit(limit).getRawMany(), prefix, columns ? new Set(columns) : undefined);
}

const cursorValue = (value: string | number | Date) => (value instanceof Date ? value.toISOString() : value);
