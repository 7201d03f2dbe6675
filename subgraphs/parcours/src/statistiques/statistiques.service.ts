import { periodesSql, utcDaysSql, type Perimetre } from '@plie-hub/kit';
import type { DataSource } from 'typeorm';
import type { PrescriptionsParPartenaire, StatistiquesParcours, Ventilation } from './statistiques.type';

/**
 * The breakdowns of DOMAIN.md as SQL aggregates over `participant p` (age is the age at entry), of the rows meeting
 * `condition`, as columns named by `prefix` and the breakdown.
 */
const ventilationSql = (condition = 'true', { distinct = false, prefix = '' } = {}) => {
  const count = (filter: string, name: string) => `count(${distinct ? 'DISTINCT p.id' : '*'}) FILTER (WHERE ${condition} AND ${filter})::int AS ${prefix}${name}`;
  return `${count('true', 'total')}, ${count("p.sexe = 'FEMME'", 'femmes')}, ${count("p.sexe = 'HOMME'", 'hommes')},
    ${count('p.entree_age < 26', 'moins26')}, ${count('p.entree_age BETWEEN 26 AND 44', 'de26a44')},
    ${count('p.entree_age BETWEEN 45 AND 54', 'de45a54')}, ${count('p.entree_age >= 55', 'plus55')},
    ${count('p.entree_qpv', 'qpv')}, ${count("'RSA' = ANY (p.statuts)", 'rsa')},
    ${count("'DELD' = ANY (p.statuts)", 'deld')}, ${count("'RQTH' = ANY (p.statuts)", 'rqth')}`;
};

const VENTILATION_KEYS = ['total', 'femmes', 'hommes', 'moins26', 'de26a44', 'de45a54', 'plus55', 'qpv', 'rsa', 'deld', 'rqth'] as const;
const EMPTY: Ventilation = Object.fromEntries(VENTILATION_KEYS.map((k) => [k, 0])) as unknown as Ventilation;
const ventilationOf = (row: Record<string, unknown> | undefined, prefix = ''): Ventilation =>
  row ? (Object.fromEntries(VENTILATION_KEYS.map((k) => [k, Number(row[`${prefix}${k}`] ?? 0)])) as unknown as Ventilation) : { ...EMPTY };

/** A parcours entered during the period `per`. */
const ENTRE = 'pa.date_entree BETWEEN per.debut AND per.fin';
/**
 * A parcours `pa` under way on some day from `debut` to `fin` (SQL expressions): who is in the file active, and
 * in an FSE+ operation's participants.
 */
export const enCoursSql = (debut: string, fin: string) => `pa.date_entree <= ${fin} AND (pa.date_sortie IS NULL OR pa.date_sortie >= ${debut})`;
/** A parcours under way at some day of the period `per` (the file active). */
const ACTIF = enCoursSql('per.debut', 'per.fin');

/** A share in percent with one decimal, from counts (never an average of rates); null when the base is 0. */
export const percent = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

/** A period of figures, both days included. */
export type Periode = Pick<Perimetre, 'debut' | 'fin'>;

/** Where the figures of `code` over `periode` are in the map `statistiquesParcours` returns. */
export const statistiquesKey = (code: string, periode: Periode) => JSON.stringify([code, periode.debut, periode.fin]);

/**
 * The parcours figures of several PLIEs over several periods: a fixed number of grouped queries (four), whatever the
 * number of PLIEs and periods asked (a COPIL view asks for its period and the previous one). Each query reads the
 * periods as a two-column list and groups by period and PLIE; a period given twice is computed once. Entries and the
 * file active come from one reading of the parcours.
 */
export async function statistiquesParcours(db: DataSource, askedCodes: string[], asked: Periode[]): Promise<Map<string, StatistiquesParcours>> {
  const periodes = [...new Map(asked.map((p) => [`${p.debut}|${p.fin}`, { debut: p.debut, fin: p.fin }])).values()];
  const codes = [...new Set(askedCodes)];
  const params = [codes, periodes.map((p) => p.debut), periodes.map((p) => p.fin)];
  const per = periodesSql('$2', '$3');
  const [prescriptions, parcours, sortiesParType, sorties] = await Promise.all([
    db.query(
      `SELECT per.k, d.plie_code, d.partenaire, count(*)::int AS examinees, count(*) FILTER (WHERE d.statut = 'ADMIS')::int AS admises
         FROM ${per} JOIN decision d ON d.actuelle AND d.plie_code = ANY ($1) AND ${utcDaysSql('d.decide_le', 'per.debut', 'per.fin')}
        GROUP BY per.k, d.plie_code, d.partenaire ORDER BY per.k, d.plie_code, d.partenaire`,
      params,
    ),
    // Entries count parcours; the file active counts people (someone may have had two parcours in the period).
    db.query(
      `SELECT per.k, pa.plie_code, ${ventilationSql(ENTRE, { prefix: 'e_' })}, ${ventilationSql(ACTIF, { distinct: true, prefix: 'f_' })}
         FROM ${per} JOIN parcours pa ON pa.plie_code = ANY ($1) AND ((${ACTIF}) OR ${ENTRE})
         JOIN participant p ON p.id = pa.participant_id GROUP BY per.k, pa.plie_code`,
      params,
    ),
    db.query(
      `SELECT per.k, s.plie_code, s.categorie, s.sous_type AS "sousType", count(*)::int AS nombre
         FROM ${per} JOIN sortie s ON s.plie_code = ANY ($1) AND s.date BETWEEN per.debut AND per.fin
        GROUP BY per.k, s.plie_code, s.categorie, s.sous_type
        ORDER BY per.k, s.plie_code, s.categorie, nombre DESC, s.sous_type`,
      params,
    ),
    // Not merged into the query above with grouping sets: that sorts every exit, where this hashes them (slower
    // over 11 PLIEs, measured).
    db.query(
      `SELECT per.k, s.plie_code, count(*)::int AS sorties, ${ventilationSql("s.categorie = 'POSITIVE'")},
              count(*) FILTER (WHERE s.categorie = 'POSITIVE' AND s.confirmee_6_mois)::int AS confirmees,
              avg(s.date - pa.date_entree)::float8 AS duree_jours
         FROM ${per} JOIN sortie s ON s.plie_code = ANY ($1) AND s.date BETWEEN per.debut AND per.fin
         JOIN parcours pa ON pa.id = s.parcours_id JOIN participant p ON p.id = pa.participant_id
        GROUP BY per.k, s.plie_code`,
      params,
    ),
  ]);
  const result = new Map<string, StatistiquesParcours>();
  periodes.forEach((periode, i) => {
    const of = (rows: Row[]) => rows.filter((row) => Number(row.k) === i + 1);
    for (const [code, stats] of figuresOfPeriod(codes, periode, of(prescriptions), of(parcours), of(sortiesParType), of(sorties))) {
      result.set(statistiquesKey(code, periode), stats);
    }
  });
  return result;
}

type Row = Record<string, unknown> & { plie_code: string; k: string | number };

function figuresOfPeriod(codes: string[], { debut, fin }: Periode, prescriptions: Row[], parcours: Row[], sortiesParType: Row[], sorties: Row[]): Map<string, StatistiquesParcours> {
  const byPlie = (rows: Row[]) => {
    const map = new Map<string, Row[]>();
    for (const row of rows) map.set(row.plie_code, [...(map.get(row.plie_code) ?? []), row]);
    return map;
  };
  const p = byPlie(prescriptions);
  const pa = byPlie(parcours);
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
      entrees: ventilationOf(pa.get(code)?.[0], 'e_'),
      fileActive: ventilationOf(pa.get(code)?.[0], 'f_'),
      sorties: sortie?.sorties ?? 0,
      sortiesParType: (t.get(code) ?? []).map((row) => ({ categorie: row.categorie as never, sousType: row.sousType as string, nombre: Number(row.nombre) })),
      sortiesPositives: positives,
      tauxSortiesPositives: percent(positives.total, sortie?.sorties ?? 0),
      sortiesPositivesConfirmees6Mois: sortie?.confirmees ?? 0,
      dureeMoyenneMois: sortie?.duree_jours == null ? null : Math.round((sortie.duree_jours / 30.4375) * 10) / 10,
    });
  }
  return result;
}
