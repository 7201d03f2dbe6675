import { createHmac } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { enCoursSql } from '../statistiques/statistiques.service';
import type { IndicateurFse } from './indicateurs-fse.type';

/**
 * The common output indicators of Regulation (EU) 2021/1057 Annex I, in the numbering the PLIEs report with, each
 * computed from the participant's situation at entry (frozen) and broken down by sex.
 */
export const INDICATEURS: Array<{ code: string; libelle: string; condition: string }> = [
  { code: 'EECO01', libelle: 'Nombre total de participants', condition: 'true' },
  { code: 'EECO02', libelle: 'Chômeurs, y compris de longue durée', condition: "p.entree_statut_emploi IN ('CHOMEUR', 'CHOMEUR_LONGUE_DUREE')" },
  { code: 'EECO03', libelle: 'Chômeurs de longue durée', condition: "p.entree_statut_emploi = 'CHOMEUR_LONGUE_DUREE'" },
  { code: 'EECO04', libelle: 'Personnes inactives', condition: "p.entree_statut_emploi = 'INACTIF'" },
  { code: 'EECO05', libelle: 'Personnes salariées, y compris indépendantes', condition: "p.entree_statut_emploi = 'EMPLOYE'" },
  { code: 'EECO06', libelle: 'Moins de 18 ans', condition: 'p.entree_age < 18' },
  { code: 'EECO07', libelle: 'De 18 à 29 ans', condition: 'p.entree_age BETWEEN 18 AND 29' },
  { code: 'EECO08', libelle: '55 ans et plus', condition: 'p.entree_age >= 55' },
  { code: 'EECO09', libelle: 'Niveau CITE 0 à 2', condition: "p.entree_tranche_cite = 'CITE_0_2'" },
  { code: 'EECO10', libelle: 'Niveau CITE 3 ou 4', condition: "p.entree_tranche_cite = 'CITE_3_4'" },
  { code: 'EECO11', libelle: 'Niveau CITE 5 à 8', condition: "p.entree_tranche_cite = 'CITE_5_8'" },
  { code: 'EECO12', libelle: 'Personnes handicapées (si déclaré)', condition: 'p.entree_handicap IS TRUE' },
  { code: 'EECO13', libelle: 'Ressortissants de pays tiers', condition: "p.entree_nationalite = 'HORS_UNION_EUROPEENNE'" },
  { code: 'EECO16', libelle: 'Sans domicile ou exclus du logement', condition: 'p.entree_sans_abri' },
  { code: 'EECO17', libelle: 'Zones rurales', condition: 'p.entree_rural' },
];

const participantsScope = `FROM participant p JOIN parcours pa ON pa.participant_id = p.id
  WHERE pa.plie_code = $1 AND ${enCoursSql('$2', '$3')}`;

/**
 * One query for every indicator of every operation asked at once (a page of operations, a COPIL view): each
 * operation's participants are those of its PLIE whose parcours overlaps its period.
 */
export async function indicateursCommuns(db: DataSource, operations: Array<{ plieCode: string; debut: string; fin: string }>): Promise<IndicateurFse[][]> {
  if (operations.length === 0) return [];
  const columns = INDICATEURS.flatMap(({ code, condition }) => [
    `count(DISTINCT p.id) FILTER (WHERE ${condition})::int AS "${code}_t"`,
    `count(DISTINCT p.id) FILTER (WHERE ${condition} AND p.sexe = 'FEMME')::int AS "${code}_f"`,
    `count(DISTINCT p.id) FILTER (WHERE ${condition} AND p.sexe = 'HOMME')::int AS "${code}_h"`,
  ]);
  const rows: Array<Record<string, number>> = await db.query(
    `SELECT o.n::int AS n, ${columns.join(', ')}
       FROM unnest($1::text[], $2::date[], $3::date[]) WITH ORDINALITY AS o(plie_code, debut, fin, n)
       LEFT JOIN parcours pa ON pa.plie_code = o.plie_code AND ${enCoursSql('o.debut', 'o.fin')}
       LEFT JOIN participant p ON p.id = pa.participant_id
      GROUP BY o.n`,
    [operations.map((o) => o.plieCode), operations.map((o) => o.debut), operations.map((o) => o.fin)],
  );
  const byN = new Map(rows.map((row) => [Number(row.n), row]));
  return operations.map((_, i) => {
    const row = byN.get(i + 1)!;
    return INDICATEURS.map(({ code, libelle }) => ({ code, libelle, total: row[`${code}_t`]!, femmes: row[`${code}_f`]!, hommes: row[`${code}_h`]! }));
  });
}

/** Participant-level rows for the managing authority's platform: a pseudonymised id, no name. */
export async function participantsFse(db: DataSource, plieCode: string, debut: string, fin: string, key: string) {
  const rows: Array<Record<string, unknown>> = await db.query(
    `SELECT DISTINCT ON (p.id) p.id, p.sexe, p.entree_date, p.entree_age, p.entree_statut_emploi, p.entree_tranche_cite, p.entree_handicap,
            p.entree_nationalite, p.entree_sans_abri, p.entree_rural, p.entree_qpv, s.categorie AS sortie, s.date AS sortie_date, s.confirmee_6_mois
       ${participantsScope.replace('FROM participant p JOIN parcours pa ON pa.participant_id = p.id', 'FROM participant p JOIN parcours pa ON pa.participant_id = p.id LEFT JOIN sortie s ON s.parcours_id = pa.id')}
      ORDER BY p.id, pa.date_entree DESC`,
    [plieCode, debut, fin],
  );
  return rows.map(
    (row): Record<string, unknown> => ({ ...row, id: createHmac('sha256', key).update(`fse:${String(row.id)}`).digest('hex').slice(0, 16).toUpperCase() }),
  );
}
