import { useEffect } from 'react';
import type { ApiError } from '../api/graphql';
import { useMutation, type Mutation } from './use-api';
import { ErrorBanner } from './problems';

/**
 * The problems of a refused write that no field of the form shows: the field ones are already next to their input,
 * repeating them in the banner would only make the form longer. `conflictShown`: a ConflictNotice explains it.
 */
export function OtherProblems({ error, fields, title, conflictShown }: { error: ApiError | null; fields: readonly string[]; title?: string; conflictShown?: boolean }) {
  if (!error || (conflictShown && error.code === 'CONFLICT')) return null;
  return <ErrorBanner error={error.unplaced(fields)} title={title ?? 'Rien n’a été enregistré'} />;
}

/** Someone else changed the record first: the screen reloaded it, the form keeps what was typed. */
export function ConflictNotice({ error, what }: { error: ApiError | null; what: string }) {
  if (error?.code !== 'CONFLICT') return null;
  return (
    <div className="banner banner-error" role="alert">
      <strong>Rien n’a été enregistré.</strong>
      <p>
        {what} a été modifié par quelqu’un d’autre pendant votre saisie, ou ne le permet plus : la page vient d’être rechargée avec sa version à jour. Vérifiez-la, puis
        enregistrez à nouveau si besoin.
      </p>
      <p className="hint">Détail : {error.message}</p>
    </div>
  );
}

/** A write guarded by the record's version: on CONFLICT the screen reloads the record right away. */
export function useVersionedMutation<V extends Record<string, unknown>, T>(document: string, reload: () => void): Mutation<V, T> {
  const mutation = useMutation<V, T>(document);
  const conflict = mutation.error?.code === 'CONFLICT';
  useEffect(() => {
    if (conflict) reload();
  }, [conflict, mutation.error, reload]);
  return mutation;
}
