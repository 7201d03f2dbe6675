import pg from 'pg';
import { VUE_COPIL_QUERY } from '@plie-hub/gateway/copil-query';
import { DEMO_IDENTITIES } from '@plie-hub/hub';
import { load, WARMUP_SECONDS } from './load';
import { S2_QUERY, sqlStatements } from './metrics';
import { startBenchHub, startProductionIdentity } from './production-identity';
import { seedTopology } from './seed-topology';
import { writeBenchmarksSection } from './benchmarks-file';

/**
 * `npm run bench:scaling`: S2 and S3 at each scale of PLIE_BENCH_SCALES (default 1 and 10), each on a fresh topology
 * loaded with the generated data set, at 10 clients. For each: p95, throughput, SQL statements per operation and the
 * data the operation touches, so the report can show that cost grows no faster than the data touched and that the
 * number of statements does not grow at all. Writes its section of BENCHMARKS.md.
 */
const PG = process.env.PLIE_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';
const SECONDS = Number(process.env.PLIE_BENCH_SECONDS ?? 10);
const SCALES = (process.env.PLIE_BENCH_SCALES ?? '1,10').split(',').map(Number);
const YEAR = { debut: '2025-01-01', fin: '2025-12-31' };
const log = (message: string) => console.log(`[scaling ${new Date().toISOString().slice(11, 19)}] ${message}`);

interface Measure {
  scenario: string;
  scale: number;
  touched: number;
  touchedLabel: string;
  p95: number;
  throughput: number;
  errors: number;
  sqlPerOperation: number;
}

async function count(url: string, sql: string, params: unknown[]): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query(sql, params)).rows[0].n);
  } finally {
    await client.end();
  }
}

const PARCOURS_OF_PERIOD = `SELECT count(*)::int AS n FROM parcours.parcours
  WHERE plie_code = ANY($1::text[]) AND date_entree <= $3 AND (date_sortie IS NULL OR date_sortie >= $2)`;

const results: Measure[] = [];
// The hub runs in production mode, as in `npm run bench`; the generated data uses the hub's match key.
const identity = await startProductionIdentity();
for (const scale of SCALES) {
  log(`scale ${scale}: fresh topology`);
  // The computation's growth is what this run measures: no COPIL cache.
  const hub = await startBenchHub(identity, PG, 'plie_scale_', 4200, { copilCache: false });
  try {
    await seedTopology(hub.databaseUrls, scale, (message) => log(message.trim()), identity.matchKey);
    const subgraphs = hub.processes.filter((p) => p.name !== 'gateway');
    const referent = await identity.tokenFor(DEMO_IDENTITIES.referent!);
    const copil = await identity.tokenFor(DEMO_IDENTITIES.copil!);
    const allPlies: string[] = (await (await fetch(hub.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${copil}` }, body: JSON.stringify({ query: '{ plies { code organismeIntermediaire } }' }) })).json()).data.plies
      .filter((p: { organismeIntermediaire: string | null }) => p.organismeIntermediaire?.startsWith('AGAPE'))
      .map((p: { code: string }) => p.code);
    const parcoursUrl = hub.databaseUrls.parcours!;
    const referentRow = await count(parcoursUrl, "SELECT count(*)::int AS n FROM parcours.parcours pa JOIN parcours.referent r ON r.id = pa.referent_id WHERE r.sub = $1 AND pa.statut IN ('ACTIF', 'EN_VEILLE')", [DEMO_IDENTITIES.referent!.sub]);
    const scenarios = [
      { scenario: 'S2 référent caseload (first 100)', token: referent, body: JSON.stringify({ query: S2_QUERY }), touched: Math.min(100, referentRow), touchedLabel: `parcours shown (of ${referentRow} in the caseload)` },
      {
        scenario: 'S3 COPIL view of one PLIE-year',
        token: copil,
        body: JSON.stringify({ query: VUE_COPIL_QUERY, variables: { ...YEAR, plies: ['BORDEAUX'] } }),
        touched: await count(parcoursUrl, PARCOURS_OF_PERIOD, [['BORDEAUX'], YEAR.debut, YEAR.fin]),
        touchedLabel: 'parcours of the PLIE-year',
      },
      {
        scenario: 'S3 COPIL view of the 11 PLIEs of an OI',
        token: copil,
        body: JSON.stringify({ query: VUE_COPIL_QUERY, variables: { ...YEAR, organismeIntermediaire: 'AGAPE' } }),
        touched: await count(parcoursUrl, PARCOURS_OF_PERIOD, [allPlies, YEAR.debut, YEAR.fin]),
        touchedLabel: 'parcours of the 11 PLIEs in the year',
      },
    ];
    for (const s of scenarios) {
      let before: Record<string, number> = {};
      const r = await load({ url: hub.gatewayUrl, token: s.token, body: () => s.body, connections: 10, seconds: SECONDS, onRecording: async () => (before = await sqlStatements(subgraphs)) });
      const after = await sqlStatements(subgraphs);
      const statements = Object.keys(after).reduce((sum, name) => sum + after[name]! - before[name]!, 0);
      const measure = { scenario: s.scenario, scale, touched: s.touched, touchedLabel: s.touchedLabel, p95: r.p95, throughput: r.throughput, errors: r.errors, sqlPerOperation: Math.round((statements / Math.max(1, r.operationsSent)) * 10) / 10 };
      results.push(measure);
      log(`${s.scenario} scale ${scale}: ${s.touched} touched, p95 ${r.p95} ms, ${r.throughput} op/s, ${measure.sqlPerOperation} SQL/op, ${r.errors} errors`);
    }
  } finally {
    await hub.stop();
  }
}

const ratio = (a: number, b: number) => (b > 0 ? (Math.round((a / b) * 10) / 10).toString() : '—');
const lines = ['| scenario | scale | data touched | p95 ms | op/s | errors | SQL / op |', '|---|---|---|---|---|---|---|'];
for (const m of results) lines.push(`| ${m.scenario} | ${m.scale} | ${m.touched} ${m.touchedLabel} | ${m.p95} | ${m.throughput} | ${m.errors} | ${m.sqlPerOperation} |`);
const growth = ['| scenario | scales | data touched × | p95 × | SQL / op equal |', '|---|---|---|---|---|'];
for (const scenario of [...new Set(results.map((m) => m.scenario))]) {
  const [first, last] = [results.find((m) => m.scenario === scenario)!, results.filter((m) => m.scenario === scenario).at(-1)!];
  if (first === last) continue;
  growth.push(`| ${scenario} | ${first.scale} → ${last.scale} | ${ratio(last.touched, first.touched)} | ${ratio(last.p95, first.p95)} | ${first.sqlPerOperation === last.sqlPerOperation ? 'yes' : `no (${first.sqlPerOperation} → ${last.sqlPerOperation})`} |`);
}
const section = `Last run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, \`npm run bench:scaling\` (PLIE_BENCH_SCALES=${SCALES.join(',')}), each scale on a fresh
topology with the generated data set, hub in production mode, 10 clients, ${SECONDS} s per measurement after ${WARMUP_SECONDS} s of warm-up, the year 2025.

${lines.join('\n')}

${growth.join('\n')}`;
await writeBenchmarksSection('scaling', section, 'Scaling: scale 1 and scale 10');
log('BENCHMARKS.md written');
await identity.close();
process.exit(0);
