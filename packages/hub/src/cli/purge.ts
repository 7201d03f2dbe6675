import { parseArgs } from 'node:util';
import { createLogger, isIsoDate, purgeExpired, today as todayUtc, type PurgeReport } from '@plie-hub/kit';
import { migrate, openDataSource, resolveStorageTarget, schemaNameOf } from '@plie-hub/storage';
import type { DataSource } from 'typeorm';
import { loadSubgraphs } from '../registry';

/**
 * `npm run purge -- [--dry-run] [--date AAAA-MM-JJ] [--json]`: anonymises, in every subgraph's storage (the one the
 * environment designates, as at start-up), the personal data whose retention period is over on the date (today by
 * default). Always every subgraph at once: which persons are still needed is decided across them. A dry run reports
 * what would be anonymised and changes nothing. Embedded storage must be stopped first.
 */
const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false }, date: { type: 'string' }, json: { type: 'boolean', default: false } } });
const today = values.date ?? todayUtc();
if (!isIsoDate(today)) {
  console.error(`Date invalide : ${today.slice(0, 20)} (attendu AAAA-MM-JJ).`);
  process.exit(2);
}
const log = createLogger('purge', process.env.LOG_LEVEL ?? 'warn');
const subgraphs = await loadSubgraphs();
const opened: DataSource[] = [];
try {
  const targets = [];
  for (const subgraph of subgraphs) {
    const target = resolveStorageTarget(subgraph.name, process.env);
    const dataSource = await openDataSource({ target, entities: subgraph.definition.entities, migrations: subgraph.definition.migrations, log });
    opened.push(dataSource);
    await migrate(dataSource, schemaNameOf(subgraph.name));
    targets.push({ name: subgraph.name, retention: subgraph.definition.retention, dataSource });
  }
  const report = await purgeExpired(targets, { today, dryRun: values['dry-run'] });
  console.log(values.json ? JSON.stringify(report, null, 2) : describe(report));
} catch (error) {
  console.error(`Purge interrompue, rien n'a changé dans le sous-graphe en cours : ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  for (const dataSource of opened) await dataSource.destroy().catch(() => {});
}

function describe(report: PurgeReport): string {
  const lines = [
    `${report.dryRun ? 'Simulation — rien n’est modifié. ' : ''}Purge au ${report.today} : données dont la durée de conservation est passée.`,
    `Personnes gardées pour un parcours encore conservé : ${report.held.participants} participants, ${report.held.keys} identités.`,
  ];
  for (const [subgraph, counts] of Object.entries(report.anonymised)) {
    const parts = Object.entries(counts).map(([kind, count]) => `${kind} ${count}`);
    lines.push(`  ${subgraph} : ${parts.length ? parts.join(', ') : 'rien'}${report.dryRun ? ' (à anonymiser)' : ' anonymisés'}`);
  }
  return lines.join('\n');
}
