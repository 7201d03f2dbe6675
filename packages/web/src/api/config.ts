/** What the hub tells the console at start (`/console/config.json`): how people sign in here. */
export type ConsoleConfig = (
  | { authentification: 'developpement'; identites: IdentiteDemo[] }
  | { authentification: 'oidc'; oidc: OidcSettings }
) & { /** The gateway accepts only trusted documents (sent by hash). */ documentsDeConfiance: boolean };

export interface IdentiteDemo {
  cle: string;
  libelle: string;
  roles: string[];
  organisation: string;
  plies: string[];
}

export interface OidcSettings {
  /** Authorization endpoint of the identity provider. */
  autorisation: string;
  /** Token endpoint (authorization code + PKCE, public client). */
  jeton: string;
  clientId: string;
  portee: string;
}

export async function loadConfig(): Promise<ConsoleConfig> {
  const response = await fetch('/console/config.json', { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`Configuration de la console indisponible (HTTP ${response.status}).`);
  return (await response.json()) as ConsoleConfig;
}
