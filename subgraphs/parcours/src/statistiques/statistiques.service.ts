import { utcDaysSql } from '@plie-hub/kit';
import type { DataSource } from 'typeorm';
import type { PrescriptionsParPartenaire, SortiesParType, StatistiquesParcours, Ventilation } from './statistiques.type';

/** The breakdowns of DOMAIN.md as SQL aggregates over `participant p` (age is the age at entry). */
const ventilationSql = (condition = 'true', distinct = false) => {
  const count = (filter: string) => `count(${distinct ? 'DISTINCT p.id' : '*'}) FILTER (WHERE ${condition} AND ${filter})::int`;
  return `${count('true')} AS total, ${count("p.sexe = 'FEMME'")} AS femmes, ${count("p.sexe = 'HOMME'")} AS hommes,
    ${count('p.entree_age < 26')} AS moins26, ${count('p.entree_age BETWEEN 26 AND 44')} AS de26a44,
    ${count('p.entree_age BETWEEN 45 AND 54')} AS de45a54, ${count('p.entree_age >= 55')} AS plus55,
    ${count('p.entree_qpv')} AS qpv, ${count("'RSA' = ANY (p.statuts)")} AS rsa,
    ${count("'DELD' = ANY (p.statuts)")} AS deld, ${count("'RQTH' = ANY (p.statuts)")} AS rqth`;
};

const VENTILATION_KEYS = ['total', 'femmes', 'hommes', 'moins26', 'de26a44', 'de45a54', 'plus55', 'qpv', 'rsa', 'deld', 'rqth'] as const;
const EMPTY: Ventilation = Object.fromEntries(VENTILATION_KEYS.map((k) => [k, 0])) as unknown as Ventilation;
const ventilationOf = (row: Record<string, unknown> | undefined): Ventilation =>
  row ? (Object.fromEntries(VENTILATION_KEYS.map((k) => [k, Number(row[k] ?? 0)])) as unknown as Ventilation) : { ...EMPTY };

/** A share in percent with one decimal, from counts (never an average of rates); null when the base is 0. */
export const percent = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

/**
 * The parcours figures of several PLIEs for one period: a fixed number of grouped queries (five), whatever the
 * number of PLIEs asked.
 */
export async function statistiquesParcours(db: DataSource, codes: string[], debut: string, fin: string): Promise<Map<string, StatistiquesParcours>> {
  const params = [codes, debut, fin];
  const [prescriptions, entrees, fileActive, sortiesParType, sorties] = await Promise.all([
    db.query(
      `SELECT plie_code, partenaire, count(*)::int AS examinees, count(*) FILTER (WHERE statut = 'ADMIS')::int AS admises
         FROM decision WHERE actuelle AND plie_code = ANY ($1) AND ${utcDaysSql('decide_le', '$2', '$3')}
        GROUP BY plie_code, partenaire ORDER BY plie_code, partenaire`,
      params,
    ),
    db.query(
      `SELECT pa.plie_code, ${ventilationSql()} FROM parcours pa JOIN participant p ON p.id = pa.participant_id
        WHERE pa.plie_code = ANY ($1) AND pa.date_entree BETWEEN $2 AND $3 GROUP BY pa.plie_code`,
      params,
    ),
    db.query(
      `SELECT pa.plie_code, ${ventilationSql('true', true)} FROM parcours pa JOIN participant p ON p.id = pa.participant_id
        WHERE pa.plie_code = ANY ($1) AND pa.date_entree <= $3 AND (pa.date_sortie IS NULL OR pa.date_sortie >= $2) GROUP BY pa.plie_code`,
      params,
    ),
    db.query(
      `SELECT pa.plie_code, s.categorie, s.sous_type AS "sousType", count(*)::int AS nombre
         FROM sortie s JOIN parcours pa ON pa.id = s.parcours_id
        WHERE pa.plie_code = ANY ($1) AND s.date BETWEEN $2 AND $3 GROUP BY pa.plie_code, s.categorie, s.sous_type
        ORDER BY pa.plie_code, s.categorie, nombre DESC, s.sous_type`,
      params,
    ),
    db.query(
      `SELECT pa.plie_code, count(*)::int AS sorties, ${ventilationSql("s.categorie = 'POSITIVE'")},
              count(*) FILTER (WHERE s.categorie = 'POSITIVE' AND s.confirmee_6_mois)::int AS confirmees,
              avg(s.date - pa.date_entree)::float8 AS duree_jours
         FROM sortie s JOIN parcours pa ON pa.id = s.parcours_id JOIN participant p ON p.id = pa.participant_id
        WHERE pa.plie_code = ANY ($1) AND s.date BETWEEN $2 AND $3 GROUP BY pa.plie_code`,
      params,
    ),
  ]);
  type Row = Record<string, unknown> & { plie_code: string };
  const byPlie = (rows: Row[]) => {
    const map = new Map<string, Row[]>();
    for (const row of rows) map.set(row.plie_code, [...(map.get(row.plie_code) ?? []), row]);
    return map;
  };
  const p = byPlie(prescriptions);
  const e = byPlie(entrees);
  const f = byPlie(fileActive);
  const t = byPlie(sortiesParType);
  const s = byPlie(sorties);
  const result = new Map<string, StatistiquesParcours>();
  for (const code of codes) {
    const parPartenaire: PrescriptionsParPartenaire[] = (p.get(code) ?? []).map((row) => ({
      partenaire: row.partenaire as never,
      examinees: Number(row.examinees),
      admises: Number(row.admises),
      tauxIntegration: percent(Number(row.admises), Number(row.examinees)),
    }));
    const examinees = parPartenaire.reduce((sum, row) => sum + row.examinees, 0);
    const admises = parPartenaire.reduce((sum, row) => sum + row.admises, 0);
    const sortie = s.get(code)?.[0] as (Row & { sorties: number; confirmees: number; duree_jours: number | null }) | undefined;
    const positives = ventilationOf(sortie);
    result.set(code, {
      debut,
      fin,
      prescriptions: parPartenaire,
      prescriptionsExaminees: examinees,
      tauxIntegration: percent(admises, examinees),
      entrees: ventilationOf(e.get(code)?.[0]),
      fileActive: ventilationOf(f.get(code)?.[0]),
      sorties: sortie?.sorties ?? 0,
      sortiesParType: (t.get(code) ?? []) as unknown as SortiesParType[],
      sortiesPositives: positives,
      tauxSortiesPositives: percent(positives.total, sortie?.sorties ?? 0),
      sortiesPositivesConfirmees6Mois: sortie?.confirmees ?? 0,
      dureeMoyenneMois: sortie?.duree_jours == null ? null : Math.round((sortie.duree_jours / 30.4375) * 10) / 10,
    });
  }
  return result;
}
