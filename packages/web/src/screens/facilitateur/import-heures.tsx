import { useState, type FormEvent } from 'react';
import { readAsBase64, saveBlob } from '../../ui/files';
import { formatNumber } from '../../ui/format';
import { ErrorBanner } from '../../ui/problems';
import { useMutation } from '../../ui/use-api';
import { FileField } from '../../ui/fields';
import importerHeuresDocument from './importer-heures.graphql';
import type { Contrat, RapportImport } from './types';
import { RejectedRows } from '../../ui/rejected-rows';

/** The columns the clauses subgraph reads (`IMPORT_HEURES_COLUMNS`); heures_formation may be left out. */
const COLUMNS = ['reference_contrat', 'mois', 'heures_travail', 'heures_formation'];
const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const plural = (n: number, one: string, many: string) => `${formatNumber(n)} ${n > 1 ? many : one}`;

/** A template with the marché's contract references, `;`-separated with a BOM as French spreadsheets open it. */
function downloadTemplate(reference: string, contrats: Contrat[]) {
  const lines = [COLUMNS.join(';'), ...contrats.map((c) => `${c.reference};;;`)];
  saveBlob(`releve-heures-${reference.replace(/[^A-Za-z0-9-]+/g, '_')}.csv`, new Blob([`\uFEFF${lines.join('\r\n')}\r\n`], { type: 'text/csv;charset=utf-8' }));
}

/**
 * The companies' monthly statement (CSV or XLSX). Each row is checked like a manual entry: the valid rows are
 * written together, the others listed with their line and reason; importing the same file again changes nothing.
 */
export function ImportHeures({ marcheReference, contrats, onImported }: { marcheReference: string; contrats: Contrat[]; onImported: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState('');
  const [report, setReport] = useState<{ fichier: string; rapport: RapportImport } | null>(null);
  const importer = useMutation<{ contenuBase64: string }, { importerHeures: RapportImport }>(importerHeuresDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setReport(null);
    importer.reset();
    if (!file) {
      setFileError('Choisissez le fichier du relevé (CSV ou XLSX).');
      return;
    }
    setFileError('');
    let contenuBase64: string;
    try {
      contenuBase64 = await readAsBase64(file);
    } catch (e) {
      setFileError(e instanceof Error ? e.message : String(e));
      return;
    }
    const result = await importer.run({ contenuBase64 });
    if (result) {
      setReport({ fichier: file.name, rapport: result.importerHeures });
      if (result.importerHeures.enregistrees > 0) onImported();
    }
  };

  const fieldMessage = fileError || importer.error?.forField('fichier');
  return (
    <form onSubmit={submit} noValidate aria-labelledby="import-title" className="facilitateur-form">
      <h2 id="import-title">Importer un relevé d’heures</h2>
      <div className="card">
        <p>
          Fichier CSV (séparateur point-virgule ou virgule) ou classeur XLSX (première feuille), une ligne par contrat et par mois, avec les colonnes{' '}
          {COLUMNS.map((c, i) => (
            <span key={c}>
              <code>{c}</code>
              {i < COLUMNS.length - 1 ? ', ' : ''}
            </span>
          ))}{' '}
          (facultative). Le mois s’écrit AAAA-MM ou MM/AAAA. Le relevé peut porter sur tous les contrats de votre guichet.
        </p>
        <ErrorBanner error={importer.error?.unplaced(['fichier']) ?? null} title="Le relevé n’a pas été importé" />
        <FileField label="Fichier du relevé" accept={ACCEPT} hint="CSV ou XLSX." error={fieldMessage} onChange={(f) => (setFile(f), setReport(null), setFileError(''), importer.reset())} />
        <div className="actions">
          <button type="submit" disabled={importer.pending}>
            {importer.pending ? 'Import en cours…' : 'Importer le relevé'}
          </button>
          <button type="button" className="secondary" onClick={() => downloadTemplate(marcheReference, contrats)}>
            Télécharger un modèle (CSV)
          </button>
        </div>
        {/* The report's sentence is announced; its table is read on demand, not all at once. */}
        <div className="visually-hidden" role="status" aria-live="polite">
          {report && summaryOf(report.fichier, report.rapport)}
        </div>
        {report && <ImportReport fichier={report.fichier} rapport={report.rapport} />}
      </div>
    </form>
  );
}

const countsOf = (rapport: RapportImport) =>
  `${plural(rapport.lignesLues, 'ligne lue', 'lignes lues')}, ${plural(rapport.enregistrees, 'ligne enregistrée', 'lignes enregistrées')}, ${plural(rapport.inchangees, 'ligne inchangée', 'lignes inchangées')}, ${plural(new Set(rapport.rejetees.map((r) => r.ligne)).size, 'ligne rejetée', 'lignes rejetées')}`;
const summaryOf = (fichier: string, rapport: RapportImport) => `Relevé ${rapport.format.toUpperCase()} « ${fichier} » importé : ${countsOf(rapport)}.`;

function ImportReport({ fichier, rapport }: { fichier: string; rapport: RapportImport }) {
  const rejected = rapport.rejetees.length;
  return (
    <div className={`banner ${rejected ? 'banner-warning' : 'banner-success'} facilitateur-report`}>
      <p>
        <strong>
          Relevé {rapport.format.toUpperCase()} « {fichier} » importé
        </strong>{' '}
        : {countsOf(rapport)}.
      </p>
      <RejectedRows rows={rapport.rejetees} caption="Lignes rejetées (rien n’a été enregistré pour elles)" fieldHeader="Colonne" reasonHeader="Motif" />
    </div>
  );
}
