import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { DEVELOPMENT_GATEWAY_KEY, signCaller, signDevelopmentToken } from '@plie-hub/auth';
import { codeOf, gateway, identity, startGateway, subgraph, tokenFor } from '../support/client';

const QUERY = /* GraphQL */ `{ plies { code } }`;

describe('authentication at the gateway', () => {
  it('accepts a valid development token', async () => {
    const response = await gateway<{ plies: Array<{ code: string }> }>(await tokenFor('referent'), QUERY);
    expect(response.status).toBe(200);
    expect(response.data!.plies.map((p) => p.code)).toContain('BORDEAUX');
  });

  it('refuses a request without a token', async () => {
    const response = await gateway(null, QUERY);
    expect(response.status).toBe(401);
    expect(codeOf(response)).toBe('UNAUTHENTICATED');
    expect(response.data ?? null).toBeNull();
  });

  it('refuses an expired token', async () => {
    const expired = await signDevelopmentToken(identity('referent'), { expiresInSeconds: -60 });
    const response = await gateway(expired, QUERY);
    expect(response.status).toBe(401);
    expect(codeOf(response)).toBe('UNAUTHENTICATED');
  });

  it('refuses a token that is not yet valid', async () => {
    const future = await signDevelopmentToken(identity('referent'), { notBefore: Math.floor(Date.now() / 1000) + 3600 });
    expect(codeOf(await gateway(future, QUERY))).toBe('UNAUTHENTICATED');
  });

  it('refuses a token signed with another secret (forged)', async () => {
    const forged = await signDevelopmentToken(identity('admin'), { secret: 'not-the-secret-of-this-hub-at-all-123456' });
    expect(codeOf(await gateway(forged, QUERY))).toBe('UNAUTHENTICATED');
  });

  it('refuses an unsigned `alg: none` token', async () => {
    const valid = await tokenFor('admin');
    const [, payload] = valid.split('.');
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
    expect(codeOf(await gateway(none, QUERY))).toBe('UNAUTHENTICATED');
  });

  it('refuses a token for another audience', async () => {
    const other = await signDevelopmentToken(identity('referent'), { audience: 'another-app' });
    expect(codeOf(await gateway(other, QUERY))).toBe('UNAUTHENTICATED');
  });
});

describe('subgraphs only answer the gateway', () => {
  it('refuses a direct call without the gateway signature', async () => {
    const response = await subgraph('parcours', null, QUERY);
    expect(response.status).toBe(401);
    expect(codeOf(response)).toBe('UNAUTHENTICATED');
  });

  it('refuses a signature replayed on another body', async () => {
    const body = JSON.stringify({ query: QUERY });
    const header = signCaller(DEVELOPMENT_GATEWAY_KEY, identity('referent'), body);
    const response = await fetch(inject('subgraphUrls').parcours!, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-plie-caller': header },
      body: JSON.stringify({ query: '{ plie(code: "BORDEAUX") { nom } }' }),
    });
    expect(response.status).toBe(401);
  });

  it('refuses the same signed request twice', async () => {
    const body = JSON.stringify({ query: QUERY });
    const header = signCaller(DEVELOPMENT_GATEWAY_KEY, identity('referent'), body);
    const send = () =>
      fetch(inject('subgraphUrls').parcours!, { method: 'POST', headers: { 'content-type': 'application/json', 'x-plie-caller': header }, body });
    expect((await send()).status).toBe(200);
    expect((await send()).status).toBe(401);
  });

  it('serves health and readiness endpoints', async () => {
    const base = inject('gatewayUrl').replace('/graphql', '');
    expect((await fetch(`${base}/healthcheck`)).status).toBe(200);
    const readiness = await fetch(`${base}/readiness`);
    expect(readiness.status).toBe(200);
    expect(await readiness.json()).toEqual({ status: 'ready', unavailable: [] });
    const parcours = inject('subgraphUrls').parcours!.replace('/graphql', '');
    expect((await fetch(`${parcours}/health`)).status).toBe(200);
    expect((await fetch(`${parcours}/ready`)).status).toBe(200);
  });
});

describe('operation limits', () => {
  it('refuses a query deeper than the limit', async () => {
    // depth 6: prescriptionsFranceTravail > edges > node > plie > statistiquesClauses > nombreMarches
    const deep = /* GraphQL */ `{ prescriptionsFranceTravail(first: 1) { edges { node { plie { statistiquesClauses { nombreMarches } } } } } }`;
    const gatewayConfig = { PLIE_MAX_DEPTH: '5' };
    const limited = await startGateway(gatewayConfig);
    try {
      const response = await gateway(await tokenFor('coordination'), deep, undefined, {}, limited.url);
      expect(response.errors?.[0]?.message).toMatch(/depth limit of 5 exceeded/i);
      const shallow = await gateway(await tokenFor('coordination'), '{ plies { code } }', undefined, {}, limited.url);
      expect(shallow.errors).toBeUndefined();
    } finally {
      await limited.close();
    }
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: plies { code }`).join(' ');
    const response = await gateway(await tokenFor('referent'), `{ ${aliases} }`);
    expect(response.errors?.[0]?.message).toMatch(/aliases limit of 15 exceeded/i);
  });

  it('refuses a syntax error with a parse error, not an internal one', async () => {
    const response = await gateway(await tokenFor('referent'), '{ plies { code } ');
    expect(codeOf(response)).toBe('GRAPHQL_PARSE_FAILED');
  });
});
