import pg from 'pg';
import type { Caller } from '@plie-hub/auth';
import { schemaNameOf, sessionOptions } from '@plie-hub/storage';

/**
 * The floor of S1 and S3: the SQL a perfect application would send to produce the same figures as the gateway's
 * answer, straight to the subgraphs' databases. They are separate databases, so the floor is one set of statements
 * per database, sent in parallel wherever one does not need another's result. No GraphQL, no HTTP, no audit trail,
 * no authorisation beyond what shapes the result (which structures' fiches, which PLIEs): what is left is the cost of
 * the data itself, which the gateway's figures are compared with.
 */
export interface FloorDatabases {
  query<T extends Record<string, unknown>>(subgraph: string, text: string, values?: unknown[]): Promise<T[]>;
  /** Statements sent since opened. */
  readonly statements: number;
  end(): Promise<void>;
}

/** Connections of one floor pool: as many as a subgraph's own pool (`PLIE_DB_POOL_SIZE`, 10 by default). */
export const FLOOR_POOL_SIZE = Number(process.env.PLIE_DB_POOL_SIZE ?? 10);

/**
 * One pool per subgraph database, as big as a subgraph's own. Open it for one measurement and end it after: the
 * server's connections are shared with the subgraphs' pools (100 by default for all), and idle floor connections
 * would starve the hub measured next.
 */
export function openFloorDatabases(databaseUrls: Record<string, string>, poolSize = FLOOR_POOL_SIZE): FloorDatabases {
  const pools = new Map(
    Object.entries(databaseUrls).map(([name, url]) => [
      name,
      new pg.Pool({ connectionString: url, max: poolSize, idleTimeoutMillis: 1000, options: sessionOptions(schemaNameOf(name)), application_name: `plie-bench-floor:${name}` }),
    ]),
  );
  let statements = 0;
  // Connections open on first use: the first statements pay for it, within the closed loop's warm-up.
  return {
    async query<T extends Record<string, unknown>>(subgraph: string, text: string, values: unknown[] = []) {
      const pool = pools.get(subgraph);
      if (!pool) throw new Error(`no database for ${subgraph}`);
      statements += 1;
      return (await pool.query(text, values)).rows as T[];
    },
    get statements() {
      return statements;
    },
    async end() {
      await Promise.all([...pools.values()].map((pool) => pool.end()));
    },
  };
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (date: string, days: number) => isoDay(new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000));

/** A decimal string as the `Montant` scalar writes it: two decimals, always. */
function montant(value: string): string {
  const [units, decimals = ''] = value.split('.');
  return `${units}.${decimals.padEnd(2, '0').slice(0, 2)}`;
}

interface Effectif {
  valeur: number | null;
  masque: boolean;
}
/** The hub's statistical secret for a single count: strictly positive and below the threshold is masked. */
const maskCount = (value: number, seuil: number): Effectif => (value > 0 && value < seuil ? { valeur: null, masque: true } : { valeur: value, masque: false });

// ---------------------------------------------------------------------------------------------------------------
// S1: the prescriber's list.

/** S1 through the gateway: the prescriber's 50 most recent fiches, each with its PLIE, the PLIE's decision and the parcours outcome. */
export const S1_QUERY =
  '{ prescriptionsFranceTravail(first: 50) { nodes { id statut personne { nomNaissance prenoms } situation { trancheCite } plie { code nom } decisionPlie { statut decideLe motif } suiteParcours { statutParcours categorieSortie dateSortie } } } }';

export interface S1Answer {
  prescriptionsFranceTravail: {
    nodes: Array<{
      id: string;
      statut: string;
      personne: { nomNaissance: string; prenoms: string };
      situation: { trancheCite: string };
      plie: { code: string; nom: string } | null;
      decisionPlie: { statut: string; decideLe: string; motif: string | null } | null;
      suiteParcours: { statutParcours: string; categorieSortie: string | null; dateSortie: string | null } | null;
    }>;
  };
}

/**
 * S1 in three statements: the page of fiches in the France Travail database (its structure's fiches and those its
 * network shares, newest first, status EXPIREE derived), then, in parallel in the parcours database, the names of
 * their PLIEs and the current decisions with the admitted parcours' status and exit.
 */
export async function s1Floor(db: FloorDatabases, caller: Caller, first = 50): Promise<S1Answer> {
  const fiches = await db.query<{ id: string; statut: string; nomNaissance: string; prenoms: string; trancheCite: string; plieCode: string; structureId: string }>(
    'prescriptions-france-travail',
    // Own structure and network structures as two branches: each reads its index in order and the planner merges
    // them (an IN list or ANY(array) over the structure would sort every fiche of the structure instead).
    `WITH page AS (
       (SELECT * FROM prescription WHERE structure_id = $1 ORDER BY cree_le DESC, id DESC LIMIT $3)
       UNION ALL
       (SELECT f.* FROM prescription f
         WHERE f.structure_id IN (SELECT s.id FROM structure_prescriptrice s JOIN structure_prescriptrice own ON own.id = $1 AND own.reseau = s.reseau
                                   WHERE s.partage_reseau AND s.id <> $1)
         ORDER BY f.cree_le DESC, f.id DESC LIMIT $3))
     SELECT f.id, CASE WHEN f.statut = 'TRANSMISE' AND f.expire_le < $2::date THEN 'EXPIREE' ELSE f.statut END AS statut,
            f.personne_nom_naissance AS "nomNaissance", f.personne_prenoms AS prenoms,
            CASE f.situation_niveau_formation WHEN 'INFRA_3' THEN 'CITE_0_2' WHEN 'NIVEAU_3' THEN 'CITE_3_4' WHEN 'NIVEAU_4' THEN 'CITE_3_4' ELSE 'CITE_5_8' END AS "trancheCite",
            f.plie_code AS "plieCode", f.structure_id AS "structureId"
       FROM page f
      ORDER BY f.cree_le DESC, f.id DESC
      LIMIT $3`,
    [caller.org.id, isoDay(new Date()), first],
  );
  // The outcome of a fiche is its own structure's to see, not the network's it shares with.
  const own = fiches.filter((f) => f.structureId === caller.org.id).map((f) => f.id);
  const [plies, decisions] = await Promise.all([
    db.query<{ code: string; nom: string }>('parcours', 'SELECT code, nom FROM plie WHERE code = ANY ($1::text[])', [[...new Set(fiches.map((f) => f.plieCode))]]),
    own.length === 0
      ? Promise.resolve([])
      : db.query<{ id: string; statut: string; decideLe: Date; motif: string | null; statutParcours: string | null; categorieSortie: string | null; dateSortie: string | null }>(
          'parcours',
          `SELECT d.prescription_id AS id, d.statut, d.decide_le AS "decideLe", d.motif,
                  pa.statut AS "statutParcours", s.categorie AS "categorieSortie", s.date::text AS "dateSortie"
             FROM decision d
             LEFT JOIN parcours pa ON d.statut = 'ADMIS' AND pa.id = d.parcours_id
             LEFT JOIN sortie s ON s.parcours_id = pa.id
            WHERE d.partenaire = 'FRANCE_TRAVAIL' AND d.actuelle AND d.prescription_id = ANY ($1::uuid[])`,
          [own],
        ),
  ]);
  const plieByCode = new Map(plies.map((p) => [p.code, p]));
  const decisionById = new Map(decisions.map((d) => [d.id, d]));
  return {
    prescriptionsFranceTravail: {
      nodes: fiches.map((f) => {
        const d = decisionById.get(f.id);
        const plie = plieByCode.get(f.plieCode);
        return {
          id: f.id,
          statut: f.statut,
          personne: { nomNaissance: f.nomNaissance, prenoms: f.prenoms },
          situation: { trancheCite: f.trancheCite },
          plie: plie ? { code: plie.code, nom: plie.nom } : null,
          decisionPlie: d ? { statut: d.statut, decideLe: d.decideLe.toISOString(), motif: d.motif } : null,
          suiteParcours: d?.statutParcours ? { statutParcours: d.statutParcours, categorieSortie: d.categorieSortie, dateSortie: d.dateSortie } : null,
        };
      }),
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// S3: the COPIL view of a perimeter and a period.

/**
 * The main figures of the COPIL view that the floor reproduces, for the period and for the previous one (as the
 * view's `precedente`): fiches received from each partner, entrées, file active, sorties, sorties positives, clause
 * hours done, FSE+ consumed; and the yearly series (entrées, sorties, clause hours). Not reproduced: the breakdowns
 * by sex, age and status with their complementary masking, integration by partner, rates, durations, objectives,
 * the clause public and the cofinancements — same tables, more columns.
 */
export interface S3Figures {
  plies: string[];
  seuil: number;
  periodes: Array<{
    debut: string;
    fin: string;
    recues: { franceTravail: Effectif; departement: Effectif; missionLocale: Effectif };
    entrees: Effectif;
    fileActive: Effectif;
    sorties: Effectif;
    sortiesPositives: Effectif;
    heuresClauses: number;
    fseConsomme: string;
  }>;
  serieParcours: Array<{ annee: number; entrees: Effectif; sorties: Effectif }>;
  serieClauses: Array<{ annee: number; heuresRealisees: number }>;
}

interface VueParties {
  debut: string;
  fin: string;
  plies: string[];
  seuilMasquage: number;
  prescriptionsRecuesFranceTravail: Effectif;
  prescriptionsRecuesDepartement: Effectif;
  prescriptionsRecuesMissionLocale: Effectif;
  parcours: { entrees: { total: Effectif }; fileActive: { total: Effectif }; sorties: Effectif; sortiesPositives: { total: Effectif } };
  clauses: { heuresRealisees: number };
  financements: { fseConsomme: string };
}

/** The same figures read from the gateway's answer to `VUE_COPIL_QUERY`. */
export function s3FiguresOfAnswer(answer: { vueCopil: VueParties & { precedente: VueParties; serieParcours: Array<{ annee: number; entrees: Effectif; sorties: Effectif }>; serieClauses: Array<{ annee: number; heuresRealisees: number }> } }): S3Figures {
  const v = answer.vueCopil;
  const periode = (p: VueParties) => ({
    debut: p.debut,
    fin: p.fin,
    recues: { franceTravail: p.prescriptionsRecuesFranceTravail, departement: p.prescriptionsRecuesDepartement, missionLocale: p.prescriptionsRecuesMissionLocale },
    entrees: p.parcours.entrees.total,
    fileActive: p.parcours.fileActive.total,
    sorties: p.parcours.sorties,
    sortiesPositives: p.parcours.sortiesPositives.total,
    heuresClauses: p.clauses.heuresRealisees,
    fseConsomme: p.financements.fseConsomme,
  });
  return {
    plies: v.plies,
    seuil: v.seuilMasquage,
    periodes: [periode(v), periode(v.precedente)],
    serieParcours: v.serieParcours.map(({ annee, entrees, sorties }) => ({ annee, entrees, sorties })),
    serieClauses: v.serieClauses.map(({ annee, heuresRealisees }) => ({ annee, heuresRealisees })),
  };
}

export interface S3Variables {
  debut: string;
  fin: string;
  plies?: string[];
  organismeIntermediaire?: string;
}

const PRESCRIPTIONS = { franceTravail: 'prescriptions-france-travail', departement: 'prescriptions-departement', missionLocale: 'prescriptions-mission-locale' } as const;
/** The yearly series start there (the view's `depuis` default) and span at most 15 years. */
const SERIES_FROM = 2018;

/**
 * S3 in six statements, one per database, all in parallel (seven for an organisme intermédiaire, whose PLIEs are
 * looked up first): each computes the period and the previous one in the same scan (FILTER), and its yearly series.
 */
export async function s3Floor(db: FloorDatabases, caller: Caller, variables: S3Variables): Promise<S3Figures> {
  const { debut, fin } = variables;
  const days = (Date.parse(fin) - Date.parse(debut)) / 86_400_000 + 1;
  const before = { debut: addDays(debut, -days), fin: addDays(debut, -1) };
  let plies: string[];
  if (variables.plies?.length) {
    plies = [...new Set(variables.plies)].sort();
  } else {
    const rows = await db.query<{ code: string }>(
      'parcours',
      'SELECT code FROM plie WHERE starts_with(organisme_intermediaire, $1) AND code = ANY ($2::text[]) ORDER BY code',
      [variables.organismeIntermediaire ?? '', caller.plies],
    );
    plies = rows.map((r) => r.code);
  }
  const periods = [plies, debut, fin, before.debut, before.fin];
  const lastSeriesYear = Math.min(Number(fin.slice(0, 4)), SERIES_FROM + 14);
  const [[parcours], [clauses], [financements], ...recues] = await Promise.all([
    db.query<{ seuil: number; e1: number; e0: number; f1: number; f0: number; s1: number; p1: number; s0: number; p0: number; serie_entrees: Array<[number, number]>; serie_sorties: Array<[number, number]> }>(
      'parcours',
      `SELECT (SELECT max(seuil_masquage) FROM plie WHERE code = ANY ($1::text[]))::int AS seuil, e.e1, e.e0, fa.f1, fa.f0, s.s1, s.p1, s.s0, s.p0,
              (SELECT coalesce(json_agg(json_build_array(annee, n)), '[]') FROM (
                 SELECT extract(year FROM date_entree)::int AS annee, count(*)::int AS n FROM parcours
                  WHERE plie_code = ANY ($1::text[]) AND date_entree BETWEEN make_date($6::int, 1, 1) AND make_date($7::int, 12, 31) GROUP BY 1) y) AS serie_entrees,
              (SELECT coalesce(json_agg(json_build_array(annee, n)), '[]') FROM (
                 SELECT extract(year FROM so.date)::int AS annee, count(*)::int AS n FROM sortie so
                  WHERE so.plie_code = ANY ($1::text[]) AND so.date BETWEEN make_date($6::int, 1, 1) AND make_date($7::int, 12, 31) GROUP BY 1) y) AS serie_sorties
         FROM (SELECT count(*) FILTER (WHERE pa.date_entree BETWEEN $2::date AND $3::date)::int AS e1,
                      count(*) FILTER (WHERE pa.date_entree BETWEEN $4::date AND $5::date)::int AS e0
                 FROM parcours pa JOIN participant p ON p.id = pa.participant_id
                WHERE pa.plie_code = ANY ($1::text[]) AND pa.date_entree BETWEEN $4::date AND $3::date) e,
              -- file active: distinct people per PLIE, summed over the PLIEs (as the view sums them)
              (SELECT coalesce(sum(f1), 0)::int AS f1, coalesce(sum(f0), 0)::int AS f0 FROM (
                 SELECT count(DISTINCT p.id) FILTER (WHERE pa.date_entree <= $3::date AND (pa.date_sortie IS NULL OR pa.date_sortie >= $2::date)) AS f1,
                        count(DISTINCT p.id) FILTER (WHERE pa.date_entree <= $5::date AND (pa.date_sortie IS NULL OR pa.date_sortie >= $4::date)) AS f0
                   FROM parcours pa JOIN participant p ON p.id = pa.participant_id
                  WHERE pa.plie_code = ANY ($1::text[]) AND pa.date_entree <= $3::date AND (pa.date_sortie IS NULL OR pa.date_sortie >= $4::date)
                  GROUP BY pa.plie_code) x) fa,
              (SELECT count(*) FILTER (WHERE so.date BETWEEN $2::date AND $3::date)::int AS s1,
                      count(*) FILTER (WHERE so.date BETWEEN $2::date AND $3::date AND so.categorie = 'POSITIVE')::int AS p1,
                      count(*) FILTER (WHERE so.date BETWEEN $4::date AND $5::date)::int AS s0,
                      count(*) FILTER (WHERE so.date BETWEEN $4::date AND $5::date AND so.categorie = 'POSITIVE')::int AS p0
                 FROM sortie so WHERE so.plie_code = ANY ($1::text[]) AND so.date BETWEEN $4::date AND $3::date) s`,
      [...periods, SERIES_FROM, lastSeriesYear],
    ),
    db.query<{ h1: number; h0: number; serie: Array<[number, number]> }>(
      'clauses',
      `WITH h AS (
         SELECT mois, heures_travail + heures_formation AS heures FROM heures_insertion WHERE plie_code = ANY ($1::text[]))
       SELECT coalesce(sum(heures) FILTER (WHERE mois >= date_trunc('month', $2::date) AND mois <= $3::date), 0)::float8 AS h1,
              coalesce(sum(heures) FILTER (WHERE mois >= date_trunc('month', $4::date) AND mois <= $5::date), 0)::float8 AS h0,
              (SELECT coalesce(json_agg(json_build_array(annee, heures)), '[]') FROM (
                 SELECT extract(year FROM mois)::int AS annee, sum(heures)::float8 AS heures FROM h
                  WHERE mois >= make_date($6::int, 1, 1) AND mois < make_date($7::int + 1, 1, 1) GROUP BY 1) y) AS serie
         FROM h`,
      [...periods, SERIES_FROM, Number(fin.slice(0, 4))],
    ),
    db.query<{ f1: string; f0: string }>(
      'financements',
      `SELECT coalesce(sum(r.fse_du) FILTER (WHERE extract(year FROM r.periode_debut)::int BETWEEN $2::int AND $3::int), 0)::text AS f1,
              coalesce(sum(r.fse_du) FILTER (WHERE extract(year FROM r.periode_debut)::int BETWEEN $4::int AND $5::int), 0)::text AS f0
         FROM realise r JOIN operation o ON o.id = r.operation_id
        WHERE o.plie_code = ANY ($1::text[]) AND extract(year FROM r.periode_debut)::int BETWEEN $4::int AND $3::int`,
      [plies, ...[debut, fin, before.debut, before.fin].map((d) => Number(d.slice(0, 4)))],
    ),
    ...Object.values(PRESCRIPTIONS).map((subgraph) =>
      db.query<{ r1: number; r0: number }>(
        subgraph,
        `SELECT count(*) FILTER (WHERE d BETWEEN $2::date AND $3::date)::int AS r1, count(*) FILTER (WHERE d BETWEEN $4::date AND $5::date)::int AS r0
           FROM (SELECT (transmise_le AT TIME ZONE 'UTC')::date AS d FROM prescription WHERE plie_code = ANY ($1::text[]) AND transmise_le IS NOT NULL) x
          WHERE d BETWEEN $4::date AND $3::date`,
        periods,
      ),
    ),
  ]);
  const seuil = parcours!.seuil;
  const m = (n: number) => maskCount(n, seuil);
  const [ft, dep, ml] = recues.map(([row]) => row!);
  const periode = (now: boolean, range: { debut: string; fin: string }) => ({
    debut: range.debut,
    fin: range.fin,
    recues: { franceTravail: m(now ? ft!.r1 : ft!.r0), departement: m(now ? dep!.r1 : dep!.r0), missionLocale: m(now ? ml!.r1 : ml!.r0) },
    entrees: m(now ? parcours!.e1 : parcours!.e0),
    fileActive: m(now ? parcours!.f1 : parcours!.f0),
    sorties: m(now ? parcours!.s1 : parcours!.s0),
    sortiesPositives: m(now ? parcours!.p1 : parcours!.p0),
    heuresClauses: Math.round((now ? clauses!.h1 : clauses!.h0) * 100) / 100,
    fseConsomme: montant(now ? financements!.f1 : financements!.f0),
  });
  const years = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  const count = (pairs: Array<[number, number]>, annee: number) => pairs.find(([y]) => y === annee)?.[1] ?? 0;
  return {
    plies,
    seuil,
    periodes: [periode(true, { debut, fin }), periode(false, before)],
    serieParcours: years(SERIES_FROM, lastSeriesYear).map((annee) => ({ annee, entrees: m(count(parcours!.serie_entrees, annee)), sorties: m(count(parcours!.serie_sorties, annee)) })),
    serieClauses: years(SERIES_FROM, Number(fin.slice(0, 4))).map((annee) => ({ annee, heuresRealisees: count(clauses!.serie, annee) })),
  };
}

/**
 * Waits until the PostgreSQL server has `needed` connections free (the subgraphs' pools close theirs after 10 s
 * idle), so that the floor is not refused connections the hub holds idle from the measurement before. Gives up after
 * `timeoutMillis` and says so: the floor's errors then tell the story.
 */
export async function waitForFreeConnections(serverUrl: string, needed: number, timeoutMillis = 30_000): Promise<number> {
  const client = new pg.Client({ connectionString: `${serverUrl.replace(/\/$/, '')}/postgres` });
  await client.connect();
  try {
    const deadline = Date.now() + timeoutMillis;
    for (;;) {
      const [row] = (
        await client.query(
          `SELECT current_setting('max_connections')::int - current_setting('superuser_reserved_connections')::int
                  - (SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend')::int AS free`,
        )
      ).rows as Array<{ free: number }>;
      if (row!.free >= needed || Date.now() > deadline) return row!.free;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } finally {
    await client.end();
  }
}
