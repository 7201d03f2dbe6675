import pg from 'pg';
import { signCaller, type Caller } from '@plie-hub/auth';
import { DEMO_IDENTITIES } from '@plie-hub/hub';
import { startApolloProcess, startOneProcessHub, type BenchProcess, type OneProcessHub } from './bench-process';
import { loadClauseHours } from './clause-data';
import { franceTravailCsv } from './fiches-csv';
import { FLOOR_POOL_SIZE, openFloorDatabases, s1Floor, s3FiguresOfAnswer, s3Floor, waitForFreeConnections, type FloorDatabases } from './floor';
import { closedLoop, load, percentile, WARMUP_SECONDS, type LoadResult } from './load';
import { sqlStatements } from './metrics';
import { assertSame, caseloadOf, ELEVEN_PLIES, graphql, log, measure, ONE_PLIE, readScenarios, resultsTable, round1, round2, S1_BODY, s3Body, s3Variables, S5_LABEL, s5Bodies, type ReadScenario, type Row, type S3Perimeter, type Topology } from './measure';
import { startBenchHub, startProductionIdentity } from './production-identity';
import { seedTopology } from './seed-topology';
import { countPostgresCpu, peakMemoryMiB } from './process-stats';
import { runStamp, writeBenchmarksSection } from './benchmarks-file';

/**
 * `npm run bench`: starts the hub as separate processes on the PostgreSQL server (fresh databases), loads data
 * through the API, drives each scenario through the gateway at fixed concurrencies, and writes BENCHMARKS.md.
 * S1, S2 and S3 run side by side through an Apollo Gateway on the same supergraph and subgraphs, and S1 and S3
 * against their floor (the hand-written SQL producing the same figures, see `floor.ts`).
 */
const PG = process.env.PLIE_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';
const SECONDS = Number(process.env.PLIE_BENCH_SECONDS ?? 10);
const CONCURRENCY = (process.env.PLIE_BENCH_CONCURRENCY ?? '1,10,50').split(',').map(Number);
const IMPORT_ROWS = Number(process.env.PLIE_BENCH_IMPORT_ROWS ?? 10_000);
/** Volume of the generated data set (`npm run seed`): 1 = 6 000 participants, 15 000 fiches…; 0 = demo data only. */
const SCALE = Number(process.env.PLIE_BENCH_SCALE ?? 1);
/** Unrecorded seconds at 10 clients before a scenario's first measurement (twice a measurement's own warm-up). */
const FIRST_WARMUP = 2 * WARMUP_SECONDS;

interface FloorRow {
  result: LoadResult;
  sqlPerOperation: number;
  /** CPU milliseconds per operation of the PostgreSQL server's processes (null when it runs elsewhere). */
  postgresCpu: number | null;
}

/**
 * The floor under the same closed loop: its statements straight to the databases, from the bench process, on pools
 * opened for this measurement only (after the server has the connections they may need) and ended after it.
 */
async function measureFloor(scenario: string, connections: number, databases: number, operation: (db: FloorDatabases) => Promise<unknown>): Promise<FloorRow> {
  const needed = databases * Math.min(FLOOR_POOL_SIZE, connections) + 2;
  const free = await waitForFreeConnections(PG, needed);
  if (free < needed) log(`${scenario} floor: only ${free} PostgreSQL connections free for ${needed} wanted`);
  const db = openFloorDatabases(hub.databaseUrls);
  try {
    let postgresCpu = null as ReturnType<typeof countPostgresCpu> | null;
    let statementsBefore = 0;
    const result = await closedLoop({
      connections,
      seconds: SECONDS,
      send: async () => (await operation(db), true),
      onRecording: () => {
        postgresCpu = countPostgresCpu();
        statementsBefore = db.statements;
      },
    });
    const postgres = postgresCpu?.millisPerOperation(result.operationsSent) ?? null;
    const sqlPerOperation = round1((db.statements - statementsBefore) / Math.max(1, result.operationsSent));
    log(`${scenario} floor c=${connections}: ${result.throughput} op/s p50 ${result.p50} ms p95 ${result.p95} ms, ${result.errors} erreurs, ${sqlPerOperation} SQL/op, PostgreSQL CPU ${postgres ?? '—'} ms/op${result.firstError ? `; first error: ${result.firstError}` : ''}`);
    return { result, sqlPerOperation, postgresCpu: postgres };
  } finally {
    await db.end();
  }
}

/** Runs `use` on floor pools opened for it alone. */
async function withFloor<T>(use: (db: FloorDatabases) => Promise<T>): Promise<T> {
  const db = openFloorDatabases(hub.databaseUrls);
  try {
    return await use(db);
  } finally {
    await db.end();
  }
}

/** The server's version and whether autovacuum runs (off, nothing sets the visibility maps but the seed's VACUUM). */
async function serverSettings(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: `${url.replace(/\/$/, '')}/postgres` });
  await client.connect();
  try {
    const [row] = (await client.query("SELECT current_setting('server_version') AS version, current_setting('autovacuum') AS autovacuum")).rows;
    return `PostgreSQL ${row.version}, autovacuum ${row.autovacuum}`;
  } finally {
    await client.end();
  }
}

log(`starting the hub in production mode as separate processes on ${PG.replace(/\/\/[^@]*@/, '//')}`);
const server = await serverSettings(PG);
log(server);
const identity = await startProductionIdentity();
const hub = await startBenchHub(identity, PG, 'plie_bench_', 4100);
if (SCALE > 0) {
  log(`writing the generated data set of scale ${SCALE} into the topology's databases`);
  await seedTopology(hub.databaseUrls, SCALE, (message) => log(message.trim()), identity.matchKey);
}
const subgraphs = hub.processes.filter((p) => p.name !== 'gateway');
const subgraphPids = subgraphs.map((p) => p.child.pid!);
const ours: Topology = { gateway: { name: 'gateway', pid: hub.process('gateway').child.pid! }, subgraphPids, subgraphs };
const rows: Row[] = [];
const sideBySide: Array<{ scenario: string; ours: Row; apollo: Row; floor?: FloorRow }> = [];
const notes: string[] = [];
const topologies: Array<{ scenario: string; distributed: Row | undefined; oneProcess: Row }> = [];
let apollo: BenchProcess | undefined;
let oneProcess: OneProcessHub | undefined;
try {
  log('starting the Apollo gateway on the same supergraph and subgraphs');
  apollo = await startApolloProcess({ port: 4110, subgraphs, env: { ...identity.hubEnv, ...identity.gatewayEnv } });
  const viaApollo: Topology = { gateway: { name: 'apollo-gateway', pid: apollo.child.pid! }, subgraphPids, subgraphs };
  const prescriber = await identity.tokenFor(DEMO_IDENTITIES['prescripteur-france-travail']!);
  const copilCaller: Caller = DEMO_IDENTITIES.copil!;
  const copil = await identity.tokenFor(copilCaller);
  const referent = await identity.tokenFor(DEMO_IDENTITIES.referent!);
  const reads = readScenarios({ prescriber, referent, copil }, await caseloadOf(hub.gatewayUrl, referent));

  interface Scenario extends ReadScenario {
    concurrency: number[];
    /** The floor of the n-th request, the databases it reads, and the check that it answers what the gateway answers. */
    floor?: { run: (db: FloorDatabases, n: number) => Promise<unknown>; databases: number; check: (n: number) => Promise<void> };
  }
  const s3Scenario = (read: ReadScenario, perimeter: S3Perimeter): Scenario => ({
    ...read,
    concurrency: [10],
    floor: {
      run: (db, n) => s3Floor(db, copilCaller, s3Variables(perimeter, n)),
      databases: 6,
      async check(n) {
        const answer = await graphql<Parameters<typeof s3FiguresOfAnswer>[0]>(hub.gatewayUrl, copil, s3Body(s3Variables(perimeter, n)));
        assertSame(`${read.label} (${s3Variables(perimeter, n).debut}): floor vs gateway`, s3FiguresOfAnswer(answer), await withFloor((db) => s3Floor(db, copilCaller, s3Variables(perimeter, n))));
      },
    },
  });
  const scenarios: Scenario[] = [
    {
      ...reads.s1,
      concurrency: CONCURRENCY,
      floor: {
        run: (db) => s1Floor(db, DEMO_IDENTITIES['prescripteur-france-travail']!),
        databases: 2,
        async check() {
          assertSame('S1: floor vs gateway', await graphql(hub.gatewayUrl, prescriber, S1_BODY), await withFloor((db) => s1Floor(db, DEMO_IDENTITIES['prescripteur-france-travail']!)));
        },
      },
    },
    { ...reads.s2, concurrency: CONCURRENCY },
    s3Scenario(reads.s3, ONE_PLIE),
    s3Scenario(reads.s3Oi, ELEVEN_PLIES),
  ];

  const s1Page = (await graphql<{ prescriptionsFranceTravail: { nodes: Array<{ decisionPlie: unknown; suiteParcours: unknown }> } }>(hub.gatewayUrl, prescriber, S1_BODY)).prescriptionsFranceTravail.nodes;
  log(`S1 page: ${s1Page.length} fiches, ${s1Page.filter((f) => f.decisionPlie).length} with a PLIE decision, ${s1Page.filter((f) => f.suiteParcours).length} with a parcours`);

  // Once, before measuring: the two gateways answer the same, and each floor produces the gateway's figures. A
  // comparison with a gateway or a floor that answers something else would mean nothing.
  for (const scenario of scenarios) {
    for (const n of scenario.floor ? [0, 1] : [0]) {
      const body = scenario.body(n);
      assertSame(`${scenario.label}: Apollo vs ours`, await graphql(hub.gatewayUrl, scenario.token, body), await graphql(apollo.url, scenario.token, body));
      await scenario.floor?.check(n);
    }
  }
  log('checked: Apollo answers what our gateway answers, and the floors produce the same figures');

  // Each gateway runs every scenario for a while before the first measurement: the first one (one client) would
  // otherwise measure V8 compiling the paths as much as the paths, and for one gateway more than the other.
  for (const scenario of scenarios) {
    for (const url of [hub.gatewayUrl, apollo.url]) {
      let n = 0;
      await load({ url, token: scenario.token, body: () => scenario.body((n += 1)), connections: 10, seconds: FIRST_WARMUP, warmupSeconds: 0, headers: scenario.headers });
    }
  }
  log(`warmed up: each scenario through each gateway for ${FIRST_WARMUP} s at 10 clients`);

  // Ours, Apollo and the floor one after the other for each load, so that the three see the same data.
  for (const scenario of scenarios) {
    for (const connections of scenario.concurrency) {
      let n = 0;
      const body = () => scenario.body((n += 1));
      const oursRow = await measure(ours, scenario.label, (onRecording) => load({ onRecording, url: hub.gatewayUrl, token: scenario.token, body, connections, seconds: SECONDS, headers: scenario.headers }));
      rows.push(oursRow);
      const apolloRow = await measure(viaApollo, scenario.label, (onRecording) => load({ onRecording, url: apollo!.url, token: scenario.token, body, connections, seconds: SECONDS, headers: scenario.headers }));
      const floorRow = scenario.floor ? await measureFloor(scenario.label, connections, scenario.floor.databases, (db) => scenario.floor!.run(db, (n += 1))) : undefined;
      sideBySide.push({ scenario: scenario.label, ours: oursRow, apollo: apolloRow, floor: floorRow });
    }
  }

  // The same hub in one process on the same databases (what `npm start` runs with DATABASE_URL), for S1-S3 at 10
  // clients: what the seven-process topology costs or saves on this machine.
  log('starting the whole hub in one process on the same databases');
  oneProcess = await startOneProcessHub({ basePort: 4120, databaseUrls: hub.databaseUrls, env: { ...identity.hubEnv, ...identity.gatewayEnv, LOG_LEVEL: 'error', PLIE_RATE_LIMIT_PER_MINUTE: '0' } });
  const inOneProcess: Topology = { gateway: { name: 'one process', pid: oneProcess.child.pid! }, subgraphPids: [], subgraphs: oneProcess.subgraphs };
  for (const scenario of scenarios) {
    assertSame(`${scenario.label}: one process vs distributed`, await graphql(hub.gatewayUrl, scenario.token, scenario.body(0)), await graphql(oneProcess.url, scenario.token, scenario.body(0)));
  }
  for (const scenario of scenarios) {
    let n = 0;
    const body = () => scenario.body((n += 1));
    // The seven processes' row at 10 clients, when the run's concurrencies measured one.
    const distributed = sideBySide.find((side) => side.scenario === scenario.label && side.ours.result.connections === 10)?.ours;
    const row = await measure(inOneProcess, scenario.label, (onRecording) => load({ onRecording, url: oneProcess!.url, token: scenario.token, body, connections: 10, seconds: SECONDS, warmupSeconds: FIRST_WARMUP, headers: scenario.headers }));
    topologies.push({ scenario: scenario.label, distributed, oneProcess: row });
  }
  await oneProcess.stop();

  let repeated = 0;
  rows.push(
    await measure(ours, 'S3r COPIL view of one PLIE-year, opened again (the gateway’s COPIL cache)', (onRecording) =>
      load({ onRecording, url: hub.gatewayUrl, token: copil, body: () => s3Body(s3Variables(ONE_PLIE, (repeated += 1))), connections: 10, seconds: SECONDS, warmupSeconds: FIRST_WARMUP }),
    ),
  );

  // I1 runs after the reads: its fiches become the prescriber's newest, and the S1 page (newest first) would then
  // hold only undecided fiches without a parcours, which is not what S1 measures.
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

  const s5 = s5Bodies();
  rows.push(await measure(ours, S5_LABEL, (onRecording) => load({ onRecording, url: hub.gatewayUrl, token: prescriber, body: s5, connections: 10, seconds: SECONDS, warmupSeconds: FIRST_WARMUP })));

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
  // A production subgraph reports no per-request count: its statement counter around the calls says it.
  const statementsBefore = (await sqlStatements([subgraph]))[subgraph.name]!;
  // 200 calls measured after 20: with 50, the p95 was the third slowest call, and it moved from 31 to 98 ms
  // between two runs while the p50 moved from 20 to 27 ms.
  const S4_WARMUP = 20;
  const S4_CALLS = 200;
  for (let i = 0; i < S4_WARMUP + S4_CALLS; i += 1) {
    const t0 = performance.now();
    const response = await fetch(`${subgraph.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-plie-caller': signCaller(identity.signingKey, DEMO_IDENTITIES['prescripteur-france-travail']!, entitiesBody) },
      body: entitiesBody,
    });
    const body = (await response.json()) as { data?: { _entities: unknown[] } };
    if (i >= S4_WARMUP) timings.push(performance.now() - t0);
    if (body.data?._entities.length !== 1000) throw new Error('S4: wrong answer');
  }
  const sqlPerCall = round1(((await sqlStatements([subgraph]))[subgraph.name]! - statementsBefore) / (S4_WARMUP + S4_CALLS));
  timings.sort((a, b) => a - b);
  notes.push(`| S4 \`_entities\` with 1000 representations on one subgraph (sequential, ${S4_CALLS} calls) | p50 ${percentile(timings, 50).toFixed(1)} ms, p95 ${percentile(timings, 95).toFixed(1)} ms, ${sqlPerCall} SQL query per call | target ≤ 50 ms |`);
  log(`S4: p95 ${percentile(timings, 95).toFixed(1)} ms, ${sqlPerCall} SQL`);

  log('S6: a year of hours for 2 000 clause contracts (24 000 rows) in Bordeaux');
  const { marcheId } = await loadClauseHours(`${PG.replace(/\/$/, '')}/plie_bench_clauses`, 'BORDEAUX', 2000);
  const facilitateur = await identity.tokenFor(DEMO_IDENTITIES.facilitateur!);
  const s6plie = JSON.stringify({ query: '{ plie(code: "BORDEAUX") { statistiquesClauses(debut: "2025-01-01", fin: "2025-12-31") { nombreMarches heuresInsertionPrevues heuresRealisees tauxRealisation contrats public { total femmes moins26 qpv } } } }' });
  rows.push(await measure(ours, 'S6a clause figures of a PLIE-year over 24 000 monthly rows', (onRecording) => load({ onRecording, url: hub.gatewayUrl, token: facilitateur, body: () => s6plie, connections: 10, seconds: SECONDS, warmupSeconds: FIRST_WARMUP })));
  const s6 = JSON.stringify({ query: `{ marche(id: "${marcheId}") { reference bilan { heuresEngagees heuresRealisees lots { numero heuresRealisees tauxRealisation personnes } parModalite { modalite heures } parPublic { critere personnes } public { total femmes } } } }` });
  rows.push(await measure(ours, 'S6 clause bilan of a marché with 12 months of hours', (onRecording) => load({ onRecording, url: hub.gatewayUrl, token: facilitateur, body: () => s6, connections: 10, seconds: SECONDS, warmupSeconds: FIRST_WARMUP })));

  const memory = [...hub.processes.map((p) => `${p.name} ${peakMemoryMiB(p.child.pid!)} MiB`), `Apollo gateway ${peakMemoryMiB(apollo.child.pid!)} MiB`].join(', ');
  const table = resultsTable(rows);
  const errors = (r: LoadResult) => (r.errors > 0 ? ` (${r.errors} errors)` : '');
  const ratio = (a: number, b: number) => (b > 0 ? `${round2(a / b)}` : '—');
  const sideTable = [
    '| scenario | clients | ours op/s · p95 ms | Apollo op/s · p95 ms | ours ÷ Apollo: op/s · p95 | floor op/s · p95 ms | ours ÷ floor: p95 · time per op | SQL / op ours · Apollo · floor | gateway CPU ms / op ours · Apollo | PostgreSQL CPU ms / op ours · Apollo · floor |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...sideBySide.map(({ scenario, ours: o, apollo: a, floor: f }) => {
      const floorCells = f
        ? [`${f.result.throughput} · ${f.result.p95}${errors(f.result)}`, `${ratio(o.result.p95, f.result.p95)} · ${ratio(f.result.throughput, o.result.throughput)}`]
        : ['—', '—'];
      return `| ${scenario} | ${o.result.connections} | ${o.result.throughput} · ${o.result.p95}${errors(o.result)} | ${a.result.throughput} · ${a.result.p95}${errors(a.result)} | ${ratio(o.result.throughput, a.result.throughput)} · ${ratio(o.result.p95, a.result.p95)} | ${floorCells.join(' | ')} | ${o.sqlPerOperation} · ${a.sqlPerOperation} · ${f?.sqlPerOperation ?? '—'} | ${o.cpu.gateway} · ${a.cpu.gateway} | ${o.cpu.postgres ?? '—'} · ${a.cpu.postgres ?? '—'} · ${f?.postgresCpu ?? '—'} |`;
    }),
  ].join('\n');
  const cpuTotal = (row: Row) => round1(row.cpu.gateway + row.cpu.subgraphs + (row.cpu.postgres ?? 0));
  const topologyTable = [
    '| scenario (10 clients) | seven processes: op/s · p95 ms | one process: op/s · p95 ms | one ÷ seven: op/s | CPU ms / op, Node · PostgreSQL: seven | one |',
    '|---|---|---|---|---|---|',
    ...topologies.map(({ scenario, distributed: d, oneProcess: o }) => {
      const seven = d
        ? [`${d.result.throughput} · ${d.result.p95}${errors(d.result)}`, ratio(o.result.throughput, d.result.throughput), `${round2(d.cpu.gateway + d.cpu.subgraphs)} · ${d.cpu.postgres ?? '—'} (${cpuTotal(d)})`]
        : ['—', '—', '—'];
      return `| ${scenario} | ${seven[0]} | ${o.result.throughput} · ${o.result.p95}${errors(o.result)} | ${seven[1]} | ${seven[2]} | ${round2(o.cpu.gateway)} · ${o.cpu.postgres ?? '—'} (${cpuTotal(o)}) |`;
    }),
  ].join('\n');
  const report = `Last run: ${runStamp()},
Data: ${SCALE > 0 ? `the generated data set at scale ${SCALE} (\`npm run seed -- --scale ${SCALE}\`, see docs/benchmarks-data.md) on top of the demo data` : 'the demo data'}, plus the ${IMPORT_ROWS} imported fiches.
PostgreSQL server (${server}; the generated tables are vacuumed and analysed once loaded), hub in production mode as separate processes (\`startDistributed\`), load generator in its own process, ${SECONDS} s per
measurement after ${WARMUP_SECONDS} s of warm-up (CPU and SQL counted from its end), each scenario first run ${FIRST_WARMUP} s at 10 clients (through each
gateway for the side-by-side ones), closed loop (each client sends its next request when the previous one answered).

${table}

Side by side, same load, one after the other on the same data: our gateway, Apollo Gateway on the same supergraph
and subgraphs, and the floor (the hand-written SQL producing the same figures, straight to the subgraphs'
databases; see \`packages/bench/src/floor.ts\`). Time per op is the inverse of throughput (floor op/s ÷ ours).
Targets: ours ÷ Apollo op/s ≥ 2 on S1-S3; ours within 4× of the floor.

${sideTable}

The same hub in one process (\`startHub\`, what \`npm start\` runs with a database URL per subgraph) on the same
databases, same load, after the side by side: the gateway and the six subgraphs share one Node event loop and still
call each other over loopback HTTP. Seven processes use both cores for Node; one process wakes one process per
request instead of up to seven.

${topologyTable}

| other measurements | result | target |
|---|---|---|
${notes.join('\n')}

Peak resident memory: ${memory}.`;
  await writeBenchmarksSection('bench', report, 'Results');
  log('BENCHMARKS.md written');
} finally {
  await oneProcess?.stop();
  await apollo?.stop();
  await hub.stop();
  await identity.close();
}
