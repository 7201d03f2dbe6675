import type { DataSource } from 'typeorm';
import type { BilanClause, PublicClauses } from './bilan.type';

export const percent = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * People on clause contracts, counted once, with their age at the start of their first contract in the scope;
 * grouped by `group` (an expression of the scope's tables, e.g. `m.plie_code`) when given.
 */
export const publicSql = (scope: string, group?: string) => `
  WITH personnes AS (
    SELECT DISTINCT ON (${group ? `${group}, ` : ''}pe.id) ${group ? `${group} AS groupe, ` : ''}pe.id, pe.sexe, pe.qpv, date_part('year', age(c.debut, pe.date_naissance))::int AS age
      FROM contrat_clause c JOIN personne_eligible pe ON pe.id = c.personne_id ${scope} ORDER BY ${group ? `${group}, ` : ''}pe.id, c.debut)
  SELECT ${group ? 'groupe, ' : ''}count(*)::int AS total, count(*) FILTER (WHERE sexe = 'FEMME')::int AS femmes, count(*) FILTER (WHERE sexe = 'HOMME')::int AS hommes,
         count(*) FILTER (WHERE age < 26)::int AS moins26, count(*) FILTER (WHERE age BETWEEN 26 AND 49)::int AS de26a49,
         count(*) FILTER (WHERE age >= 50)::int AS plus50, count(*) FILTER (WHERE qpv)::int AS qpv FROM personnes${group ? ' GROUP BY groupe' : ''}`;

/** The counts `publicSql` grouped by `group` gave for one group (compared as text), zeros where it had nobody. */
export function publicOfGroup(rows: Array<Record<string, unknown>>, groupe: string): PublicClauses {
  const row = rows.find((r) => String(r.groupe) === groupe);
  return {
    total: Number(row?.total ?? 0), femmes: Number(row?.femmes ?? 0), hommes: Number(row?.hommes ?? 0), moins26: Number(row?.moins26 ?? 0),
    de26a49: Number(row?.de26a49 ?? 0), plus50: Number(row?.plus50 ?? 0), qpv: Number(row?.qpv ?? 0),
  };
}

/** The bilan of one marché in four queries: lots with their hours, modalities, publics, people. */
export async function bilanMarche(db: DataSource, marcheId: string): Promise<BilanClause | null> {
  const [header] = await db.query(
    `SELECT m.id, m.reference, m.objet, d.nom AS donneur FROM marche m JOIN donneur_ordre d ON d.id = m.donneur_ordre_id WHERE m.id = $1`,
    [marcheId],
  );
  if (!header) return null;
  const [lots, modalites, publics, [people]] = await Promise.all([
    db.query(
      `SELECT l.id AS "lotId", l.numero, l.intitule, l.heures_engagees AS "heuresEngagees",
              coalesce((SELECT array_agg(e.nom ORDER BY e.nom) FROM attribution a JOIN entreprise e ON e.id = a.entreprise_id WHERE a.lot_id = l.id), '{}') AS attributaires,
              coalesce(sum(h.heures_travail), 0)::float8 AS "heuresTravail", coalesce(sum(h.heures_formation), 0)::float8 AS "heuresFormation",
              count(DISTINCT c.personne_id)::int AS personnes, count(DISTINCT c.id)::int AS contrats
         FROM lot l LEFT JOIN contrat_clause c ON c.lot_id = l.id LEFT JOIN heures_insertion h ON h.contrat_id = c.id
        WHERE l.marche_id = $1 GROUP BY l.id ORDER BY l.numero`,
      [marcheId],
    ),
    db.query(
      `SELECT c.modalite, sum(h.heures_travail + h.heures_formation)::float8 AS heures
         FROM contrat_clause c JOIN lot l ON l.id = c.lot_id JOIN heures_insertion h ON h.contrat_id = c.id
        WHERE l.marche_id = $1 GROUP BY c.modalite ORDER BY heures DESC`,
      [marcheId],
    ),
    db.query(
      `SELECT pe.critere, count(DISTINCT pe.id)::int AS personnes, coalesce(sum(h.heures_travail + h.heures_formation), 0)::float8 AS heures
         FROM contrat_clause c JOIN lot l ON l.id = c.lot_id JOIN personne_eligible pe ON pe.id = c.personne_id
         LEFT JOIN heures_insertion h ON h.contrat_id = c.id
        WHERE l.marche_id = $1 GROUP BY pe.critere ORDER BY heures DESC`,
      [marcheId],
    ),
    db.query(publicSql('JOIN lot l ON l.id = c.lot_id WHERE l.marche_id = $1'), [marcheId]),
  ]);
  const bilanLots = lots.map((lot: { heuresEngagees: number; heuresTravail: number; heuresFormation: number }) => {
    const realisees = round2(lot.heuresTravail + lot.heuresFormation);
    return { ...lot, heuresRealisees: realisees, tauxRealisation: percent(realisees, lot.heuresEngagees), heuresRestantes: round2(Math.max(0, lot.heuresEngagees - realisees)) };
  });
  const engagees = bilanLots.reduce((sum: number, lot: { heuresEngagees: number }) => sum + lot.heuresEngagees, 0);
  const realisees = round2(bilanLots.reduce((sum: number, lot: { heuresRealisees: number }) => sum + lot.heuresRealisees, 0));
  return {
    marcheId: header.id,
    reference: header.reference,
    objet: header.objet,
    donneurOrdre: header.donneur,
    heuresEngagees: engagees,
    heuresRealisees: realisees,
    tauxRealisation: percent(realisees, engagees),
    heuresRestantes: round2(bilanLots.reduce((sum: number, lot: { heuresRestantes: number }) => sum + lot.heuresRestantes, 0)),
    lots: bilanLots,
    parModalite: modalites,
    parPublic: publics,
    public: people as PublicClauses,
  };
}
