import { useState } from 'react';
import type { ConsoleConfig, IdentiteDemo } from '../api/config';
import type { Session } from '../api/session';
import { signInAsDemo, startOidcSignIn } from '../api/sign-in';

/** Sign-in: the demo identities in development, the organisation's identity provider (OIDC) in production. */
export function Connexion({ config, onSignedIn, error: initialError }: { config: ConsoleConfig; onSignedIn: (session: Session) => void; error?: string }) {
  const [ownError, setError] = useState('');
  // The app's own message (session expired, sign-in refused) until this screen has one of its own.
  const error = ownError || initialError || '';
  const [busy, setBusy] = useState(false);
  const demo = async (identite: IdentiteDemo) => {
    setBusy(true);
    setError('');
    try {
      onSignedIn(await signInAsDemo(identite));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main id="contenu" className="signin">
      <h1>PLIE Hub — connexion</h1>
      {error && (
        <div className="banner banner-error" role="alert">
          {error}
        </div>
      )}
      {config.authentification === 'oidc' ? (
        <div className="card">
          <p>Connectez-vous avec le compte de votre organisation.</p>
          <button type="button" onClick={() => startOidcSignIn(config.oidc).catch((e: Error) => setError(e.message))}>
            Se connecter
          </button>
        </div>
      ) : (
        <div className="card">
          <p>
            Environnement de démonstration : choisissez un rôle. Le hub signe un jeton de développement (8 h) pour l’identité choisie ; les
            données sont celles du jeu de démonstration.
          </p>
          <ul className="identities" aria-label="Identités de démonstration">
            {config.identites.map((identite) => (
              <li key={identite.cle}>
                <button type="button" disabled={busy} onClick={() => demo(identite)}>
                  <span className="role">{identite.libelle}</span>
                  <span className="org">
                    {identite.organisation}
                    {identite.plies.length ? ` — ${identite.plies.length > 2 ? `${identite.plies.length} PLIEs` : identite.plies.join(', ')}` : ''}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </main>
  );
}
