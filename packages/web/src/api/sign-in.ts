import type { IdentiteDemo, OidcSettings } from './config';
import { decodeToken, type Session } from './session';

/** Development and demo: the hub signs a token for a demo identity (only when it runs with development keys). */
export async function signInAsDemo(identite: IdentiteDemo): Promise<Session> {
  const response = await fetch('/console/jeton-demo', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ cle: identite.cle }),
  });
  const body = (await response.json().catch(() => ({}))) as { jeton?: string; message?: string };
  if (!response.ok || !body.jeton) throw new Error(body.message ?? `Connexion impossible (HTTP ${response.status}).`);
  return decodeToken(body.jeton, identite.libelle);
}

const PKCE_KEY = 'plie-hub.oidc';
const redirectUri = () => `${location.origin}/console/`;

const base64Url = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/**
 * Production: OpenID Connect authorization code flow with PKCE (public client, no secret in the browser). The
 * verifier and state stay in this tab's sessionStorage until the identity provider sends the browser back.
 */
export async function startOidcSignIn(oidc: OidcSettings): Promise<void> {
  const verifier = base64Url(crypto.getRandomValues(new Uint8Array(32)));
  const state = base64Url(crypto.getRandomValues(new Uint8Array(16)));
  const challenge = base64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
  sessionStorage.setItem(PKCE_KEY, JSON.stringify({ verifier, state }));
  const url = new URL(oidc.autorisation);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: oidc.clientId,
    redirect_uri: redirectUri(),
    scope: oidc.portee,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state,
  }).toString();
  location.assign(url.toString());
}

/** Back from the identity provider (`?code=…&state=…`): exchanges the code for the access token. Null when not a return. */
export async function completeOidcSignIn(oidc: OidcSettings): Promise<Session | null> {
  const params = new URLSearchParams(location.search);
  const code = params.get('code');
  if (!code) return null;
  const saved = JSON.parse(sessionStorage.getItem(PKCE_KEY) ?? 'null') as { verifier: string; state: string } | null;
  sessionStorage.removeItem(PKCE_KEY);
  history.replaceState(null, '', location.pathname + location.hash);
  if (!saved || saved.state !== params.get('state')) throw new Error('Retour de connexion inattendu : recommencez la connexion.');
  const response = await fetch(oidc.jeton, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirectUri(), client_id: oidc.clientId, code_verifier: saved.verifier }),
  });
  const body = (await response.json().catch(() => ({}))) as { access_token?: string };
  if (!response.ok || !body.access_token) throw new Error(`Le fournisseur d’identité a refusé la connexion (HTTP ${response.status}).`);
  return decodeToken(body.access_token);
}
