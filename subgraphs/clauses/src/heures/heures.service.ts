import { BadUserInputError, ForbiddenError, InputCheck, isUuid, NotFoundError, readSpreadsheet, type SubgraphContext } from '@plie-hub/kit';
import type { EntityManager } from 'typeorm';
import { facilitatedPlies } from '../clauses.access';
import { HeuresInsertionEntity } from './heures.entity';
import { checkHeures } from './heures.rules';

interface ContratScope {
  id: string;
  reference: string;
  debut: string;
  fin: string | null;
  plie_code: string;
}

const CONTRAT_SCOPE_SQL = `SELECT c.id, c.reference, c.debut, c.fin, m.plie_code
  FROM contrat_clause c JOIN lot l ON l.id = c.lot_id JOIN marche m ON m.id = l.marche_id`;

const toNumber = (value: string) => Number(value.replace(',', '.').replace(/\s/g, ''));

async function upsert(manager: EntityManager, rows: Array<Omit<HeuresInsertionEntity, 'modifieLe'>>): Promise<{ saved: number; unchanged: number }> {
  if (rows.length === 0) return { saved: 0, unchanged: 0 };
  // Only rows whose values change are written, so a re-import is a no-op and says so.
  const result: Array<{ contrat_id: string }> = await manager.query(
    `INSERT INTO heures_insertion (contrat_id, mois, heures_travail, heures_formation, source, saisi_par)
       SELECT * FROM unnest($1::uuid[], $2::date[], $3::numeric[], $4::numeric[], $5::text[], $6::text[])
     ON CONFLICT (contrat_id, mois) DO UPDATE
       SET heures_travail = excluded.heures_travail, heures_formation = excluded.heures_formation,
           source = excluded.source, saisi_par = excluded.saisi_par, modifie_le = now()
       WHERE (heures_insertion.heures_travail, heures_insertion.heures_formation) IS DISTINCT FROM (excluded.heures_travail, excluded.heures_formation)
     RETURNING contrat_id`,
    [rows.map((r) => r.contratId), rows.map((r) => r.mois), rows.map((r) => r.heuresTravail), rows.map((r) => r.heuresFormation), rows.map((r) => r.source), rows.map((r) => r.saisiPar)],
  );
  return { saved: result.length, unchanged: rows.length - result.length };
}

/** One month of hours of one contract, entered by the facilitator (replaces what was there). */
export async function saisirHeures(context: SubgraphContext, input: { contratId: string; mois: string; heuresTravail: number; heuresFormation: number }): Promise<HeuresInsertionEntity> {
  const plies = facilitatedPlies(context);
  return context.db.transaction(async (manager) => {
    const [contrat] = isUuid(input.contratId) ? ((await manager.query(`${CONTRAT_SCOPE_SQL} WHERE c.id = $1`, [input.contratId])) as ContratScope[]) : [];
    if (!contrat) throw new NotFoundError('Contrat inconnu.');
    if (plies !== 'all' && !plies.includes(contrat.plie_code)) throw new ForbiddenError("Ce contrat relève d'un autre guichet clauses.");
    const check = new InputCheck('input');
    const mois = checkHeures(check, contrat, input.mois, input.heuresTravail, input.heuresFormation);
    check.done();
    await upsert(manager, [{ contratId: contrat.id, mois: mois!, heuresTravail: String(input.heuresTravail), heuresFormation: String(input.heuresFormation), source: 'SAISIE', saisiPar: context.caller.sub }]);
    return manager.findOneByOrFail(HeuresInsertionEntity, { contratId: contrat.id, mois: mois! });
  });
}

export const IMPORT_HEURES_COLUMNS = ['reference_contrat', 'mois', 'heures_travail', 'heures_formation'];

/**
 * The companies' monthly spreadsheet (CSV or XLSX): one row per contract and month. Each row is checked like a
 * manual entry; the valid rows are written together in one transaction, the others reported with line, column and
 * reason. Re-importing the same file changes nothing.
 */
export async function importerHeures(context: SubgraphContext, bytes: Uint8Array) {
  const plies = facilitatedPlies(context);
  const { format, rows } = await readSpreadsheet(bytes);
  const [header, ...data] = rows;
  const columns = header?.cells.map((c) => c.trim().toLowerCase()) ?? [];
  const missing = IMPORT_HEURES_COLUMNS.filter((c) => c !== 'heures_formation' && !columns.includes(c));
  if (!header || missing.length > 0) {
    throw new BadUserInputError({ field: 'fichier', message: `Colonnes attendues : ${IMPORT_HEURES_COLUMNS.join(', ')} (manquantes : ${missing.join(', ') || 'en-tête'}).` });
  }
  const cell = (cells: string[], name: string) => (cells[columns.indexOf(name)] ?? '').trim();
  const references = [...new Set(data.map((row) => cell(row.cells, 'reference_contrat')))];
  return context.db.transaction(async (manager) => {
    const contrats = new Map(((await manager.query(`${CONTRAT_SCOPE_SQL} WHERE c.reference = ANY($1)`, [references])) as ContratScope[]).map((c) => [c.reference, c]));
    const rejetees: Array<{ ligne: number; champ: string; message: string }> = [];
    const accepted = new Map<string, Omit<HeuresInsertionEntity, 'modifieLe'>>();
    for (const row of data) {
      const reference = cell(row.cells, 'reference_contrat');
      const contrat = contrats.get(reference);
      if (!contrat || (plies !== 'all' && !plies.includes(contrat.plie_code))) {
        rejetees.push({ ligne: row.line, champ: 'reference_contrat', message: `Contrat « ${reference.slice(0, 40)} » inconnu de votre guichet.` });
        continue;
      }
      const check = new InputCheck();
      const mois = cell(row.cells, 'mois').replace(/^(\d{2})\/(\d{4})$/, '$2-$1').slice(0, 7);
      const travail = toNumber(cell(row.cells, 'heures_travail') || '0');
      const formation = toNumber(cell(row.cells, 'heures_formation') || '0');
      const first = checkHeures(check, contrat, mois, travail, formation);
      if (check.problems.length > 0 || !first) {
        for (const problem of check.problems) rejetees.push({ ligne: row.line, champ: problem.field === 'heuresTravail' ? 'heures_travail' : problem.field === 'heuresFormation' ? 'heures_formation' : problem.field, message: problem.message });
        continue;
      }
      const key = `${contrat.id}|${first}`;
      if (accepted.has(key)) {
        rejetees.push({ ligne: row.line, champ: 'mois', message: `Le contrat ${reference} a déjà une ligne pour ${mois} dans ce fichier.` });
        continue;
      }
      accepted.set(key, { contratId: contrat.id, mois: first, heuresTravail: String(travail), heuresFormation: String(formation), source: 'IMPORT', saisiPar: context.caller.sub });
    }
    const { saved, unchanged } = await upsert(manager, [...accepted.values()]);
    return { format, lignesLues: data.length, enregistrees: saved, inchangees: unchanged, rejetees };
  });
}
