import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import * as jose from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { claimsOfCaller, type Caller } from './caller';
import { createTokenVerifier, InvalidTokenError, type VerifyToken } from './tokens';

// The signature check itself is counted, to see when the verifier remembers a token instead of checking it again.
vi.mock('jose', async (original) => {
  const actual = await original<typeof import('jose')>();
  return { ...actual, jwtVerify: vi.fn(actual.jwtVerify) };
});

const caller: Caller = { sub: 'agent-42', org: { type: 'PLIE', id: 'BORDEAUX' }, roles: ['COORDINATION_PLIE'], plies: ['BORDEAUX'] };
const ISSUER = 'https://idp.test/realms/plie';
const AUDIENCE = 'plie-hub';

/** A local identity provider: its JWKS served over HTTP on a port the system picks, as an OIDC provider would. */
describe('production tokens against a JWKS', () => {
  let server: Server;
  let verify: VerifyToken;
  let privateKey: CryptoKey;
  let publicJwk: JWK;
  const now = () => Math.floor(Date.now() / 1000);
  const sign = (options: { alg?: string; key?: CryptoKey | Uint8Array; iss?: string; aud?: string; exp?: number; nbf?: number; kid?: string } = {}) => {
    const jwt = new SignJWT(claimsOfCaller(caller))
      .setProtectedHeader({ alg: options.alg ?? 'RS256', kid: options.kid ?? 'key-1' })
      .setIssuer(options.iss ?? ISSUER)
      .setAudience(options.aud ?? AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(options.exp ?? now() + 600);
    if (options.nbf !== undefined) jwt.setNotBefore(options.nbf);
    return jwt.sign(options.key ?? privateKey);
  };

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    publicJwk = { ...(await exportJWK(pair.publicKey)), kid: 'key-1', alg: 'RS256', use: 'sig' };
    server = createServer((request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ keys: [publicJwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    verify = createTokenVerifier({ mode: 'production', jwksUrl: `http://127.0.0.1:${port}/jwks`, issuer: ISSUER, audience: AUDIENCE });
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('accepts a token signed by the provider and reads the caller from it', async () => {
    expect(await verify(await sign())).toEqual(caller);
  });

  it.each([
    ['expired', () => sign({ exp: now() - 60 })],
    ['not yet valid', () => sign({ nbf: now() + 3600 })],
    ['for another audience', () => sign({ aud: 'another-app' })],
    ['from another issuer', () => sign({ iss: 'https://evil.test' })],
    ['unsigned (alg: none)', async () => {
      const [, payload] = (await sign()).split('.');
      return `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
    }],
    // HS/RS confusion: HMAC-signed with the provider's *public* key as the secret, which anyone can fetch.
    ['HS256 signed with the public key', async () => sign({ alg: 'HS256', key: new TextEncoder().encode(JSON.stringify(publicJwk)) })],
    ['signed by a key the provider does not publish', async () => sign({ key: (await generateKeyPair('RS256')).privateKey })],
  ])('refuses a token %s', async (_, token) => {
    await expect(verify(await token())).rejects.toBeInstanceOf(InvalidTokenError);
  });

  it('checks a token’s signature once a minute at most, never past its expiry, and gives each request its own caller', async () => {
    const token = await sign({ exp: now() + 90 });
    const checked = vi.mocked(jose.jwtVerify).mock.calls.length;
    const first = await verify(token);
    first.roles.push('ADMIN');
    expect(await verify(token)).toEqual(caller);
    expect(vi.mocked(jose.jwtVerify).mock.calls.length - checked).toBe(1);
    const start = Date.now();
    const clock = vi.spyOn(Date, 'now');
    try {
      clock.mockReturnValue(start + 61_000);
      expect(await verify(token)).toEqual(caller);
      expect(vi.mocked(jose.jwtVerify).mock.calls.length - checked).toBe(2);
      clock.mockReturnValue(start + 100_000);
      await expect(verify(token)).rejects.toBeInstanceOf(InvalidTokenError);
    } finally {
      clock.mockRestore();
    }
  });

  it('refuses to be configured with a symmetric algorithm', () => {
    expect(() => createTokenVerifier({ mode: 'production', jwksUrl: 'http://127.0.0.1:9/jwks', issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] })).toThrow(/asymmetric/);
  });
});
