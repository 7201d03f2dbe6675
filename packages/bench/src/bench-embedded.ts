import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEMO_IDENTITIES, type DistributedHub } from '@plie-hub/hub';
import { createLogger } from '@plie-hub/kit';
import { startOneProcessHub, type OneProcessHub } from './bench-process';
import { load, WARMUP_SECONDS } from './load';
import { assertSame, caseloadOf, graphql, log, measure, readScenarios, resultsTable, S5_LABEL, s5Bodies, type ReadScenario, type Row, type Topology } from './measure';
import { peakMemoryMiB } from './process-stats';
import { startEmbeddedBenchHub, startProductionIdentity } from './production-identity';
import { seedScale } from './seed/seed-scale';
import { withSeedTargets } from './seed/seed-targets';
import { runStamp, writeBenchmarksSection } from './benchmarks-file';

/**
 * `npm run bench:embedded`: the same read scenarios and the write path on embedded storage (PGlite, what `npm start`
 * runs without a database URL), with no PostgreSQL server at all. Writes the generated data set into a fresh data
 * directory, then measures the reads on the hub as seven processes (each subgraph with its own embedded database in
 * its process) and reads and writes as one process (`npm start`'s layout), and writes its own section of BENCHMARKS.md.
 */
const SECONDS = Number(process.env.PLIE_BENCH_SECONDS ?? 10);
const SCALE = Number(process.env.PLIE_BENCH_SCALE ?? 1);
const CONNECTIONS = Number(process.env.PLIE_BENCH_CLIENTS ?? 10);
const FIRST_WARMUP = 2 * WARMUP_SECONDS;

const dataDir = await mkdtemp(path.join(tmpdir(), 'plie-bench-embedded-'));
const identity = await startProductionIdentity();
let hub: DistributedHub | undefined;
let oneProcess: OneProcessHub | undefined;
try {
  log(`embedded storage under ${dataDir}: migrations, demo data${SCALE > 0 ? ` and the generated data set of scale ${SCALE}` : ''}`);
  const seeding = performance.now();
  const quiet = createLogger('seed', 'error');
  const seeded = await withSeedTargets({ PLIE_DATA_DIR: dataDir }, { log: quiet, matchKey: identity.matchKey }, (targets) =>
    SCALE > 0 ? seedScale(targets, { scale: SCALE, seed: 1, matchKey: identity.matchKey, onProgress: (message) => log(message.trim()) }) : Promise.resolve(null),
  );
  const seedSeconds = (performance.now() - seeding) / 1000;
  const rowsWritten = seeded?.tables.reduce((sum, t) => sum + t.rows, 0) ?? 0;
  log(`written in ${seedSeconds.toFixed(1)} s`);

  hub = await startEmbeddedBenchHub(identity, dataDir, 4100);
  const subgraphs = hub.processes.filter((p) => p.name !== 'gateway');
  const seven: Topology = { gateway: { name: 'gateway', pid: hub.process('gateway').child.pid! }, subgraphPids: subgraphs.map((p) => p.child.pid!), subgraphs, embedded: true };
  const prescriber = await identity.tokenFor(DEMO_IDENTITIES['prescripteur-france-travail']!);
  const referent = await identity.tokenFor(DEMO_IDENTITIES.referent!);
  const copil = await identity.tokenFor(DEMO_IDENTITIES.copil!);
  const reads = readScenarios({ prescriber, referent, copil }, await caseloadOf(hub.gatewayUrl, referent));
  const scenarios = [reads.s1, reads.s2, reads.s3, reads.s3Oi];
  const run = async (topology: Topology, url: string, scenario: ReadScenario): Promise<Row> => {
    let n = 0;
    const body = () => scenario.body((n += 1));
    return measure(topology, scenario.label, (onRecording) =>
      load({ onRecording, url, token: scenario.token, body, connections: CONNECTIONS, seconds: SECONDS, warmupSeconds: FIRST_WARMUP, headers: scenario.headers }),
    );
  };

  const rows: Row[] = [];
  for (const scenario of scenarios) rows.push(await run(seven, hub.gatewayUrl, scenario));
  const answers = await Promise.all(scenarios.map((s) => graphql(hub!.gatewayUrl, s.token, s.body(0))));
  const memory = hub.processes.map((p) => `${p.name} ${peakMemoryMiB(p.child.pid!)} MiB`).join(', ');
  // An embedded database opens from one process at a time: the seven stop before the one process opens the same data.
  await hub.stop();
  hub = undefined;

  log('starting the whole hub in one process on the same data');
  oneProcess = await startOneProcessHub({ basePort: 4120, env: { ...identity.hubEnv, ...identity.gatewayEnv, LOG_LEVEL: 'error', PLIE_RATE_LIMIT_PER_MINUTE: '0', PLIE_DATA_DIR: dataDir } });
  const one: Topology = { gateway: { name: 'one process', pid: oneProcess.child.pid! }, subgraphPids: [], subgraphs: oneProcess.subgraphs, embedded: true };
  for (const [i, scenario] of scenarios.entries()) assertSame(`${scenario.label}: one process vs seven`, answers[i], await graphql(oneProcess.url, scenario.token, scenario.body(0)));
  const oneRows: Row[] = [];
  for (const scenario of scenarios) oneRows.push(await run(one, oneProcess.url, scenario));
  // The write path last: its fiches become the prescriber's newest, which S1's page would show instead.
  const s5 = s5Bodies();
  oneRows.push(await measure(one, S5_LABEL, (onRecording) => load({ onRecording, url: oneProcess!.url, token: prescriber, body: s5, connections: CONNECTIONS, seconds: SECONDS, warmupSeconds: FIRST_WARMUP })));
  const oneMemory = peakMemoryMiB(oneProcess.child.pid!);

  const report = `Last run: ${runStamp()}.
Data: ${SCALE > 0 ? `the demo data and the generated data set at scale ${SCALE} (${rowsWritten} rows)` : 'the demo data'}, written into a fresh embedded data directory in ${seedSeconds.toFixed(1)} s (migrations included).
${CONNECTIONS} clients, ${SECONDS} s per measurement after ${FIRST_WARMUP} s of warm-up, closed loop; the COPIL views computed for each request. CPU: the databases run
inside the subgraphs' processes, so their CPU is the subgraphs' (seven processes) or the one process's.

Seven processes (each subgraph with its own embedded database, as \`npm run start:distributed\` without a database URL):

${resultsTable(rows)}

One process (\`npm start\`'s layout: the gateway, the six subgraphs and their six embedded databases in one Node process) on the same data, after checking that it answers S1-S3 as the seven did; the write path last:

${resultsTable(oneRows)}

Peak resident memory: ${memory}; one process ${oneMemory} MiB.`;
  await writeBenchmarksSection('bench-embedded', report, 'Embedded storage');
  log('BENCHMARKS.md written');
} finally {
  await oneProcess?.stop();
  await hub?.stop();
  await identity.close();
  await rm(dataDir, { recursive: true, force: true });
}
