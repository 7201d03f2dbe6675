import { isDeepStrictEqual } from 'node:util';
import type { HubProcess } from '@plie-hub/hub';
import type { LoadResult } from './load';
import { S2_QUERY, sqlStatements } from './metrics';
import { countPostgresCpu, cpuSeconds } from './process-stats';
import { franceTravailFicheInput } from './fiche-input';
import { S1_QUERY, type S3Variables } from './floor';
import { VUE_COPIL_QUERY } from '@plie-hub/gateway/copil-query';

export const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

export const round1 = (n: number) => Math.round(n * 10) / 10;
export const round2 = (n: number) => Math.round(n * 100) / 100;

export interface Row {
  scenario: string;
  result: LoadResult;
  sqlPerOperation: number;
  /** SQL statements per operation by subgraph (where the statements go, for the log). */
  sqlBySubgraph: Record<string, number>;
  /**
   * CPU milliseconds per operation of the gateway measured, of all subgraphs together, and of the PostgreSQL server's
   * processes (null when the server runs on another machine, or when the databases are embedded in the subgraphs).
   */
  cpu: { gateway: number; subgraphs: number; postgres: number | null };
}

/**
 * What a measurement reads CPU from (the gateway in front, ours or Apollo's, and the subgraph processes behind it;
 * none when they run in the gateway's process) and the subgraphs whose SQL statements it counts. With embedded
 * storage the databases run inside the subgraphs, and there is no server's CPU to count.
 */
export interface Topology {
  gateway: { name: string; pid: number };
  subgraphPids: number[];
  subgraphs: Array<Pick<HubProcess, 'name' | 'baseUrl'>>;
  embedded?: boolean;
}

/** Runs one load through a topology and reads its CPU and SQL statements over the recorded part of the run. */
export async function measure(topology: Topology, scenario: string, run: (onRecording: () => Promise<void>) => Promise<LoadResult>): Promise<Row> {
  const pids = [topology.gateway.pid, ...topology.subgraphPids];
  // Counters start when the warm-up ends: what follows is the steady state the figures describe.
  let cpuBefore: number[] = [];
  let postgres = null as ReturnType<typeof countPostgresCpu> | null;
  let sqlBefore: Record<string, number> = {};
  const result = await run(async () => {
    cpuBefore = pids.map(cpuSeconds);
    postgres = topology.embedded ? null : countPostgresCpu();
    sqlBefore = await sqlStatements(topology.subgraphs);
  });
  const operations = Math.max(1, result.operationsSent);
  const postgresMillis = postgres?.millisPerOperation(operations) ?? null;
  const sqlAfter = await sqlStatements(topology.subgraphs);
  const cpuMillis = pids.map((pid, i) => ((cpuSeconds(pid) - cpuBefore[i]!) * 1000) / operations);
  const sqlBySubgraph = Object.fromEntries(Object.keys(sqlAfter).map((name) => [name, round1((sqlAfter[name]! - sqlBefore[name]!) / operations)]));
  const sqlTotal = Object.keys(sqlAfter).reduce((sum, name) => sum + sqlAfter[name]! - sqlBefore[name]!, 0);
  const row: Row = {
    scenario,
    result,
    sqlPerOperation: round1(sqlTotal / operations),
    sqlBySubgraph,
    cpu: {
      gateway: round2(cpuMillis[0]!),
      subgraphs: round2(cpuMillis.slice(1).reduce((sum, v) => sum + v, 0)),
      postgres: postgresMillis,
    },
  };
  const where = Object.entries(sqlBySubgraph).filter(([, n]) => n > 0).map(([name, n]) => `${name} ${n}`).join(', ');
  log(`${scenario} via ${topology.gateway.name} c=${result.connections}: ${result.throughput} op/s p50 ${result.p50} ms p95 ${result.p95} ms p99 ${result.p99} ms, ${result.errors} erreurs, ${row.sqlPerOperation} SQL/op (${where}), CPU ms/op gateway ${row.cpu.gateway} subgraphs ${row.cpu.subgraphs} PostgreSQL ${row.cpu.postgres ?? '—'}${result.firstError ? `; first error: ${result.firstError}` : ''}`);
  return row;
}

/** One GraphQL request, its `data` (throws on errors: a check compares answers, not failures). */
export async function graphql<T>(url: string, token: string, body: string): Promise<T> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
  const answer = (await response.json()) as { data?: T; errors?: unknown[] };
  if (response.status !== 200 || answer.errors || !answer.data) throw new Error(`${url} answered ${response.status}: ${JSON.stringify(answer).slice(0, 500)}`);
  return answer.data;
}

/** Fails the bench when two answers that must be equal are not, showing where they part. */
export function assertSame(what: string, expected: unknown, actual: unknown): void {
  if (isDeepStrictEqual(expected, actual)) return;
  const a = JSON.stringify(expected);
  const b = JSON.stringify(actual);
  let i = 0;
  while (i < a.length && a[i] === b[i]) i += 1;
  throw new Error(`${what}: the answers differ from character ${i}:\n  expected …${a.slice(Math.max(0, i - 200), i + 300)}\n  actual   …${b.slice(Math.max(0, i - 200), i + 300)}`);
}

/** The rows of a run as the results table of BENCHMARKS.md. */
export function resultsTable(rows: Row[]): string {
  return [
    '| scenario | clients | op/s | p50 ms | p95 ms | p99 ms | errors | SQL / op | CPU ms / op (gateway · subgraphs · PostgreSQL) |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map(({ scenario, result: r, sqlPerOperation, cpu }) =>
      `| ${scenario} | ${r.connections} | ${r.throughput} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors} | ${sqlPerOperation} | ${cpu.gateway} · ${cpu.subgraphs} · ${cpu.postgres ?? '—'} |`),
  ].join('\n');
}

/** The bodies of the read scenarios, the same for every storage and layout. */
export const S1_BODY = JSON.stringify({ query: S1_QUERY });
export const S2_BODY = JSON.stringify({ query: S2_QUERY });
/** The COPIL view alternates between two years, so that no layer answers from what the previous request read. */
export const s3Variables = (perimeter: S3Perimeter, n: number): S3Variables => ({ ...perimeter, debut: `${2024 + (n % 2)}-01-01`, fin: `${2024 + (n % 2)}-12-31` });
/** The full consolidated view, as the COPIL console and the export ask for it. */
export const s3Body = (variables: S3Variables) => JSON.stringify({ query: VUE_COPIL_QUERY, variables });
/** The view computed for each request: the gateway's COPIL cache (a minute in production) would otherwise answer all but the first request of each year. */
export const COMPUTED = { 'cache-control': 'no-cache' };

export type S3Perimeter = Pick<S3Variables, 'plies' | 'organismeIntermediaire'>;
/** The two perimeters of S3: one PLIE, and the 11 PLIEs of the organisme intermédiaire. */
export const ONE_PLIE: S3Perimeter = { plies: ['BORDEAUX'] };
export const ELEVEN_PLIES: S3Perimeter = { organismeIntermediaire: 'AGAPE' };

/** A read scenario: what a measurement sends, the n-th request's body. */
export interface ReadScenario {
  label: string;
  token: string;
  body: (n: number) => string;
  headers?: Record<string, string>;
}

/**
 * S1, S2 and S3 (one PLIE, 11 PLIEs) as every bench labels and sends them, with the tokens of the prescriber, the
 * référent and the COPIL member. The label says what the data holds: the demo référent follows 40 people, a generated
 * data set more (`caseload`, what S2's first page shows).
 */
export function readScenarios(tokens: { prescriber: string; referent: string; copil: string }, caseload: number) {
  const s3 = (label: string, perimeter: S3Perimeter): ReadScenario => ({ label, token: tokens.copil, body: (n) => s3Body(s3Variables(perimeter, n)), headers: COMPUTED });
  return {
    s1: { label: 'S1 prescriber list: 50 fiches + decision, parcours outcome and PLIE (2 subgraphs)', token: tokens.prescriber, body: () => S1_BODY } as ReadScenario,
    s2: { label: `S2 référent caseload: ${caseload === 100 ? '100' : `${caseload} (first 100)`} parcours + current étape, alerts, clause hours (2 subgraphs)`, token: tokens.referent, body: () => S2_BODY } as ReadScenario,
    s3: s3('S3 COPIL view of one PLIE-year (all subgraphs, previous year and series)', ONE_PLIE),
    s3Oi: s3('S3 COPIL view of the 11 PLIEs of an OI', ELEVEN_PLIES),
  };
}

/** The référent's caseload as S2's first page shows it (at most 100), for its label. */
export async function caseloadOf(gatewayUrl: string, referentToken: string): Promise<number> {
  return (await graphql<{ fileActive: { nodes: unknown[] } }>(gatewayUrl, referentToken, S2_BODY)).fileActive.nodes.length;
}

export const S5_LABEL = 'S5 create a fiche (write path)';

/** S5's bodies: each call a new fiche for the France Travail prescriber. */
export function s5Bodies(): () => string {
  let created = 0;
  return () => {
    created += 1;
    return JSON.stringify({
      query: 'mutation ($input: CreerPrescriptionFranceTravailInput!) { creerPrescriptionFranceTravail(input: $input) { id } }',
      variables: { input: franceTravailFicheInput(`BENCH${created}`) },
    });
  };
}
