import { useEffect, useState } from 'react';
import { ApiError, signOutExpired } from '../../api/graphql';
import { fileNameOf, saveBlob } from '../../ui/files';
import { ErrorBanner } from '../../ui/problems';
import { useSession } from '../../ui/session-context';
import type { Demande } from './types';

type Format = 'xlsx' | 'csv';

export interface Telechargement {
  lancer: (format: Format) => Promise<void>;
  enCours: Format | null;
  message: string;
  error: ApiError | null;
}

function urlExport({ portee, debut, fin }: Demande, format: Format): string {
  const params = new URLSearchParams({ debut, fin });
  if (portee.type === 'plie') params.set('plies', portee.code);
  else params.set('organismeIntermediaire', portee.nom);
  params.set('format', format);
  return `/exports/vue-copil?${params.toString()}`;
}

async function erreurExport(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => null)) as { errors?: { message: string; extensions?: { code?: string } }[] } | null;
  const problems = (body?.errors ?? []).map((e) => ({ message: e.message, code: e.extensions?.code ?? 'INTERNAL_SERVER_ERROR' }));
  return new ApiError(problems.length ? problems : [{ message: `Export impossible (HTTP ${response.status}).`, code: 'INTERNAL_SERVER_ERROR' }]);
}

/**
 * The gateway's export of the whole view (`GET /exports/vue-copil`), fetched with the session's token like any
 * request of the console: the file is built from the same query, rules and masking as the screen.
 */
export function useTelechargement(demande: Demande | null): Telechargement {
  const session = useSession();
  const [enCours, setEnCours] = useState<Format | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const cle = JSON.stringify(demande);
  // The last file's message belongs to the view it was taken from: another view starts clean.
  useEffect(() => {
    setMessage('');
    setError(null);
  }, [cle]);
  const lancer = async (format: Format) => {
    if (!demande) return;
    setEnCours(format);
    setMessage('');
    setError(null);
    try {
      const response = await fetch(urlExport(demande, format), { headers: { authorization: `Bearer ${session.token}` } });
      if (!response.ok) {
        // Like every other request of the console: a token the gateway no longer accepts signs the person out.
        if (response.status === 401) signOutExpired();
        setError(await erreurExport(response));
        return;
      }
      const nom = fileNameOf(response.headers.get('content-disposition'), `vue-copil-${demande.debut}-${demande.fin}.${format}`);
      saveBlob(nom, await response.blob());
      const manquantes = response.headers.get('x-plie-parties-manquantes');
      setMessage(`Fichier « ${nom} » téléchargé.${manquantes ? ` Parties absentes du fichier (service indisponible) : ${manquantes}.` : ''}`);
    } catch {
      setError(new ApiError([{ message: 'Le hub ne répond pas : vérifiez votre connexion puis réessayez.', code: 'NETWORK' }]));
    } finally {
      setEnCours(null);
    }
  };
  return { lancer, enCours, message, error };
}

export function BoutonsTelechargement({ telechargement, disabled }: { telechargement: Telechargement; disabled: boolean }) {
  const { lancer, enCours } = telechargement;
  return (
    <div className="copil-telechargements" role="group" aria-label="Télécharger la vue">
      <button type="button" onClick={() => void lancer('xlsx')} disabled={disabled || enCours !== null}>
        {enCours === 'xlsx' ? 'Préparation…' : 'Télécharger (XLSX)'}
      </button>
      <button type="button" className="secondary" onClick={() => void lancer('csv')} disabled={disabled || enCours !== null}>
        {enCours === 'csv' ? 'Préparation…' : 'Télécharger (CSV)'}
      </button>
    </div>
  );
}

/** What became of the last download, in live regions (success as a status, failure as an alert). */
export function EtatTelechargement({ telechargement }: { telechargement: Telechargement }) {
  return (
    <>
      <div role="status" className={telechargement.message ? 'banner banner-success' : undefined}>
        {telechargement.message}
      </div>
      <ErrorBanner error={telechargement.error} title="Le téléchargement n’a pas abouti" />
    </>
  );
}
