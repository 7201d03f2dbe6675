import type { ApiError, ApiProblem } from '../api/graphql';

const REFUSED = 'FORBIDDEN';

/** The whole request failed: what the API said, in a live region so screen readers announce it. */
export function ErrorBanner({ error, title = 'La demande n’a pas abouti' }: { error: ApiError | null; title?: string }) {
  if (!error) return null;
  return (
    <div className="banner banner-error" role="alert">
      <strong>{title}</strong>
      <ul>
        {error.problems.map((p, i) => (
          <li key={i}>
            {p.message}
            {p.code === REFUSED ? ' (accès refusé)' : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** One part the API refused or could not reach, shown in place of the data, never as an empty value. */
export function MissingPart({ problem, what }: { problem: ApiProblem; what?: string }) {
  const text =
    problem.code === REFUSED
      ? `${what ? `${what} : ` : ''}votre rôle ne permet pas de voir cette information.`
      : problem.code === 'SUBGRAPH_UNAVAILABLE'
        ? `${what ? `${what} : ` : ''}service momentanément indisponible.`
        : problem.message;
  return (
    <span className={`missing missing-${problem.code === REFUSED ? 'refused' : 'unavailable'}`} title={problem.message}>
      {text}
    </span>
  );
}

/** Problems of parts of an answer that did load, listed above the screen's content. */
export function PartialNotice({ problems }: { problems: ApiProblem[] }) {
  if (!problems.length) return null;
  const refused = problems.filter((p) => p.code === REFUSED);
  const other = problems.filter((p) => p.code !== REFUSED);
  return (
    <div className="banner banner-warning" role="status">
      {refused.length > 0 && <p>Certaines informations ne sont pas visibles avec votre rôle ; elles sont signalées comme telles.</p>}
      {[...new Set(other.map((p) => p.message))].map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}

export function Loading({ label = 'Chargement…' }: { label?: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      {label}
    </p>
  );
}
