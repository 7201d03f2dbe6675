import { pastRetentionAfterEnd, retentionCte, updatedIds, type SubgraphRetention } from '@plie-hub/kit';

/**
 * A person checked for clause hours is kept for the PLIE's period after the last of: the end of the eligibility,
 * the end (or start) of their last contract, their last month of hours; and for as long as the parcours subgraph
 * keeps them. Anonymising removes the name, the match key and the evidence's wording; the birth date becomes the
 * latest date giving the same age at the start of each of their contracts, so every clause statistic (age bands at
 * hiring) counts the same, and it reveals no more than those ages.
 */
export const clausesRetention: SubgraphRetention = {
  async anonymise(db, scope) {
    const { sql, params } = retentionCte(scope);
    const ids = await updatedIds(
      db,
      `${sql},
       fin_activite AS (
         SELECT pe.id, pe.plie_code,
                greatest(pe.eligible_au, (SELECT max(coalesce(c.fin, c.debut)) FROM contrat_clause c WHERE c.personne_id = pe.id),
                         (SELECT max(h.mois) FROM heures_insertion h JOIN contrat_clause c ON c.id = h.contrat_id WHERE c.personne_id = pe.id)) AS fin
           FROM personne_eligible pe
          WHERE pe.anonymise_le IS NULL
            AND (pe.participant_id IS NULL OR NOT pe.participant_id = ANY($9::uuid[]))
            AND (pe.cle_rapprochement IS NULL OR NOT pe.cle_rapprochement = ANY($10::text[])))
       UPDATE personne_eligible pe
          SET nom = CASE WHEN pe.participant_id IS NULL THEN 'ANONYME' END,
              prenoms = CASE WHEN pe.participant_id IS NULL THEN 'ANONYME' END,
              cle_rapprochement = NULL, justificatif = 'Anonymisé', anonymise_le = now(),
              date_naissance = coalesce(
                (SELECT min((c.debut - make_interval(years => date_part('year', age(c.debut, pe.date_naissance))::int))::date)
                   FROM contrat_clause c WHERE c.personne_id = pe.id),
                date_trunc('year', pe.date_naissance)::date)
         FROM fin_activite f JOIN politique pol ON pol.plie_code = f.plie_code
        WHERE pe.id = f.id AND ${pastRetentionAfterEnd('pol', 'f.fin')}
       RETURNING pe.id`,
      [...params, scope.held.participants, scope.held.keys],
    );
    return { PersonneEligible: ids.length };
  },
};
