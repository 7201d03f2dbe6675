import { createHash, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { claimsOfCaller } from '@plie-hub/auth';
import { DEMO_IDENTITIES } from '@plie-hub/demo';
import { createGateway, readGatewayConfig } from '@plie-hub/gateway';
import { SUPERGRAPH_PATH } from '@plie-hub/hub';
import { CHROMIUM_ARGS, CHROMIUM_PATH, screenshot } from './support/console';
import { GATEWAY_KEYS } from './support/global-setup';

/**
 * The production sign-in: a gateway in production mode in front of the run's subgraphs, and a local OpenID provider
 * that checks the PKCE verifier as a real one does. The console must redirect, come back, exchange the code and use
 * the access token it got, which the gateway verifies against the provider's JWKS.
 */
describe('console: production sign-in through OpenID Connect (authorization code + PKCE)', () => {
  const issuer = 'https://idp.test/realms/plie';
  const clientId = 'plie-console';
  let idp: Server;
  let idpUrl: string;
  let gatewayUrl: string;
  let closeGateway: () => Promise<void>;
  let browser: Browser;
  const exchanges: { verifierMatched: boolean; clientId: string; redirectUri: string }[] = [];

  beforeAll(async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'idp-1', alg: 'ES256', use: 'sig' };
    const codes = new Map<string, { challenge: string; redirectUri: string }>();
    idp = createServer(async (request, response) => {
      const url = new URL(request.url ?? '/', 'http://idp');
      // The token endpoint is called by the browser from the gateway's origin, as public clients do.
      response.setHeader('access-control-allow-origin', '*');
      if (url.pathname === '/certs') return response.end(JSON.stringify({ keys: [jwk] }));
      if (url.pathname === '/authorize') {
        // The person signs in here; the provider sends the browser back with a one-time code.
        const code = randomUUID();
        codes.set(code, { challenge: url.searchParams.get('code_challenge') ?? '', redirectUri: url.searchParams.get('redirect_uri') ?? '' });
        const back = new URL(url.searchParams.get('redirect_uri')!);
        back.search = new URLSearchParams({ code, state: url.searchParams.get('state') ?? '' }).toString();
        response.writeHead(302, { location: back.toString() });
        return response.end();
      }
      if (url.pathname === '/token' && request.method === 'POST') {
        let body = '';
        for await (const chunk of request) body += chunk;
        const form = new URLSearchParams(body);
        const issued = codes.get(form.get('code') ?? '');
        codes.delete(form.get('code') ?? '');
        const verifierMatched = !!issued && createHash('sha256').update(form.get('code_verifier') ?? '').digest('base64url') === issued.challenge;
        exchanges.push({ verifierMatched, clientId: form.get('client_id') ?? '', redirectUri: form.get('redirect_uri') ?? '' });
        if (!verifierMatched || issued.redirectUri !== form.get('redirect_uri')) {
          response.writeHead(400, { 'content-type': 'application/json' });
          return response.end(JSON.stringify({ error: 'invalid_grant' }));
        }
        const accessToken = await new SignJWT(claimsOfCaller(DEMO_IDENTITIES.coordination!))
          .setProtectedHeader({ alg: 'ES256', kid: 'idp-1' })
          .setIssuer(issuer)
          .setAudience('plie-hub')
          .setIssuedAt()
          .setExpirationTime('10m')
          .sign(privateKey);
        response.writeHead(200, { 'content-type': 'application/json' });
        return response.end(JSON.stringify({ access_token: accessToken, token_type: 'Bearer', expires_in: 600 }));
      }
      response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => idp.listen(0, '127.0.0.1', resolve));
    idpUrl = `http://127.0.0.1:${(idp.address() as AddressInfo).port}`;

    const subgraphUrls = inject('subgraphUrls');
    const config = readGatewayConfig(
      {
        NODE_ENV: 'production',
        GATEWAY_PORT: '0',
        LOG_LEVEL: 'error',
        PLIE_GATEWAY_KEYS: GATEWAY_KEYS,
        PLIE_JWKS_URL: `${idpUrl}/certs`,
        PLIE_JWT_ISSUER: issuer,
        PLIE_JWT_AUDIENCE: 'plie-hub',
        PLIE_OIDC_AUTHORIZATION_URL: `${idpUrl}/authorize`,
        PLIE_OIDC_TOKEN_URL: `${idpUrl}/token`,
        PLIE_OIDC_CLIENT_ID: clientId,
        PLIE_CONSOLE_DIR: inject('consoleDir'),
        // As a locked-down production would: only the hub's own clients' documents, sent by hash.
        PLIE_TRUSTED_DOCUMENTS_ONLY: 'true',
      },
      { subgraphNames: Object.keys(subgraphUrls), defaultSupergraphPath: SUPERGRAPH_PATH },
    );
    config.subgraphUrls = subgraphUrls;
    const gateway = createGateway(config);
    gatewayUrl = (await gateway.listen()).url;
    closeGateway = () => gateway.close();
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await closeGateway?.();
    await new Promise<void>((resolve) => idp?.close(() => resolve()));
  });

  it('offers no demo identity and signs no development token', async () => {
    const config = (await (await fetch(gatewayUrl.replace('/graphql', '/console/config.json'))).json()) as Record<string, unknown>;
    expect(config.authentification).toBe('oidc');
    expect(config).not.toHaveProperty('identites');
    const demo = await fetch(gatewayUrl.replace('/graphql', '/console/jeton-demo'), { method: 'POST', body: JSON.stringify({ cle: 'admin' }) });
    expect(demo.status).toBe(404);
  });

  it('signs in at the provider, exchanges the code with its PKCE verifier, and reads the API with the access token and trusted documents', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(gatewayUrl.replace('/graphql', '/console/'));
    await expect.poll(() => page.getByRole('list', { name: 'Identités de démonstration' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
    expect(exchanges).toHaveLength(1);
    expect(exchanges[0]).toEqual({ verifierMatched: true, clientId, redirectUri: gatewayUrl.replace('/graphql', '/console/') });
    // The code and state are not left in the address bar.
    expect(new URL(page.url()).search).toBe('');
    // Signed in as whom the provider said: the header reads the token's organisation.
    await expect.poll(() => page.locator('header .who').textContent()).toContain('BORDEAUX');
    // The token works against the production gateway, and the console's operations are the trusted ones: its
    // default screen (the commission) loads through documents sent by hash, while any other document is refused.
    await page.getByRole('heading', { level: 1, name: 'Comité d’entrée et de suivi' }).waitFor();
    await page.getByRole('heading', { level: 2, name: /^(Séance du|Aucune séance à venir)/ }).waitFor();
    expect(await page.locator('.banner-error').count()).toBe(0);
    const arbitrary = await page.evaluate(async () => {
      const session = JSON.parse(sessionStorage.getItem('plie-hub.session') ?? 'null') as { token: string } | null;
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${session?.token}` },
        body: JSON.stringify({ query: '{ plie(code: "BORDEAUX") { code nom } }' }),
      });
      return (await response.json()) as { data?: unknown; errors?: { message: string }[] };
    });
    expect(arbitrary.data ?? null).toBeNull();
    expect(arbitrary.errors?.length).toBeGreaterThan(0);
    await screenshot(page, 'connexion-oidc');
    expect(errors).toEqual([]);
    await context.close();
  });
});
