import { defineLoader } from '@plie-hub/kit';
import type { StatistiquesClauses } from './plie.type';

/** Clause figures of many PLIEs in one grouped query. */
export const statistiquesClausesByPlie = defineLoader<string, StatistiquesClauses>(async (codes, { db }) => {
  const rows: Array<{ plie_code: string; nombre: number; heures: number }> = await db.query(
    `SELECT plie_code, count(*)::int AS nombre, coalesce(sum(heures_insertion_prevues), 0)::int AS heures
       FROM marche WHERE plie_code = ANY($1) GROUP BY plie_code`,
    [codes],
  );
  const byCode = new Map(rows.map((row) => [row.plie_code, row]));
  return codes.map((code) => ({
    nombreMarches: byCode.get(code)?.nombre ?? 0,
    heuresInsertionPrevues: byCode.get(code)?.heures ?? 0,
  }));
});
