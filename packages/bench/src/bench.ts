import { cpus, totalmem } from 'node:os';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DEVELOPMENT_GATEWAY_KEY, signCaller, signDevelopmentToken } from '@plie-hub/auth';
import { DEMO_IDENTITIES, ROOT, startDistributed, type HubProcess } from '@plie-hub/hub';
import { loadClauseHours } from './clause-data';
import { franceTravailFicheInput } from './fiche-input';
import { franceTravailCsv } from './fiches-csv';
import { load, percentile, type LoadResult } from './load';
import { cpuSeconds, peakMemoryMiB } from './process-stats';

/**
 * `npm run bench`: starts the hub as separate processes on the PostgreSQL server (fresh databases), loads data
 * through the API, drives each scenario through the gateway at fixed concurrencies, and writes BENCHMARKS.md.
 */
const PG = process.env.PLIE_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';
const SECONDS = Number(process.env.PLIE_BENCH_SECONDS ?? 10);
const CONCURRENCY = (process.env.PLIE_BENCH_CONCURRENCY ?? '1,10,50').split(',').map(Number);
const IMPORT_ROWS = Number(process.env.PLIE_BENCH_IMPORT_ROWS ?? 10_000);

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

async function sqlStatements(processes: HubProcess[]): Promise<number> {
  let total = 0;
  for (const p of processes.filter((p) => p.name !== 'gateway')) {
    const text = await (await fetch(`${p.baseUrl}/metrics`)).text();
    total += Number(/plie_sql_statements_total\{[^}]*\} (\d+)/.exec(text)?.[1] ?? 0);
  }
  return total;
}

interface Row {
  scenario: string;
  result: LoadResult;
  sqlPerOperation: number;
  cpu: Record<string, number>;
}

async function measure(hub: { processes: HubProcess[] }, scenario: string, run: () => Promise<LoadResult>): Promise<Row> {
  const cpuBefore = Object.fromEntries(hub.processes.map((p) => [p.name, cpuSeconds(p.child.pid!)]));
  const sqlBefore = await sqlStatements(hub.processes);
  const result = await run();
  const sqlAfter = await sqlStatements(hub.processes);
  const operations = Math.max(1, result.requests);
  const cpu = Object.fromEntries(
    hub.processes.map((p) => [p.name, Math.round(((cpuSeconds(p.child.pid!) - cpuBefore[p.name]!) * 1000) / operations * 100) / 100]),
  );
  // The warm-up sends requests too; the rate of statements per operation is measured over the whole run.
  const row = { scenario, result, sqlPerOperation: Math.round(((sqlAfter - sqlBefore) / operations) * 10) / 10, cpu };
  log(`${scenario} c=${result.connections}: ${result.throughput} op/s p50 ${result.p50} ms p95 ${result.p95} ms p99 ${result.p99} ms, ${result.errors} erreurs, ${row.sqlPerOperation} SQL/op`);
  return row;
}

log(`starting the hub as separate processes on ${PG.replace(/\/\/[^@]*@/, '//')}`);
const hub = await startDistributed({ postgres: PG, databasePrefix: 'plie_bench_', fresh: true, demoData: true, basePort: 4100, env: { LOG_LEVEL: 'error' }, gatewayEnv: { PLIE_RATE_LIMIT_PER_MINUTE: '0' }, stdio: 'ignore' });
const rows: Row[] = [];
const notes: string[] = [];
try {
  const prescriber = await signDevelopmentToken(DEMO_IDENTITIES['prescripteur-france-travail']!);

  log(`I1: importing ${IMPORT_ROWS} fiches through the gateway`);
  const csv = franceTravailCsv(IMPORT_ROWS, 'bench');
  const started = performance.now();
  const imported = await (
    await fetch(hub.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${prescriber}` },
      body: JSON.stringify({ query: 'mutation ($f: String!) { r: importerPrescriptionsFranceTravail(contenuBase64: $f) { creees rejetees { ligne } } }', variables: { f: csv.toString('base64') } }),
    })
  ).json() as { data?: { r: { creees: number; rejetees: unknown[] } }; errors?: unknown };
  const importSeconds = (performance.now() - started) / 1000;
  if (imported.data?.r.creees !== IMPORT_ROWS) throw new Error(`import: ${JSON.stringify(imported).slice(0, 300)}`);
  notes.push(`| I1 import CSV of ${IMPORT_ROWS} fiches (${(csv.length / 1024 / 1024).toFixed(1)} MiB) through the gateway | ${importSeconds.toFixed(1)} s (${Math.round(IMPORT_ROWS / importSeconds)} rows/s) | target < 30 s |`);
  log(`I1: ${importSeconds.toFixed(1)} s`);

  const s1Body = JSON.stringify({
    query: '{ prescriptionsFranceTravail(first: 50) { nodes { id statut personne { nomNaissance prenoms } situation { trancheCite } plie { code nom } } } }',
  });
  const s1 = () => s1Body;
  for (const connections of CONCURRENCY) {
    rows.push(await measure(hub, 'S1 prescriber list: 50 fiches + their PLIE (2 subgraphs)', () => load({ url: hub.gatewayUrl, token: prescriber, body: s1, connections, seconds: SECONDS })));
  }

  const copil = await signDevelopmentToken(DEMO_IDENTITIES.copil!);
  // The full consolidated view, as the COPIL console and the export ask for it.
  const { VUE_COPIL_QUERY } = await import('@plie-hub/gateway/copil-query');
  let year = 0;
  const s3 = (variables: Record<string, unknown>) => () => JSON.stringify({ query: VUE_COPIL_QUERY, variables: { ...variables, debut: `${2024 + ((year += 1) % 2)}-01-01`, fin: `${2024 + (year % 2)}-12-31` } });
  rows.push(await measure(hub, 'S3 COPIL view of one PLIE-year (all subgraphs, previous year and series)', () => load({ url: hub.gatewayUrl, token: copil, body: s3({ plies: ['BORDEAUX'] }), connections: 10, seconds: SECONDS })));
  rows.push(await measure(hub, 'S3 COPIL view of the 11 PLIEs of an OI', () => load({ url: hub.gatewayUrl, token: copil, body: s3({ organismeIntermediaire: 'AGAPE' }), connections: 10, seconds: SECONDS })));

  let n = 0;
  const s5 = () => {
    n += 1;
    return JSON.stringify({
      query: 'mutation ($input: CreerPrescriptionFranceTravailInput!) { creerPrescriptionFranceTravail(input: $input) { id } }',
      variables: { input: franceTravailFicheInput(`BENCH${n}`) },
    });
  };
  rows.push(await measure(hub, 'S5 create a fiche (write path)', () => load({ url: hub.gatewayUrl, token: prescriber, body: s5, connections: 10, seconds: SECONDS })));

  log('S4: _entities of 1000 representations on one subgraph');
  const list = await (
    await fetch(hub.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${prescriber}` }, body: JSON.stringify({ query: '{ p: prescriptionsFranceTravail(first: 100) { nodes { id } } }' }) })
  ).json() as { data: { p: { nodes: Array<{ id: string }> } } };
  const ids = list.data.p.nodes.map((node) => node.id);
  const subgraph = hub.processes.find((p) => p.name === 'prescriptions-france-travail')!;
  const entitiesBody = JSON.stringify({
    query: 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on PrescriptionFranceTravail { id statut personne { nomNaissance } } } }',
    variables: { r: Array.from({ length: 1000 }, (_, i) => ({ __typename: 'PrescriptionFranceTravail', id: ids[i % ids.length] })) },
  });
  const timings: number[] = [];
  let sqlPerCall = 0;
  for (let i = 0; i < 60; i += 1) {
    const t0 = performance.now();
    const response = await fetch(`${subgraph.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-plie-caller': signCaller(DEVELOPMENT_GATEWAY_KEY, DEMO_IDENTITIES['prescripteur-france-travail']!, entitiesBody) },
      body: entitiesBody,
    });
    const body = (await response.json()) as { extensions?: { sqlQueries?: number }; data?: { _entities: unknown[] } };
    if (i >= 10) timings.push(performance.now() - t0);
    sqlPerCall = body.extensions?.sqlQueries ?? -1;
    if (body.data?._entities.length !== 1000) throw new Error('S4: wrong answer');
  }
  timings.sort((a, b) => a - b);
  notes.push(`| S4 \`_entities\` with 1000 representations on one subgraph (sequential, 50 calls) | p50 ${percentile(timings, 50).toFixed(1)} ms, p95 ${percentile(timings, 95).toFixed(1)} ms, ${sqlPerCall} SQL query per call | target ≤ 50 ms |`);
  log(`S4: p95 ${percentile(timings, 95).toFixed(1)} ms, ${sqlPerCall} SQL`);

  log('S6: a year of hours for 2 000 clause contracts (24 000 rows) in Bordeaux');
  const { marcheId } = await loadClauseHours(`${PG.replace(/\/$/, '')}/plie_bench_clauses`, 'BORDEAUX', 2000);
  const facilitateur = await signDevelopmentToken(DEMO_IDENTITIES.facilitateur!);
  const s6plie = JSON.stringify({ query: '{ plie(code: "BORDEAUX") { statistiquesClauses(debut: "2025-01-01", fin: "2025-12-31") { nombreMarches heuresInsertionPrevues heuresRealisees tauxRealisation contrats public { total femmes moins26 qpv } } } }' });
  rows.push(await measure(hub, 'S6a clause figures of a PLIE-year over 24 000 monthly rows', () => load({ url: hub.gatewayUrl, token: facilitateur, body: () => s6plie, connections: 10, seconds: SECONDS })));
  const s6 = JSON.stringify({ query: `{ marche(id: "${marcheId}") { reference bilan { heuresEngagees heuresRealisees lots { numero heuresRealisees tauxRealisation personnes } parModalite { modalite heures } parPublic { critere personnes } public { total femmes } } } }` });
  rows.push(await measure(hub, 'S6 clause bilan of a marché with 12 months of hours', () => load({ url: hub.gatewayUrl, token: facilitateur, body: () => s6, connections: 10, seconds: SECONDS })));

  const memory = hub.processes.map((p) => `${p.name} ${peakMemoryMiB(p.child.pid!)} MiB`).join(', ');
  const table = [
    '| scenario | clients | op/s | p50 ms | p95 ms | p99 ms | errors | SQL / op | CPU ms / op (gateway · subgraphs) |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map(({ scenario, result: r, sqlPerOperation, cpu }) => {
      const gatewayCpu = cpu.gateway ?? 0;
      const subgraphCpu = Object.entries(cpu).filter(([name]) => name !== 'gateway').reduce((sum, [, v]) => sum + v, 0);
      return `| ${scenario} | ${r.connections} | ${r.throughput} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors} | ${sqlPerOperation} | ${gatewayCpu} · ${Math.round(subgraphCpu * 100) / 100} |`;
    }),
  ].join('\n');
  const report = `<!-- bench:start -->
Last run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version},
PostgreSQL server, hub as separate processes (\`startDistributed\`), load generator in its own process, ${SECONDS} s per
measurement after 1 s of warm-up, closed loop (each client sends its next request when the previous one answered).

${table}

| other measurements | result | target |
|---|---|---|
${notes.join('\n')}

Peak resident memory: ${memory}.
<!-- bench:end -->`;
  const file = path.join(ROOT, 'BENCHMARKS.md');
  const current = await readFile(file, 'utf8').catch(() => '');
  const updated = current.includes('<!-- bench:start -->')
    ? current.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, report)
    : `${current}\n${report}\n`;
  await writeFile(file, updated);
  log('BENCHMARKS.md written');
} finally {
  await hub.stop();
}
