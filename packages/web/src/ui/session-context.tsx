import { createContext, useContext } from 'react';
import type { Session } from '../api/session';

export const SessionContext = createContext<Session | null>(null);

/** The signed-in session; screens are only rendered once someone is signed in. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in console');
  return session;
}
