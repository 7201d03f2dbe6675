import { pastRetentionAfterEnd, retentionCte, updatedIds, type SubgraphRetention } from '@plie-hub/kit';
import type { PrescriptionPartner } from './partner';

/**
 * A fiche is kept for its PLIE's period after its last change (transmission, cancellation, expiry, edit) and for as
 * long as the parcours subgraph keeps the person (an admitted person's fiche follows their parcours, FSE+ audit
 * included). Anonymising removes identity, contact details, agents' names, free text and the partner's identifiers;
 * status, dates, the situation categories and the types of freins stay, so every counter counts the same.
 */
export function prescriptionRetention(partner: PrescriptionPartner): SubgraphRetention {
  return {
    async anonymise(db, scope) {
      const { sql, params } = retentionCte(scope);
      const ids = await updatedIds(
        db,
        `${sql}
         UPDATE prescription f
            SET personne_nom_naissance = 'ANONYME', personne_nom_usage = NULL, personne_prenoms = 'ANONYME',
                personne_date_naissance = date_trunc('year', f.personne_date_naissance)::date,
                personne_telephone = NULL, personne_email = NULL,
                prescripteur_agent_nom = 'ANONYME', prescripteur_agent_contact = 'ANONYME',
                objectif = 'Anonymisé', message_referent = NULL,
                motif_annulation = CASE WHEN f.motif_annulation IS NULL THEN NULL ELSE 'Anonymisé' END,
                freins = (SELECT coalesce(jsonb_agg(jsonb_build_object('type', frein->'type', 'note', NULL)), '[]'::jsonb) FROM jsonb_array_elements(f.freins) AS frein),
                cle_rapprochement = 'anonyme:' || f.id, recherche_nom = '', anonymise_le = now(),
                ${partner.anonymisedSectionSql}
           FROM politique pol
          WHERE pol.plie_code = f.plie_code AND f.anonymise_le IS NULL AND NOT f.cle_rapprochement = ANY($9::text[])
            AND ${pastRetentionAfterEnd('pol', 'greatest(f.modifie_le::date, f.transmise_le::date, f.annulee_le::date, f.expire_le)')}
         RETURNING f.id`,
        [...params, scope.held.keys],
      );
      if (ids.length > 0) await db.query("UPDATE prescription_complement SET texte = 'Anonymisé' WHERE prescription_id = ANY($1::uuid[])", [ids]);
      return { [`Prescription${partner.suffix}`]: ids.length };
    },
  };
}
