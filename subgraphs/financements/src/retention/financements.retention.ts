import type { SubgraphRetention } from '@plie-hub/kit';

/** Regulation (EU) 2021/1060, art. 82: documents are kept five years from 31 December of the year of the last payment. */
export const DUREE_CONTROLE_FSE_ANNEES = 5;

/**
 * The financements subgraph holds no participant's data, but it owns the FSE+ operations: the participants a
 * conventionned operation covers are audit evidence until its audit period ends. A settled (or abandoned) operation's
 * period runs from the year it was settled; one still running has not started its period, so nothing of it may go.
 */
export const financementsRetention: SubgraphRetention = {
  async fseAudits(db) {
    const rows: Array<{ plie_code: string; debut: string; fin: string; fin_controle: string | null }> = await db.query(
      `SELECT o.plie_code, to_char(o.debut, 'YYYY-MM-DD') AS debut, to_char(o.fin, 'YYYY-MM-DD') AS fin,
              CASE WHEN o.statut IN ('SOLDEE', 'ABANDONNEE')
                   THEN to_char(make_date(extract(year FROM coalesce(t.le, o.fin::timestamptz))::int + $1, 12, 31), 'YYYY-MM-DD') END AS fin_controle
         FROM operation o
         LEFT JOIN LATERAL (SELECT max(le) AS le FROM transition_operation WHERE operation_id = o.id AND vers = o.statut) t ON true
        WHERE o.statut IN ('CONVENTIONNEE', 'EN_COURS', 'SOLDEE', 'ABANDONNEE')`,
      [DUREE_CONTROLE_FSE_ANNEES],
    );
    return rows.map((row) => ({ plieCode: row.plie_code, debut: row.debut, fin: row.fin, finControle: row.fin_controle }));
  },
};
