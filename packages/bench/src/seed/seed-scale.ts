import type { DataSource } from 'typeorm';
import { generateClauses, donneurId, entrepriseId } from './clauses';
import { readReferential, REFERENCE_DATE, referenceDays, type PlieRef, type SeedContext } from './context';
import { generateFinancements } from './financements';
import { commissionId, generateParcours } from './parcours';
import { generatePrescriptions } from './prescriptions';
import { Random, sha256 } from './util';
import { PARTNERS, volumesFor, type Volumes } from './volumes';
import { BulkWriter, type Row, type TableProgress } from './writer';

export interface SeedTarget {
  /** Subgraph name (`parcours`, `prescriptions-france-travail`…). */
  name: string;
  dataSource: DataSource;
}

export interface SeedOptions {
  /** 1 = 11 PLIEs, 6 000 participants over 4 years…; 10 = ten times the volume; fractions for tests. */
  scale: number;
  seed: number;
  /** The hub's match key (`PLIE_MATCH_KEY`), so that participants and fiches are matched as the hub matches them. */
  matchKey: string;
  onProgress?: (message: string) => void;
  /** The generator's "today". @default REFERENCE_DATE */
  referenceDate?: string;
}

export interface SeedReport {
  scale: number;
  seed: number;
  referenceDate: string;
  volumes: Volumes;
  /** Rows written per table, in writing order. */
  tables: Array<{ subgraph: string; table: string; rows: number }>;
  /** SHA-256 of every value written, in order: equal for the same scale, seed and referential. */
  digest: string;
  generationSeconds: number;
  writeSeconds: number;
}

export const SEED_SUBGRAPHS = [...PARTNERS.map((p) => p.subgraph), 'parcours', 'clauses', 'financements'];

export class AlreadySeededError extends Error {}

const count = (n: number) => n.toLocaleString('fr-FR').replace(/\u202f|\u00a0/g, ' ');

/**
 * Whether a subgraph's database already holds generated rows: the agents' subjects of generated records start with
 * `gen-`, and the référentiel additions have ids independent of the seed.
 */
async function alreadyGenerated(name: string, db: DataSource, plies: PlieRef[]): Promise<boolean> {
  const found = async (sql: string, params: unknown[] = []) => ((await db.query(`SELECT EXISTS (${sql}) AS found`, params)) as Array<{ found: boolean }>)[0]!.found;
  if (name.startsWith('prescriptions-')) return found("SELECT 1 FROM prescription WHERE auteur_sub LIKE 'gen-%'");
  if (name === 'parcours') {
    return (await found("SELECT 1 FROM decision WHERE auteur_sub LIKE 'gen-%'")) || found('SELECT 1 FROM commission WHERE id = ANY ($1::uuid[])', [plies.map((p) => commissionId(p.code, 'INTEGRATION', 0))]);
  }
  if (name === 'clauses') {
    return (
      (await found("SELECT 1 FROM heures_insertion WHERE saisi_par LIKE 'gen-%'")) ||
      (await found('SELECT 1 FROM donneur_ordre WHERE id = ANY ($1::uuid[])', [plies.map((p) => donneurId(p.code, 0))])) ||
      found('SELECT 1 FROM entreprise WHERE id = $1', [entrepriseId(0)])
    );
  }
  if (name === 'financements') return found("SELECT 1 FROM transition_operation WHERE par_sub LIKE 'gen-%'");
  return false;
}

/**
 * Generates the benchmark data set at a scale and writes it straight into each subgraph's tables (multi-row
 * `INSERT … SELECT FROM unnest`, one transaction per subgraph), on top of the demo referential it reads first.
 * Deterministic: a seeded generator per part of the data set, ids derived from the seed, dates from a fixed reference
 * day. Refuses to run on a database that already holds generated data.
 */
export async function seedScale(targets: SeedTarget[], options: SeedOptions): Promise<SeedReport> {
  const progress = options.onProgress ?? (() => {});
  const byName = new Map(targets.map((t) => [t.name, t.dataSource]));
  const absent = SEED_SUBGRAPHS.filter((name) => !byName.has(name));
  if (absent.length) throw new Error(`Le générateur écrit dans les six sous-graphes ; manquants : ${absent.join(', ')}.`);
  if (!Number.isInteger(options.seed)) throw new RangeError('La graine (--seed) doit être un nombre entier.');
  const volumes = volumesFor(options.scale);
  const referenceDate = options.referenceDate ?? REFERENCE_DATE;
  const db = (name: string) => byName.get(name)!;

  const started = performance.now();
  const referential = await readReferential(db);
  for (const name of SEED_SUBGRAPHS) {
    if (await alreadyGenerated(name, db(name), referential.plies)) {
      throw new AlreadySeededError(
        `La base du sous-graphe ${name} contient déjà des données générées : le générateur ne s'exécute qu'une fois par base. Repartez d'une base vide (nouvelle base, ou schémas supprimés) pour générer à nouveau.`,
      );
    }
  }
  const { today, start } = referenceDays(referenceDate);
  const ctx: SeedContext = {
    seed: options.seed,
    scale: options.scale,
    matchKey: options.matchKey,
    volumes,
    today,
    start,
    referential,
    random: (stream) => new Random(`seed:${options.seed}:${stream}`),
  };
  const weights = referential.plies.map((plie) => [plie, plie.weight] as const);
  const pickPlie = (random: Random) => random.weighted(weights);

  progress(`Génération en mémoire (échelle ${options.scale}, graine ${options.seed}, jour de référence ${referenceDate})…`);
  const timed = <T>(label: string, make: () => T): T => {
    const t0 = performance.now();
    const result = make();
    progress(`  ${label} : ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return result;
  };
  const prescriptions = timed('fiches de prescription', () => generatePrescriptions(ctx, pickPlie));
  const parcours = timed('commissions, participants et parcours', () => generateParcours(ctx, prescriptions.fiches, pickPlie));
  const clauses = timed('clauses sociales', () => generateClauses(ctx, parcours.participants));
  const financements = timed('opérations FSE+', () => generateFinancements(ctx));
  const plan: Array<[string, Array<[string, Row[]]>]> = [
    ...PARTNERS.map((p) => [p.subgraph, prescriptions.tables.get(p.subgraph)!] as [string, Array<[string, Row[]]>]),
    ['parcours', parcours.tables],
    ['clauses', clauses.tables],
    ['financements', financements.tables],
  ];
  const generated = performance.now();
  const total = plan.reduce((sum, [, tables]) => sum + tables.reduce((s, [, rows]) => s + rows.length, 0), 0);
  progress(`${count(total)} lignes générées en ${((generated - started) / 1000).toFixed(1)} s ; écriture…`);

  const digest = sha256();
  const report: SeedReport['tables'] = [];
  const onTable = ({ subgraph, table, written, total: rows }: TableProgress) => {
    if (written === rows) progress(`  ${subgraph}.${table} : ${count(rows)} lignes`);
    else if (written % 25_000 === 0) progress(`  ${subgraph}.${table} : ${count(written)} / ${count(rows)}…`);
  };
  for (const [name, tables] of plan) {
    const dataSource = db(name);
    const schema = (dataSource.options as { schema?: string }).schema ?? name.replace(/-/g, '_');
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const writer = new BulkWriter(runner, schema, name, digest, onTable);
      for (const [table, rows] of tables) {
        await writer.insert(table, rows);
        report.push({ subgraph: name, table, rows: rows.length });
      }
      await runner.commitTransaction();
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => {});
      throw error;
    } finally {
      await runner.release();
    }
    // Fresh statistics, or the planner sees the tables as they were before the load; and the visibility map set, as
    // autovacuum would set it on a running server, or every count reads the table's pages behind its index (a year
    // of fiches received by 11 PLIEs: 5.3 ms before the vacuum, 1.3 ms after, on a server with autovacuum off).
    for (const [table, rows] of tables) if (rows.length) await dataSource.query(`VACUUM (ANALYZE) "${schema}"."${table}"`);
  }
  const written = performance.now();
  return {
    scale: options.scale,
    seed: options.seed,
    referenceDate,
    volumes,
    tables: report,
    digest: digest.digest('hex'),
    generationSeconds: Math.round((generated - started) / 100) / 10,
    writeSeconds: Math.round((written - generated) / 100) / 10,
  };
}
