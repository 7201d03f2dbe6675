import { pastFseAudit, pastRetentionAfterEnd, retentionCte, updatedIds, type PurgeScope, type SubgraphRetention } from '@plie-hub/kit';
import type { EntityManager } from 'typeorm';

/** A parcours past both of its PLIE's periods: ended, its period after the end over, no FSE+ audit still needing it. */
const parcoursExpired = `(pa.date_sortie IS NOT NULL AND ${pastRetentionAfterEnd('pol', 'pa.date_sortie')}
  AND ${pastFseAudit('pol', 'pa.plie_code', 'pa.date_entree', 'pa.date_sortie')})`;

/** Participants not yet anonymised of whom every parcours expired (someone without a parcours is kept). */
async function expiredParticipants(db: EntityManager, scope: Omit<PurgeScope, 'held'>): Promise<Array<{ id: string; cle: string | null }>> {
  const { sql, params } = retentionCte({ ...scope, held: { keys: [], participants: [] } });
  return db.query(
    `${sql}
     SELECT p.id, p.cle_rapprochement AS cle FROM participant p
      WHERE p.anonymise_le IS NULL
        AND EXISTS (SELECT 1 FROM parcours pa WHERE pa.participant_id = p.id)
        AND NOT EXISTS (SELECT 1 FROM parcours pa LEFT JOIN politique pol ON pol.plie_code = pa.plie_code
                         WHERE pa.participant_id = p.id AND (pol.plie_code IS NULL OR NOT ${parcoursExpired}))`,
    params,
  );
}

/**
 * The parcours subgraph owns the PLIE referential (the periods) and the parcours (the clock most records follow).
 * Anonymising a participant removes the identity, the match key and the free text of the suivi; the situation at
 * entry, statuses, dates, étape types and sortie categories stay: every statistic and FSE+ indicator counts the same.
 */
export const parcoursRetention: SubgraphRetention = {
  async policies(db) {
    const rows: Array<{ code: string; apres_parcours: number; apres_controle: number }> = await db.query(
      'SELECT code, conservation_apres_parcours_mois AS apres_parcours, conservation_apres_controle_fse_mois AS apres_controle FROM plie',
    );
    return rows.map((row) => ({ plieCode: row.code, apresParcoursMois: row.apres_parcours, apresControleFseMois: row.apres_controle }));
  },

  async held(db, scope) {
    const expired = new Set((await expiredParticipants(db, scope)).map((row) => row.id));
    const rows: Array<{ id: string; cle: string | null }> = await db.query('SELECT id, cle_rapprochement AS cle FROM participant WHERE anonymise_le IS NULL');
    const kept = rows.filter((row) => !expired.has(row.id));
    return { participants: kept.map((row) => row.id), keys: kept.flatMap((row) => (row.cle ? [row.cle] : [])) };
  },

  async anonymise(db, scope) {
    // Judged again inside the transaction, on purpose: a person admitted since `held` ran (the hub keeps serving
    // during a purge on a server) is not in its list, and must not be taken for expired.
    const ids = (await expiredParticipants(db, scope)).map((row) => row.id);
    const { sql, params } = retentionCte(scope);
    // Refusals and reorientations never became a parcours: their comments go after the PLIE's period.
    const decisions = await updatedIds(
      db,
      `${sql}
       UPDATE decision d SET commentaire = NULL FROM politique pol
        WHERE pol.plie_code = d.plie_code AND d.parcours_id IS NULL AND d.commentaire IS NOT NULL
          AND ${pastRetentionAfterEnd('pol', 'd.decide_le::date')}
       RETURNING d.id`,
      params,
    );
    if (ids.length === 0) return { Participant: 0, Parcours: 0, Decision: decisions.length };
    const parcours: Array<{ id: string }> = await db.query('SELECT id FROM parcours WHERE participant_id = ANY($1::uuid[])', [ids]);
    const parcoursIds = parcours.map((row) => row.id);
    await db.query(
      `UPDATE participant SET nom_naissance = 'ANONYME', nom_usage = NULL, prenoms = 'ANONYME', cle_rapprochement = NULL,
              date_naissance = date_trunc('year', date_naissance)::date, anonymise_le = now()
        WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    await db.query('UPDATE rectification_participant SET ancienne_valeur = NULL, nouvelle_valeur = NULL, motif = NULL WHERE participant_id = ANY($1::uuid[])', [ids]);
    const inParcours = [parcoursIds];
    await db.query('UPDATE mesure SET bilan = NULL WHERE parcours_id = ANY($1::uuid[])', inParcours);
    await db.query("UPDATE veille SET motif = 'Anonymisé' WHERE parcours_id = ANY($1::uuid[])", inParcours);
    // Étape details keep their numbers and flags (hours, durations), never their wording.
    await db.query(
      `UPDATE etape SET intitule = 'Anonymisé',
              attributs = (SELECT coalesce(jsonb_object_agg(key, value), '{}'::jsonb) FROM jsonb_each(attributs) WHERE jsonb_typeof(value) IN ('number', 'boolean'))
        WHERE parcours_id = ANY($1::uuid[])`,
      inParcours,
    );
    await db.query(
      "UPDATE sortie SET situation = situation - 'employeur', justification_forcage = CASE WHEN justification_forcage IS NULL THEN NULL ELSE 'Anonymisé' END WHERE parcours_id = ANY($1::uuid[])",
      inParcours,
    );
    const admitted = await updatedIds(db, 'UPDATE decision SET commentaire = NULL WHERE parcours_id = ANY($1::uuid[]) RETURNING id', inParcours);
    return { Participant: ids.length, Parcours: parcoursIds.length, Decision: decisions.length + admitted.length };
  },
};
