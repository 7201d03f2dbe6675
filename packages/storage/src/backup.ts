import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import type { StorageTarget } from './storage-target';

const run = promisify(execFile);

export class BackupError extends Error {}

export interface BackupFile {
  /** `pg_dump` custom format of the subgraph's schema (server), or a gzipped image of the data folder (embedded). */
  format: 'pg_dump' | 'pglite-datadir';
  file: string;
  bytes: number;
  sha256: string;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** pg_dump and pg_restore take the URL as a connection string; the password stays out of the command line. */
function libpqEnv(url: string): NodeJS.ProcessEnv {
  const parsed = new URL(url);
  const env = { ...process.env };
  if (parsed.password) env.PGPASSWORD = decodeURIComponent(parsed.password);
  return env;
}
const withoutPassword = (url: string) => {
  const parsed = new URL(url);
  parsed.password = '';
  return parsed.toString();
};

async function tool(name: 'pg_dump' | 'pg_restore', args: string[], url: string): Promise<void> {
  try {
    await run(name, args, { env: libpqEnv(url), maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const e = error as { code?: string; stderr?: string };
    if (e.code === 'ENOENT') throw new BackupError(`${name} est introuvable : installez le client PostgreSQL (paquet postgresql-client) de la version du serveur.`);
    throw new BackupError(`${name} a échoué : ${(e.stderr ?? String(error)).trim().split('\n').slice(-3).join(' ')}`);
  }
}

/**
 * Saves one subgraph's data into `folder`. On a server: `pg_dump --format=custom` of the subgraph's schema alone
 * (consistent: pg_dump reads one snapshot, while the subgraph keeps serving). Embedded: a gzipped image of the data
 * folder, taken with the subgraph stopped (PGlite is a single-process database; the command opens it itself).
 */
export async function backupSubgraph(target: StorageTarget, folder: string, name: string): Promise<BackupFile> {
  await mkdir(folder, { recursive: true });
  if (target.kind === 'postgres') {
    const file = `${name}.dump`;
    await tool('pg_dump', ['--format=custom', `--schema=${target.schema}`, '--no-owner', `--file=${path.join(folder, file)}`, withoutPassword(target.url)], target.url);
    const bytes = await readFile(path.join(folder, file));
    return { format: 'pg_dump', file, bytes: bytes.length, sha256: sha256(bytes) };
  }
  if (!target.dataDir) throw new BackupError('Stockage en mémoire : rien à sauvegarder.');
  if (!existsSync(path.join(target.dataDir, 'PG_VERSION'))) throw new BackupError(`Aucune base embarquée dans ${target.dataDir}.`);
  const pglite = await PGlite.create(target.dataDir);
  try {
    const bytes = Buffer.from(await (await pglite.dumpDataDir('gzip')).arrayBuffer());
    const file = `${name}.tar.gz`;
    await writeFile(path.join(folder, file), bytes);
    return { format: 'pglite-datadir', file, bytes: bytes.length, sha256: sha256(bytes) };
  } finally {
    await pglite.close();
  }
}

/**
 * Puts one subgraph's data back as it was in a backup. On a server: `pg_restore --clean` of its schema in one
 * transaction (all or nothing). Embedded: the current data folder is kept aside (`<folder>.avant-restauration-<date>`)
 * and a new one is created from the image, with the subgraph stopped.
 */
export async function restoreSubgraph(target: StorageTarget, folder: string, backup: BackupFile): Promise<void> {
  const filePath = path.join(folder, backup.file);
  const bytes = await readFile(filePath);
  if (sha256(bytes) !== backup.sha256) throw new BackupError(`${backup.file} est altéré (empreinte différente de celle du manifeste).`);
  if (target.kind === 'postgres') {
    if (backup.format !== 'pg_dump') throw new BackupError(`${backup.file} vient d’une base embarquée : restaurez-le sur une base embarquée.`);
    await tool('pg_restore', ['--clean', '--if-exists', '--single-transaction', '--no-owner', `--dbname=${withoutPassword(target.url)}`, filePath], target.url);
    return;
  }
  if (backup.format !== 'pglite-datadir') throw new BackupError(`${backup.file} vient d’un serveur PostgreSQL : restaurez-le sur un serveur.`);
  if (!target.dataDir) throw new BackupError('Stockage en mémoire : impossible de restaurer.');
  if (existsSync(target.dataDir)) await rename(target.dataDir, `${target.dataDir}.avant-restauration-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  await mkdir(target.dataDir, { recursive: true });
  const pglite = await PGlite.create(target.dataDir, { loadDataDir: new Blob([bytes]) });
  await pglite.close();
}
