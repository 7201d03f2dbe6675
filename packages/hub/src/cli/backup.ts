import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { backupSubgraph, describeTarget, resolveStorageTarget, type BackupFile } from '@plie-hub/storage';
import { selectSubgraphs } from './select-subgraphs';

/**
 * `npm run backup -- --out <folder> [subgraph...]`: saves each subgraph's storage (the one the environment
 * designates, as at start-up) into the folder, with a `manifest.json` of the files and their sha256. Embedded
 * storage must be stopped first; a server is dumped while it serves.
 */
const { values, positionals } = parseArgs({ options: { out: { type: 'string' } }, allowPositionals: true });
if (!values.out) {
  console.error('Usage : npm run backup -- --out <dossier> [sous-graphe...]');
  process.exit(2);
}
const folder = path.resolve(values.out);
const subgraphs = await selectSubgraphs(positionals);
const manifest: { createdAt: string; subgraphs: Record<string, BackupFile & { storage: string }> } = { createdAt: new Date().toISOString(), subgraphs: {} };
let failed = false;
for (const subgraph of subgraphs) {
  const target = resolveStorageTarget(subgraph.name, process.env);
  try {
    const file = await backupSubgraph(target, folder, subgraph.name);
    manifest.subgraphs[subgraph.name] = { ...file, storage: describeTarget(target) };
    console.log(`${subgraph.name}: ${file.file} (${Math.ceil(file.bytes / 1024)} Kio)`);
  } catch (error) {
    failed = true;
    console.error(`${subgraph.name}: échec — ${(error as Error).message}`);
  }
}
await writeFile(path.join(folder, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`Sauvegarde dans ${folder}`);
process.exit(failed ? 1 : 0);
