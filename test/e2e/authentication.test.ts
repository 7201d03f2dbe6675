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
      expect(response.errors?.[0]?.message).toMatch(/Requête trop profonde : 6 niveaux imbriqués pour 5 au plus/);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limite: 'profondeur' });
      const shallow = await gateway(await tokenFor('coordination'), '{ plies { code } }', undefined, {}, limited.url);
      expect(shallow.errors).toBeUndefined();
    } finally {
      await limited.close();
    }
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: plies { code }`).join(' ');
    const response = await gateway(await tokenFor('referent'), `{ ${aliases} }`);
    expect(response.errors?.[0]?.message).toMatch(/Trop d’alias dans la requête : 20 pour 15 au plus/);
  });

  it('refuses a document over the cost budget, and passes the full COPIL view under the default one', async () => {
    const { VUE_COPIL_QUERY } = await import('@plie-hub/gateway/copil-query');
    const variables = { debut: '2024-01-01', fin: '2024-12-31', plies: ['BORDEAUX'] };
    const full = await gateway(await tokenFor('copil'), VUE_COPIL_QUERY, variables);
    expect(full.errors).toBeUndefined();
    const limited = await startGateway({ PLIE_MAX_COST: '5000' });
    try {
      const refused = await gateway(await tokenFor('copil'), VUE_COPIL_QUERY, variables, {}, limited.url);
      expect(refused.errors?.[0]?.message).toMatch(/Requête trop coûteuse : coût \d+ pour un budget de 5000/);
      expect(refused.data ?? null).toBeNull();
    } finally {
      await limited.close();
    }
  });

  it('limits the operations of one subject per minute, and not those of another subject', async () => {
    const limited = await startGateway({ PLIE_RATE_LIMIT_PER_MINUTE: '8' });
    try {
      const referent = await tokenFor('referent');
      // A burst of a quarter of the minute's budget (2), then one operation every 7.5 s.
      for (let i = 0; i < 2; i += 1) expect((await gateway(referent, QUERY, undefined, {}, limited.url)).errors).toBeUndefined();
      const response = await fetch(limited.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${referent}` }, body: JSON.stringify({ query: QUERY }) });
      expect(response.status).toBe(429);
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
      expect(body.errors[0]!.extensions.code).toBe('RATE_LIMITED');
      expect(body.errors[0]!.message).toMatch(/Trop de requêtes/);
      expect((await gateway(await tokenFor('coordination'), QUERY, undefined, {}, limited.url)).errors).toBeUndefined();
    } finally {
      await limited.close();
    }
  });

  it('refuses a cross-site GET or form POST that a browser could send without the client headers', async () => {
    const url = `${inject('gatewayUrl')}?query=${encodeURIComponent(QUERY)}`;
    const get = await fetch(url, { headers: { accept: 'application/json' } });
    expect(get.status).toBe(403);
    expect(await get.text()).toMatch(/CSRF/);
    const form = await fetch(inject('gatewayUrl'), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' }, body: `query=${encodeURIComponent(QUERY)}` });
    expect(form.status).toBeGreaterThanOrEqual(400);
    expect(await form.text()).not.toContain('BORDEAUX');
  });

  it('refuses a syntax error with a parse error, not an internal one', async () => {
    const response = await gateway(await tokenFor('referent'), '{ plies { code } ');
    expect(codeOf(response)).toBe('GRAPHQL_PARSE_FAILED');
  });
});
