import { useEffect, useState, useSyncExternalStore } from 'react';
import { loadConfig, type ConsoleConfig } from './api/config';
import { sendPersistedDocuments, whenUnauthenticated } from './api/graphql';
import { clearSession, currentSession, saveSession, type Session } from './api/session';
import { completeOidcSignIn } from './api/sign-in';
import { Connexion } from './screens/connexion';
import { screensFor } from './screens';
import { Loading } from './ui/problems';
import { SessionContext } from './ui/session-context';

const subscribeHash = (callback: () => void) => {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
};
const decodeSegment = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};
const useRoute = () => useSyncExternalStore(subscribeHash, () => location.hash.replace(/^#\/?/, ''));

export function App() {
  const [config, setConfig] = useState<ConsoleConfig | null>(null);
  const [session, setSession] = useState<Session | null>(currentSession);
  const [error, setError] = useState('');
  useEffect(() => {
    loadConfig()
      .then(async (loaded) => {
        sendPersistedDocuments(loaded.documentsDeConfiance);
        // Back from the identity provider: finish the exchange before showing anything, so that a refusal is said
        // on the sign-in screen and its button cannot start a second sign-in meanwhile.
        if (loaded.authentification === 'oidc') {
          const returned = await completeOidcSignIn(loaded.oidc).catch((e: Error) => (setError(e.message), null));
          if (returned) signIn(returned);
        }
        setConfig(loaded);
      })
      .catch((e: Error) => setError(e.message));
    whenUnauthenticated(() => {
      clearSession();
      setSession(null);
      setError('Votre session a expiré : reconnectez-vous.');
    });
  }, []);
  const signIn = (next: Session) => {
    saveSession(next);
    setSession(next);
    setError('');
  };
  const signOut = () => {
    clearSession();
    setSession(null);
    location.hash = '';
  };

  if (!config) return error ? <p role="alert">{error}</p> : <Loading label="Ouverture de la console…" />;
  if (!session) return <Connexion config={config} onSignedIn={signIn} error={error} />;
  return (
    <SessionContext.Provider value={session}>
      <Shell session={session} onSignOut={signOut} />
    </SessionContext.Provider>
  );
}

function Shell({ session, onSignOut }: { session: Session; onSignOut: () => void }) {
  const route = useRoute();
  const screens = screensFor(session.caller.roles);
  // A hand-edited address with a broken escape is read as typed rather than crashing the console.
  const [first = '', ...params] = route.split('/').map(decodeSegment);
  const screen = screens.find((s) => s.route === first) ?? screens.find((s) => !s.hidden);
  const active = screen?.route;
  return (
    <>
      <a className="skip-link" href="#contenu" onClick={(e) => (e.preventDefault(), document.getElementById('page-title')?.focus())}>
        Aller au contenu
      </a>
      <header className="app-header">
        <a className="brand" href="#/">
          PLIE Hub
        </a>
        <nav aria-label="Menu principal">
          <ul>
            {screens
              .filter((s) => !s.hidden)
              .map((s) => (
                <li key={s.route}>
                  <a href={`#/${s.route}`} aria-current={s.route === active ? 'page' : undefined}>
                    {s.label}
                  </a>
                </li>
              ))}
          </ul>
        </nav>
        <div className="who">
          <span>
            {session.label || session.caller.roles.join(', ')} · {session.caller.org.id}
          </span>
          <button type="button" className="secondary" onClick={onSignOut}>
            Se déconnecter
          </button>
        </div>
      </header>
      <main id="contenu">
        {screen ? (
          screen.render(screen.route === first ? params : [])
        ) : (
          <p>Aucun écran de la console n’est prévu pour votre rôle ; l’API reste accessible à vos applications.</p>
        )}
      </main>
    </>
  );
}
