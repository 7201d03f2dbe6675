import { callerFromClaims, type Caller } from '@plie-hub/auth/caller';

/**
 * Who is signed in: the bearer token the console sends to the gateway, and the caller it encodes (read from the
 * token itself, never chosen by the screen). Kept in sessionStorage: closing the tab signs out, and another tab
 * does not inherit a colleague's session.
 */
export interface Session {
  token: string;
  caller: Caller;
  /** Seconds since the epoch. */
  expiresAt: number;
  /** What the sign-in screen showed (e.g. « Conseiller France Travail — Bordeaux »), for the header. */
  label: string;
}

const KEY = 'plie-hub.session';

export function decodeToken(token: string, label = ''): Session {
  const payload = token.split('.')[1];
  if (!payload) throw new Error('Jeton illisible.');
  const claims = JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(payload.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0))));
  return { token, caller: callerFromClaims(claims), expiresAt: Number(claims.exp ?? 0), label };
}

export function currentSession(): Session | null {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return null;
  const session = JSON.parse(raw) as Session;
  if (session.expiresAt && session.expiresAt * 1000 < Date.now()) {
    sessionStorage.removeItem(KEY);
    return null;
  }
  return session;
}

export function saveSession(session: Session): void {
  sessionStorage.setItem(KEY, JSON.stringify(session));
}

export function clearSession(): void {
  sessionStorage.removeItem(KEY);
}
