import { useState, type FormEvent } from 'react';
import { graphql } from '../../api/graphql';
import { readAsBase64, saveBlob } from '../../ui/files';
import { formatNumber } from '../../ui/format';
import { Page } from '../../ui/page';
import { ErrorBanner } from '../../ui/problems';
import { FileField } from '../../ui/fields';
import { useSession } from '../../ui/session-context';
import { asApiError, useMutation } from '../../ui/use-api';
import type { ApiError } from '../../api/graphql';
import type { Partner } from './partners';
import { labelOfPath } from './field-labels';
import { UnknownPartner, usePartner } from './use-partner';
import { RejectedRows } from '../../ui/rejected-rows';

interface Rapport {
  encodage: string;
  lignesLues: number;
  creees: number;
  dejaImportees: number;
  rejetees: { ligne: number; champ: string; message: string }[];
  idsCreees: string[];
}

export function ImportFiches() {
  const partner = usePartner();
  if (!partner) return <UnknownPartner title="Importer des fiches" />;
  return <ImportFichesPartenaire partner={partner} />;
}

function ImportFichesPartenaire({ partner }: { partner: Partner }) {
  const importer = useMutation<{ contenuBase64: string }, { rapport: Rapport }>(partner.documents.importer);
  const [rapport, setRapport] = useState<{ fichier: string; rapport: Rapport } | null>(null);
  return (
    <Page title="Importer des fiches (CSV)">
      <p className="prescripteur-intro">
        Un fichier CSV (séparateur point-virgule ou virgule, UTF-8 ou Windows-1252) dont chaque ligne crée un brouillon de fiche {partner.label}. Les
        lignes valides sont créées, les autres sont signalées avec leur numéro, leur colonne et la raison ; un même fichier importé deux fois ne crée
        rien de plus.
      </p>
      <Modele partner={partner} />
      <EnvoiFichier
        pending={importer.pending}
        error={importer.error}
        onSend={async (fichier, contenuBase64) => {
          setRapport(null);
          const result = await importer.run({ contenuBase64 });
          if (result) setRapport({ fichier, rapport: result.rapport });
        }}
      />
      {rapport && <RapportImport partner={partner} fichier={rapport.fichier} rapport={rapport.rapport} />}
    </Page>
  );
}

function Modele({ partner }: { partner: Partner }) {
  const session = useSession();
  const [error, setError] = useState<ApiError | null>(null);
  const [pending, setPending] = useState(false);
  const download = async () => {
    setPending(true);
    setError(null);
    try {
      const { data } = await graphql<{ modele: string }>(session, partner.documents.modeleImport);
      // The BOM makes spreadsheet software read the accents of the header as UTF-8.
      saveBlob(`modele-import-fiches-${partner.slug}.csv`, new Blob([`\uFEFF${data.modele}\r\n`], { type: 'text/csv;charset=utf-8' }));
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setPending(false);
    }
  };
  return (
    <section className="card prescripteur-card" aria-labelledby="modele-titre">
      <h2 id="modele-titre">1. Le modèle de fichier</h2>
      <p>La ligne d’en-tête attendue, avec une colonne par champ de la fiche et de la section {partner.label}.</p>
      <ErrorBanner error={error} title="Le modèle n’a pas pu être téléchargé" />
      <button type="button" className="secondary" onClick={download} disabled={pending}>
        Télécharger le modèle CSV
      </button>
    </section>
  );
}

function EnvoiFichier({ pending, error, onSend }: { pending: boolean; error: ApiError | null; onSend: (fichier: string, contenuBase64: string) => Promise<void> }) {
  const [file, setFile] = useState<File | null>(null);
  const [readError, setReadError] = useState('');
  const fieldError = readError || error?.forField('fichier') || error?.forField('contenuBase64');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setReadError('');
    if (!file) {
      setReadError('Choisissez un fichier CSV à importer.');
      return;
    }
    try {
      await onSend(file.name, await readAsBase64(file));
    } catch (e) {
      setReadError((e as Error).message);
    }
  };
  return (
    <section className="card prescripteur-card" aria-labelledby="envoi-titre">
      <h2 id="envoi-titre">2. Le fichier à importer</h2>
      {error && !error.forField('fichier') && !error.forField('contenuBase64') && <ErrorBanner error={error} title="Le fichier n’a pas été importé" />}
      <form noValidate onSubmit={submit}>
        <FileField label="Fichier CSV" accept=".csv,text/csv" error={fieldError} onChange={setFile} />
        <div className="actions">
          <button type="submit" disabled={pending}>
            Importer le fichier
          </button>
          {pending && (
            <span role="status" className="loading">
              Import en cours…
            </span>
          )}
        </div>
      </form>
    </section>
  );
}

function RapportImport({ partner, fichier, rapport }: { partner: Partner; fichier: string; rapport: Rapport }) {
  const rejetees = rapport.rejetees.length;
  return (
    <section aria-labelledby="rapport-titre">
      <h2 id="rapport-titre">Rapport d’import de « {fichier} »</h2>
      <div className={`banner ${rejetees ? 'banner-warning' : 'banner-success'}`} role="status">
        {count(rapport.lignesLues, 'ligne lue', 'lignes lues')} : {count(rapport.creees, 'fiche créée', 'fiches créées')} en brouillon,{' '}
        {count(rapport.dejaImportees, 'déjà importée', 'déjà importées')}, {count(rejetees, 'ligne rejetée', 'lignes rejetées')}.
      </div>
      <ul className="kpis prescripteur-kpis">
        <Kpi label="Lignes lues" value={rapport.lignesLues} />
        <Kpi label="Fiches créées" value={rapport.creees} />
        <Kpi label="Déjà importées" value={rapport.dejaImportees} />
        <Kpi label="Lignes rejetées" value={rejetees} />
      </ul>
      <p className="hint">Encodage détecté : {rapport.encodage}.</p>
      <RejectedRows
        rows={rapport.rejetees}
        caption="Lignes rejetées (rien n’a été créé pour elles)"
        fieldHeader="Champ"
        reasonHeader="Raison"
        renderField={(champ) => {
          const label = labelOfPath(partner, champ);
          return label ? (
            <>
              {label}
              <code className="prescripteur-code">{champ}</code>
            </>
          ) : (
            champ
          );
        }}
      />
      {rapport.idsCreees.length > 0 && (
        <>
          <h3>Fiches créées</h3>
          <ul>
            {rapport.idsCreees.map((id, i) => (
              <li key={id}>
                <a href={`#/fiche/${encodeURIComponent(id)}`}>Ouvrir le brouillon n° {i + 1}</a>
              </li>
            ))}
          </ul>
          <p>
            Les brouillons créés sont aussi dans <a href="#/fiches">Mes fiches</a>, à transmettre au PLIE.
          </p>
        </>
      )}
    </section>
  );
}

/** « 1 ligne lue », « 3 lignes lues ». */
const count = (n: number, one: string, many: string) => `${formatNumber(n)} ${n > 1 ? many : one}`;

function Kpi({ label, value }: { label: string; value: number }) {
  return (
    <li className="kpi">
      <span className="value">{formatNumber(value)}</span>
      <span className="label">{label}</span>
    </li>
  );
}
