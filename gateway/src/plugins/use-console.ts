import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { signDevelopmentToken, type Caller } from '@plie-hub/auth';

export interface ConsoleOptions {
  /** The built console (`packages/web/dist`). */
  dir: string;
  /**
   * Development and demo only: identities the sign-in screen offers, for which `POST /console/jeton-demo` signs a
   * development token (the development secret is public: this grants nothing a developer could not sign himself).
   */
  demo?: { identities: Record<string, Caller>; labels: Record<string, { libelle: string; organisation: string }>; sign: (caller: Caller) => Promise<string> };
  /** Production: the identity provider the console signs people in with (authorization code + PKCE). */
  oidc?: { autorisation: string; jeton: string; clientId: string; portee: string };
  /** Persisted documents only: the console sends its operations by hash. */
  trustedDocumentsOnly?: boolean;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/**
 * Serves the web console under `/console/` from the gateway's own address, so it reaches `/graphql` and `/exports`
 * as a same-origin client with the person's token, like any partner application (nothing here reads data).
 * `/` sends browsers to the console.
 */
export function useConsole(options: ConsoleOptions): GatewayPlugin {
  const root = path.resolve(options.dir);
  const connect = ["'self'", ...(options.oidc ? [new URL(options.oidc.jeton).origin] : [])].join(' ');
  const securityHeaders = {
    'content-security-policy': `default-src 'self'; connect-src ${connect}; img-src 'self' data: blob:; style-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'`,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };
  const config = () =>
    options.oidc
      ? { authentification: 'oidc', oidc: options.oidc, documentsDeConfiance: !!options.trustedDocumentsOnly }
      : {
          authentification: 'developpement',
          documentsDeConfiance: !!options.trustedDocumentsOnly,
          identites: Object.entries(options.demo?.identities ?? {}).map(([cle, caller]) => ({
            cle,
            libelle: options.demo?.labels[cle]?.libelle ?? cle,
            organisation: options.demo?.labels[cle]?.organisation ?? caller.org.id,
            roles: caller.roles,
            plies: caller.plies,
          })),
        };

  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const json = (status: number, body: unknown) =>
        endResponse(new fetchAPI.Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...securityHeaders } }));
      if (url.pathname === '/' && request.method === 'GET') return endResponse(fetchAPI.Response.redirect(new URL('/console/', url).toString(), 302));
      if (url.pathname === '/console') return endResponse(fetchAPI.Response.redirect(new URL('/console/', url).toString(), 301));
      if (!url.pathname.startsWith('/console/')) return;
      if (url.pathname === '/console/config.json') return json(200, config());
      if (url.pathname === '/console/jeton-demo') {
        if (request.method !== 'POST') return json(405, { message: 'Méthode non autorisée : POST.' });
        const demo = options.demo;
        if (!demo) return json(404, { message: 'Connexion de démonstration indisponible : ce hub utilise le fournisseur d’identité de votre organisation.' });
        const { cle } = (await request.json().catch(() => ({}))) as { cle?: unknown };
        const caller = typeof cle === 'string' ? demo.identities[cle] : undefined;
        if (!caller) return json(400, { message: 'Identité de démonstration inconnue.', code: 'BAD_USER_INPUT' });
        return json(200, { jeton: await demo.sign(caller) });
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      let relative: string;
      try {
        relative = decodeURIComponent(url.pathname.slice('/console/'.length));
      } catch {
        return json(404, { message: 'Introuvable.' });
      }
      let file = path.resolve(root, relative || 'index.html');
      if (file !== root && !file.startsWith(root + path.sep)) return json(404, { message: 'Introuvable.' });
      let found = await stat(file).catch(() => null);
      // Routes are in the hash; any other path that is not a file is the application itself.
      if (!found?.isFile() && !path.extname(file)) {
        file = path.join(root, 'index.html');
        found = await stat(file).catch(() => null);
      }
      if (!found?.isFile()) {
        return relative === '' || relative === 'index.html'
          ? endResponse(new fetchAPI.Response('Console non construite : lancez npm run build:web.', { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8', ...securityHeaders } }))
          : json(404, { message: 'Introuvable.' });
      }
      const hashed = file.includes(`${path.sep}assets${path.sep}`);
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : await readFile(file), {
          status: 200,
          headers: {
            'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
            // Vite names assets by content hash: they never change; the page itself is checked every time.
            'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
            ...securityHeaders,
          },
        }),
      );
    },
  };
}

export const developmentTokenSigner = (tokens: { secret: string; issuer: string; audience: string }) => (caller: Caller) =>
  signDevelopmentToken(caller, { secret: tokens.secret, issuer: tokens.issuer, audience: tokens.audience });
