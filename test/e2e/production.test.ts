import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimsOfCaller } from '@plie-hub/auth';
import { gateway, identity, startGateway } from '../support/client';

/**
 * The gateway as it runs in production: tokens from an OIDC provider (a local JWKS here), no GraphiQL, no
 * introspection, no field suggestions, and errors that say nothing of the inside.
 */
describe('gateway in production mode', () => {
  let jwks: Server;
  let production: { url: string; close: () => Promise<void> };
  let token: string;

  beforeAll(async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' };
    jwks = createServer((_, response) => response.end(JSON.stringify({ keys: [jwk] })));
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const issuer = 'https://idp.test/realms/plie';
    production = await startGateway({
      NODE_ENV: 'production',
      PLIE_JWKS_URL: `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/certs`,
      PLIE_JWT_ISSUER: issuer,
      PLIE_JWT_AUDIENCE: 'plie-hub',
      // Not the subgraphs' key: the subgraphs of the test hub run in development and refuse it, which gives an
      // upstream failure to look at.
      PLIE_GATEWAY_KEYS: 'prod2026:a-production-key-of-at-least-thirty-two-characters',
    });
    token = await new SignJWT(claimsOfCaller(identity('coordination')))
      .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
      .setIssuer(issuer)
      .setAudience('plie-hub')
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(privateKey);
  });
  afterAll(async () => {
    await production?.close();
    await new Promise<void>((resolve) => jwks.close(() => resolve()));
  });

  it('refuses introspection, even with a valid token', async () => {
    const response = await gateway(token, '{ __schema { types { name } } }', undefined, {}, production.url);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('does not suggest field names', async () => {
    const response = await gateway(token, '{ pliez { code } }', undefined, {}, production.url);
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0]?.message).not.toMatch(/Did you mean/i);
  });

  it('refuses a development token', async () => {
    const { signDevelopmentToken } = await import('@plie-hub/auth');
    const response = await gateway(await signDevelopmentToken(identity('admin')), '{ plies { code } }', undefined, {}, production.url);
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers an upstream failure without stack trace, SQL or upstream detail', async () => {
    const response = await gateway(token, '{ plies { code nom } }', undefined, {}, production.url);
    expect(response.errors?.length).toBeGreaterThan(0);
    const text = JSON.stringify(response);
    expect(text).not.toMatch(/stack|\bat \S+ \(|node_modules|SELECT |x-plie-caller|signature/i);
  });

  it('serves no GraphiQL page', async () => {
    const page = await fetch(production.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/graphiql/i);
  });
});
