import { createHash } from 'node:crypto';
import { BadUserInputError, ForbiddenError, InputCheck, type SubgraphContext } from '@plie-hub/kit';
import type { DataSource } from 'typeorm';
import type { Caller } from '@plie-hub/auth';
import type { FichePrescriptionEntity } from '../fiche-prescription.entity';
import type { FichePrescriptionInput } from '../fiche-prescription.input';
import type { PrescriptionPartner } from '../partner';
import { PlieDestinataireEntity } from '../plie-destinataire.entity';
import { isPrescriberOf } from '../prescription.access';
import type { PrescriptionService } from '../prescription.service';
import { decodeText, insertEntities, parseCsv } from '@plie-hub/kit';
import { COMMON_COLUMNS, RowReader } from './row-to-input';

export interface RejectedRow {
  ligne: number;
  champ: string;
  message: string;
}

export interface ImportReport {
  encodage: string;
  lignesLues: number;
  creees: number;
  dejaImportees: number;
  rejetees: RejectedRow[];
  idsCreees: string[];
}

/** Largest file accepted, in rows. */
export const MAX_IMPORT_ROWS = 20_000;
const INSERT_CHUNK = 500;

/**
 * Bulk import of fiches for one structure. Every row is checked with the same rules as the API; the valid rows are
 * created as drafts **in one transaction** (all of them or, on a failure, none), the invalid ones are reported with
 * line, column and reason. Each row's idempotency key is a hash of its content, so importing the same file again
 * creates nothing new and says so.
 */
export async function importFiches<TEntity extends FichePrescriptionEntity, TInput extends FichePrescriptionInput>(options: {
  db: DataSource;
  caller: Caller;
  matchKey: string;
  partner: PrescriptionPartner<TEntity, TInput>;
  service: PrescriptionService<TEntity, TInput>;
  bytes: Uint8Array;
  onProgress?: (done: number, total: number) => void;
}): Promise<ImportReport> {
  const { db, caller, partner, service } = options;
  if (!isPrescriberOf(caller, partner)) throw new ForbiddenError(`Seuls les prescripteurs ${partner.suffix} peuvent importer des fiches.`);
  const { text, encoding } = decodeText(options.bytes);
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new BadUserInputError({ field: 'fichier', message: 'Le fichier est vide.' });
  const headers = header.cells.map((cell) => cell.trim().toLowerCase());
  const expected = [...COMMON_COLUMNS, ...partner.csvColumns.map((c) => c.header)];
  const missing = expected.filter((column) => !headers.includes(column));
  if (missing.length > 0) {
    throw new BadUserInputError({ field: 'fichier', message: `Colonnes manquantes dans l'en-tête : ${missing.join(', ')}. Téléchargez le modèle de fichier.` });
  }
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new BadUserInputError({ field: 'fichier', message: `Le fichier compte ${rows.length} lignes ; ${MAX_IMPORT_ROWS} au plus par import.` });
  }

  const plies = new Map((await db.getRepository(PlieDestinataireEntity).findBy({ actif: true })).map((plie) => [plie.code, plie]));
  const context = { caller, settings: { matchKey: options.matchKey } };
  const rejected: RejectedRow[] = [];
  const candidates: Array<{ line: number; key: string; input: TInput }> = [];
  const seenKeys = new Set<string>();
  for (const row of rows) {
    const cells = new Map(headers.map((name, i) => [name, row.cells[i] ?? '']));
    const check = new InputCheck();
    const input = new RowReader(cells, check).fiche(partner.sectionKey, partner.csvColumns) as TInput;
    if (check.problems.length === 0) service.checkWith(check, input, plies.get(input.plieCode) ?? null);
    if (check.problems.length > 0) {
      for (const problem of check.problems) rejected.push({ ligne: row.line, champ: problem.field, message: problem.message });
      continue;
    }
    const key = `import:${createHash('sha256').update(row.cells.map((c) => c.trim()).join('\u001f')).digest('base64url')}`;
    if (seenKeys.has(key)) {
      rejected.push({ ligne: row.line, champ: '', message: 'Ligne identique à une ligne précédente du fichier : ignorée.' });
      continue;
    }
    seenKeys.add(key);
    candidates.push({ line: row.line, key, input });
  }

  const report: ImportReport = { encodage: encoding, lignesLues: rows.length, creees: 0, dejaImportees: 0, rejetees: rejected, idsCreees: [] };
  await db.transaction(async (manager) => {
    const existing = new Set<string>(
      (
        await manager.query('SELECT cle_idempotence FROM prescription WHERE structure_id = $1 AND cle_idempotence = ANY($2)', [
          caller.org.id,
          candidates.map((c) => c.key),
        ])
      ).map((row: { cle_idempotence: string }) => row.cle_idempotence),
    );
    const fresh = candidates.filter((candidate) => !existing.has(candidate.key));
    report.dejaImportees = candidates.length - fresh.length;
    for (let i = 0; i < fresh.length; i += INSERT_CHUNK) {
      const entities = fresh.slice(i, i + INSERT_CHUNK).map((c) => service.newDraft(context, c.input, c.key));
      await insertEntities(manager, partner.entity, entities);
      report.idsCreees.push(...entities.map((e) => e.id));
      options.onProgress?.(Math.min(i + INSERT_CHUNK, fresh.length), fresh.length);
    }
    report.creees = report.idsCreees.length;
  });
  return report;
}

/** For the GraphQL mutation: the file arrives base64-encoded (bytes, so that a Windows-1252 file stays one). */
export function decodeBase64File(value: string): Uint8Array {
  const bytes = Buffer.from(value, 'base64');
  if (bytes.length === 0 && value.length > 0) throw new BadUserInputError({ field: 'contenuBase64', message: 'Le contenu du fichier n’est pas du base64 valide.' });
  return bytes;
}

export type ImportContext = Pick<SubgraphContext, 'db' | 'caller' | 'settings'>;
