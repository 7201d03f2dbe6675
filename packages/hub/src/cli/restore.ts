import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveStorageTarget, restoreSubgraph, type BackupFile } from '@plie-hub/storage';
import { selectSubgraphs } from './select-subgraphs';

/**
 * `npm run restore -- --from <folder> [subgraph...]`: puts each subgraph's storage back as saved by `npm run
 * backup`. Stop the subgraphs first; each restore is all or nothing (one transaction on a server, a new data folder
 * with the old one kept aside when embedded).
 */
const { values, positionals } = parseArgs({ options: { from: { type: 'string' } }, allowPositionals: true });
if (!values.from) {
  console.error('Usage : npm run restore -- --from <dossier> [sous-graphe...]');
  process.exit(2);
}
const folder = path.resolve(values.from);
const manifest = JSON.parse(await readFile(path.join(folder, 'manifest.json'), 'utf8')) as { subgraphs: Record<string, BackupFile> };
const subgraphs = (await selectSubgraphs(positionals)).filter((s) => positionals.length > 0 || manifest.subgraphs[s.name]);
let failed = false;
for (const subgraph of subgraphs) {
  const backup = manifest.subgraphs[subgraph.name];
  try {
    if (!backup) throw new Error('absent de cette sauvegarde');
    await restoreSubgraph(resolveStorageTarget(subgraph.name, process.env), folder, backup);
    console.log(`${subgraph.name}: restauré depuis ${backup.file}`);
  } catch (error) {
    failed = true;
    console.error(`${subgraph.name}: échec — ${(error as Error).message}`);
  }
}
process.exit(failed ? 1 : 0);
