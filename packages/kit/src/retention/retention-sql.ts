import type { PurgeScope } from './retention';

/**
 * The scope as SQL a subgraph's purge statements can join: `politique` (each PLIE's periods) and `controle_fse`
 * (the FSE+ operations and the end of their audit period), from parameters `$1`…`$7`, and `$8` = the reference day.
 * A record of a PLIE without a policy never matches `politique`, so it is kept.
 */
export function retentionCte(scope: PurgeScope): { sql: string; params: unknown[] } {
  return {
    sql: `WITH politique (plie_code, apres_parcours_mois, apres_controle_fse_mois) AS (
            SELECT * FROM unnest($1::text[], $2::int[], $3::int[])),
          controle_fse (plie_code, debut, fin, fin_controle) AS (
            SELECT * FROM unnest($4::text[], $5::date[], $6::date[], $7::date[]))`,
    params: [
      scope.policies.map((p) => p.plieCode),
      scope.policies.map((p) => p.apresParcoursMois),
      scope.policies.map((p) => p.apresControleFseMois),
      scope.fseAudits.map((a) => a.plieCode),
      scope.fseAudits.map((a) => a.debut),
      scope.fseAudits.map((a) => a.fin),
      scope.fseAudits.map((a) => a.finControle),
      scope.today,
    ],
  };
}

/**
 * True (in SQL) when a record of PLIE `plie` that ended on `fin` is past its PLIE's period after the end
 * (`pol` is the joined `politique` row). Needs `retentionCte`.
 */
export const pastRetentionAfterEnd = (pol: string, fin: string) => `(${fin} + make_interval(months => ${pol}.apres_parcours_mois))::date <= $8::date`;

/**
 * True (in SQL) when no FSE+ operation of PLIE `plie` covering [`debut`, `fin`] still needs the record: each covering
 * operation is settled and its audit period, plus the PLIE's period after it, is over. Needs `retentionCte`.
 */
export const pastFseAudit = (pol: string, plie: string, debut: string, fin: string) => `NOT EXISTS (
  SELECT 1 FROM controle_fse c WHERE c.plie_code = ${plie} AND c.debut <= ${fin} AND c.fin >= ${debut}
    AND (c.fin_controle IS NULL OR (c.fin_controle + make_interval(months => ${pol}.apres_controle_fse_mois))::date > $8::date))`;

/**
 * Runs an `UPDATE … RETURNING id` and answers the ids. TypeORM answers such a statement with `[rows, count]` (a
 * SELECT with the rows alone): counting the answer's length would count two.
 */
export async function updatedIds(db: { query: (sql: string, params?: unknown[]) => Promise<unknown> }, sql: string, params: unknown[]): Promise<string[]> {
  const result = (await db.query(sql, params)) as unknown[];
  const rows = (Array.isArray(result[0]) ? result[0] : result) as Array<{ id: string }>;
  return rows.map((row) => row.id);
}
