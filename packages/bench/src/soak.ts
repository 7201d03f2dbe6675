import pg from 'pg';
import { Agent, request } from 'undici';
import { DEMO_IDENTITIES } from '@plie-hub/hub';
import { franceTravailFicheInput } from './fiche-input';
import { percentile } from './load';
import { startBenchHub, startProductionIdentity } from './production-identity';
import { residentMemoryMiB } from './process-stats';
import { runStamp, writeBenchmarksSection } from './benchmarks-file';

/**
 * `npm run soak`: 50 clients mixing reads and writes through the gateway for 10 minutes, on the hub in production
 * mode as separate processes on the PostgreSQL server (fresh databases), loopback only, bounded in time. Then it
 * checks by counting that no creation was lost or duplicated, reports 5xx and memory of every process after warm-up,
 * and writes the figures to BENCHMARKS.md. `PLIE_SOAK_SECONDS`, `PLIE_SOAK_CLIENTS` and `PLIE_SOAK_WARMUP_SECONDS`
 * change the run.
 */
const PG = process.env.PLIE_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';
const SECONDS = Number(process.env.PLIE_SOAK_SECONDS ?? 600);
const CLIENTS = Number(process.env.PLIE_SOAK_CLIENTS ?? 50);
const WARMUP = Number(process.env.PLIE_SOAK_WARMUP_SECONDS ?? Math.min(60, SECONDS / 5));
const log = (message: string) => console.log(`[soak ${new Date().toISOString().slice(11, 19)}] ${message}`);

interface Operation {
  name: string;
  weight: number;
  token: string;
  body: (client: number, n: number) => string;
}

const CREATE = 'mutation ($input: CreerPrescriptionFranceTravailInput!, $cle: String) { f: creerPrescriptionFranceTravail(input: $input, cleIdempotence: $cle) { id } }';

log(`starting the hub in production mode as separate processes on ${PG.replace(/\/\/[^@]*@/, '//')}`);
const identity = await startProductionIdentity();
// The COPIL view computed for every request, as in the earlier soaks: the gateway's cache, emptied by the creations
// here every few milliseconds, would answer an unknown share of them.
const hub = await startBenchHub(identity, PG, 'plie_soak_', 4200, { copilCache: false });
try {
  const token = async (who: string) => identity.tokenFor(DEMO_IDENTITIES[who]!);
  const prescriber = await token('prescripteur-france-travail');
  const operations: Operation[] = [
    { name: 'prescriber list (2 subgraphs)', weight: 35, token: prescriber, body: () => JSON.stringify({ query: '{ prescriptionsFranceTravail(first: 50) { nodes { id statut plie { code nom } decisionPlie { __typename } } } }' }) },
    { name: 'COPIL view of one PLIE-year (all subgraphs)', weight: 15, token: await token('copil'), body: (_c, n) => JSON.stringify({ query: `{ vueCopil(debut: "${2024 + (n % 2)}-01-01", fin: "${2024 + (n % 2)}-12-31", plies: ["BORDEAUX"]) { parcours { entrees { total { valeur masque } } sorties { valeur masque } } clauses { heuresRealisees } financements { nombreOperations } } }` }) },
    { name: 'clause figures of a PLIE', weight: 10, token: await token('facilitateur'), body: () => JSON.stringify({ query: '{ plie(code: "BORDEAUX") { statistiquesClauses(debut: "2025-01-01", fin: "2025-12-31") { nombreMarches heuresRealisees } } }' }) },
    { name: 'référent caseload with clause hours (3 subgraphs)', weight: 10, token: await token('referent'), body: () => JSON.stringify({ query: '{ fileActive(first: 50) { nodes { id alertes etapeEnCours { type } participant { nomNaissance heuresClauses { __typename } } } } }' }) },
    { name: 'create a fiche (write, 1 in 10 retried with its key)', weight: 30, token: prescriber, body: (client, n) => JSON.stringify({ query: CREATE, variables: { input: franceTravailFicheInput(`SOAK${client}X${n}`), cle: `soak-${client}-${n}` } }) },
  ];
  const totalWeight = operations.reduce((sum, op) => sum + op.weight, 0);
  const stats = new Map(operations.map((op) => [op.name, { latencies: [] as number[], errors: 0, http5xx: 0, requests: 0 }]));
  const created = new Map<string, string>(); // idempotency key → id
  let duplicates = 0;

  const memory: Array<{ at: number; rss: Record<string, number> }> = [];
  const started = performance.now();
  const sample = () => memory.push({ at: Math.round((performance.now() - started) / 1000), rss: Object.fromEntries(hub.processes.map((p) => [p.name, residentMemoryMiB(p.child.pid!)])) });
  sample();
  const sampler = setInterval(sample, 10_000);

  const agent = new Agent({ connections: CLIENTS, keepAliveTimeout: 30_000 });
  const send = async (op: Operation, body: string) => {
    const t0 = performance.now();
    const response = await request(hub.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${op.token}` }, body, dispatcher: agent });
    const text = await response.body.text();
    const stat = stats.get(op.name)!;
    stat.requests += 1;
    if (response.statusCode >= 500) stat.http5xx += 1;
    const ok = response.statusCode === 200 && !text.includes('"errors"');
    if (ok) stat.latencies.push(performance.now() - t0);
    else {
      stat.errors += 1;
      // The first failure of each operation, so a broken run says why at once instead of after ten minutes.
      if (stat.errors === 1) log(`${op.name}: first failure, HTTP ${response.statusCode}: ${text.slice(0, 300)}`);
    }
    return ok ? (JSON.parse(text) as { data: { f?: { id: string } } }) : null;
  };

  log(`${CLIENTS} clients for ${SECONDS} s (memory baseline after ${WARMUP} s)`);
  const deadline = performance.now() + SECONDS * 1000;
  let progress = 0;
  const reporter = setInterval(() => {
    progress += 60;
    const requests = [...stats.values()].reduce((sum, s) => sum + s.requests, 0);
    log(`${progress} s: ${requests} requests, ${created.size} fiches created`);
  }, 60_000);
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      let state = client + 1;
      for (let n = 0; performance.now() < deadline; n += 1) {
        state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
        let pick = state % totalWeight;
        const op = operations.find((o) => (pick -= o.weight) < 0)!;
        const body = op.body(client, n);
        try {
          const answer = await send(op, body);
          const id = answer?.data.f?.id;
          if (!id) continue;
          created.set(`soak-${client}-${n}`, id);
          if (n % 10 === 0) {
            const again = await send(op, body);
            if (again?.data.f?.id && again.data.f.id !== id) duplicates += 1;
          }
        } catch (error) {
          const stat = stats.get(op.name)!;
          stat.errors += 1;
          if (stat.errors === 1) log(`${op.name}: first failure: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }),
  );
  clearInterval(sampler);
  clearInterval(reporter);
  sample();
  await agent.close();

  // No lost and no duplicated record: the database holds exactly the creations the clients were told succeeded.
  const db = new pg.Client({ connectionString: hub.databaseUrls['prescriptions-france-travail'] });
  await db.connect();
  const { rows, keys } = (await db.query(
    "SELECT count(*)::int AS rows, count(DISTINCT cle_idempotence)::int AS keys FROM prescriptions_france_travail.prescription WHERE cle_idempotence LIKE 'soak-%'",
  )).rows[0] as { rows: number; keys: number };
  const found = (await db.query('SELECT count(*)::int AS n FROM prescriptions_france_travail.prescription WHERE id = ANY($1)', [[...created.values()]])).rows[0].n as number;
  await db.end();

  const after = memory.filter((m) => m.at >= WARMUP);
  const baseline = after[0] ?? memory[0]!;
  const last = memory[memory.length - 1]!;
  const memoryRows = hub.processes.map(({ name }) => {
    const peak = Math.max(...after.map((m) => m.rss[name] ?? 0));
    const growth = Math.round(((last.rss[name]! - baseline.rss[name]!) / baseline.rss[name]!) * 1000) / 10;
    return `| ${name} | ${memory[0]!.rss[name]} | ${baseline.rss[name]} | ${peak} | ${last.rss[name]} | ${growth >= 0 ? '+' : ''}${growth} % |`;
  });
  const opRows = operations.map((op) => {
    const s = stats.get(op.name)!;
    s.latencies.sort((a, b) => a - b);
    return `| ${op.name} | ${s.requests} | ${Math.round(s.latencies.length / SECONDS * 10) / 10} | ${percentile(s.latencies, 50).toFixed(1)} | ${percentile(s.latencies, 95).toFixed(1)} | ${percentile(s.latencies, 99).toFixed(1)} | ${s.errors} | ${s.http5xx} |`;
  });
  const total5xx = [...stats.values()].reduce((sum, s) => sum + s.http5xx, 0);
  const report = `Last run: ${runStamp()};
\`npm run soak\` (${CLIENTS} clients, ${SECONDS} s, closed loop, hub in production mode as separate processes on the PostgreSQL server).

| operation | requests | op/s | p50 ms | p95 ms | p99 ms | errors | HTTP 5xx |
|---|---|---|---|---|---|---|---|
${opRows.join('\n')}

Records: ${created.size} creations acknowledged, ${rows} rows in the database with ${keys} distinct idempotency keys,
${found} of the acknowledged ids found (lost: ${created.size - found}; duplicated: ${rows - keys + duplicates}); ${total5xx} HTTP 5xx in all.

| process | RSS at start MiB | after ${WARMUP} s warm-up | peak after warm-up | at the end | end vs warm-up |
|---|---|---|---|---|---|
${memoryRows.join('\n')}`;
  console.log(report);
  await writeBenchmarksSection('soak', report, 'Soak');
  const totalErrors = [...stats.values()].reduce((sum, s) => sum + s.errors, 0);
  const failed = total5xx > 0 || totalErrors > 0 || created.size !== found || rows !== keys || duplicates > 0;
  log(failed ? 'FAILED: see the report' : 'BENCHMARKS.md written');
  process.exitCode = failed ? 1 : 0;
} finally {
  await hub.stop();
  await identity.close();
}
