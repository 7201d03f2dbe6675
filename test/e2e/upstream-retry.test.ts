import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { codeOf, gateway, startGateway, tokenFor } from '../support/client';
import { forward, listenForGateway } from '../support/subgraph-proxy';

/**
 * A proxy in front of one subgraph that cuts the connection of the next `failNext` requests before they reach it
 * (what a gateway sees while a subgraph restarts), and forwards the others untouched.
 */
function flakyProxy(target: string) {
  const seen: string[] = [];
  let failNext = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      seen.push(/"query":"\s*mutation/.test(body.toString()) ? 'mutation' : 'query');
      if (failNext > 0) {
        failNext -= 1;
        req.socket.destroy();
        return;
      }
      forward(target, req, res, body);
    });
  });
  return {
    seen,
    failNextRequests(n: number) {
      failNext = n;
      seen.length = 0;
    },
    listen: () => listenForGateway(server),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('gateway retries towards a subgraph', () => {
  const proxy = flakyProxy(inject('subgraphUrls')['prescriptions-france-travail']!);
  let limited: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    const proxyUrl = await proxy.listen();
    limited = await startGateway({ PRESCRIPTIONS_FRANCE_TRAVAIL_URL: proxyUrl });
  });
  afterAll(async () => {
    await limited.close();
    await proxy.close();
  });

  it('retries a query whose connection was cut, with a fresh signature, and answers it whole', async () => {
    proxy.failNextRequests(2);
    const response = await gateway(await tokenFor('prescripteur-france-travail'), '{ prescriptionsFranceTravail(first: 2) { nodes { id } } }', undefined, {}, limited.url);
    expect(response.errors).toBeUndefined();
    expect((response.data as { prescriptionsFranceTravail: { nodes: unknown[] } }).prescriptionsFranceTravail.nodes).toHaveLength(2);
    // Two cut, the third reached the subgraph, which accepted it: a replayed signature would have been refused.
    expect(proxy.seen).toEqual(['query', 'query', 'query']);
  });

  it('gives up after its retries and names the subgraph', async () => {
    proxy.failNextRequests(10);
    const response = await gateway(await tokenFor('prescripteur-france-travail'), '{ prescriptionsFranceTravail(first: 2) { nodes { id } } }', undefined, {}, limited.url);
    expect(codeOf(response)).toBe('SUBGRAPH_UNAVAILABLE');
    expect(response.errors?.[0]?.extensions?.serviceName).toBe('prescriptions-france-travail');
    expect(proxy.seen).toHaveLength(3);
  });

  it('never sends a mutation twice', async () => {
    proxy.failNextRequests(1);
    const response = await gateway(
      await tokenFor('prescripteur-france-travail'),
      'mutation { annulerPrescriptionFranceTravail(id: "00000000-0000-4000-8000-000000000000", version: 1, motif: "Doublon") { id } }',
      undefined,
      {},
      limited.url,
    );
    expect(codeOf(response)).toBe('SUBGRAPH_UNAVAILABLE');
    expect(proxy.seen).toEqual(['mutation']);
  });
});
