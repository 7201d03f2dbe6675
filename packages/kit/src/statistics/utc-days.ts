/**
 * SQL condition: the timestamptz `column` falls on a UTC day from `debut` to `fin` (date parameters, inclusive).
 * Written as a range on the column itself, not `(column AT TIME ZONE 'UTC')::date BETWEEN …`, so that an index on
 * the column serves and nothing is computed per row: the COPIL counts of decisions over the 11 PLIEs of a year,
 * 7.7 → 2.7 ms at scale 1. A null column is outside any range, as before.
 */
export const utcDaysSql = (column: string, debut: string, fin: string): string =>
  `${column} >= ${debut}::date::timestamp AT TIME ZONE 'UTC' AND ${column} < (${fin}::date + 1)::timestamp AT TIME ZONE 'UTC'`;
