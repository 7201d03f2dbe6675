import { useState } from 'react';
import { saveBase64 } from '../../ui/files';
import { ErrorBanner } from '../../ui/problems';
import { useMutation } from '../../ui/use-api';
import exporterBilanDocument from './exporter-bilan.graphql';
import type { FichierExport } from './types';

type Format = 'XLSX' | 'CSV';

/** The bilan sent to the buyer, as the API produces it (XLSX workbook with its sheets, or the lots as CSV). */
export function BilanExport({ marcheId }: { marcheId: string }) {
  const exporter = useMutation<{ marcheId: string; format: Format }, { exporterBilanClause: FichierExport }>(exporterBilanDocument);
  const [pending, setPending] = useState<Format | null>(null);
  const [done, setDone] = useState('');

  const download = async (format: Format) => {
    setPending(format);
    setDone('');
    const result = await exporter.run({ marcheId, format });
    setPending(null);
    if (!result) return;
    const file = result.exporterBilanClause;
    saveBase64(file.nom, file.typeMime, file.contenuBase64);
    setDone(`Bilan téléchargé : ${file.nom}.`);
  };

  return (
    <section aria-labelledby="bilan-title">
      <h2 id="bilan-title">Bilan de la clause</h2>
      <div className="card">
        <p>Le bilan à transmettre au donneur d’ordre : engagé et réalisé par lot ; le classeur ajoute les modalités, les publics et les personnes.</p>
        <ErrorBanner error={exporter.error} title="Le bilan n’a pas pu être produit" />
        <div className="actions">
          <button type="button" disabled={pending !== null} onClick={() => download('XLSX')}>
            {pending === 'XLSX' ? 'Préparation…' : 'Télécharger le bilan (XLSX)'}
          </button>
          <button type="button" className="secondary" disabled={pending !== null} onClick={() => download('CSV')}>
            {pending === 'CSV' ? 'Préparation…' : 'Télécharger le bilan (CSV)'}
          </button>
        </div>
        <p role="status" aria-live="polite">
          {done}
        </p>
      </div>
    </section>
  );
}
