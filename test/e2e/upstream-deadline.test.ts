import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { gateway, startGateway, tokenFor } from '../support/client';
import { forward, listenForGateway } from '../support/subgraph-proxy';

const DEADLINE_MS = 400;

/**
 * A proxy in front of one subgraph that forwards requests, or, while `hold` is on, keeps them unanswered (a hung
 * process) and notes when the gateway closes their connection.
 */
function holdingProxy(target: string) {
  const state = { hold: false, held: 0, closedByGateway: 0 };
  const server: Server = createServer((req, res) => {
    if (state.hold) {
      state.held += 1;
      res.on('close', () => (state.closedByGateway += 1));
      return;
    }
    forward(target, req, res);
  });
  return {
    state,
    listen: () => listenForGateway(server),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const LIST = '{ prescriptionsFranceTravail(first: 2) { nodes { id } } }';

/** The COPIL view of one PLIE-year, which calls every subgraph at once: France Travail's part and two others. */
const VIEW = `{ vueCopil(debut: "2025-01-01", fin: "2025-12-31", plies: ["BORDEAUX"]) {
  prescriptionsRecuesFranceTravail { valeur } prescriptionsRecuesDepartement { valeur } parcours { sorties { valeur } } } }`;

describe('gateway deadline towards a subgraph', () => {
  const proxy = holdingProxy(inject('subgraphUrls')['prescriptions-france-travail']!);
  let limited: { url: string; close: () => Promise<void> };
  // The listener check sends 100 ordinary requests: with the default deadline, a slow moment of a loaded machine is
  // not mistaken for a timeout.
  let ordinary: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    const proxyUrl = await proxy.listen();
    limited = await startGateway({ PRESCRIPTIONS_FRANCE_TRAVAIL_URL: proxyUrl, PLIE_UPSTREAM_TIMEOUT_MS: String(DEADLINE_MS) });
    ordinary = await startGateway({});
  });
  afterAll(async () => {
    await limited.close();
    await ordinary.close();
    await proxy.close();
  });

  it('answers a timeout for a subgraph that does not answer, and closes the request it left', async () => {
    proxy.state.hold = true;
    try {
      const response = await gateway(await tokenFor('prescripteur-france-travail'), LIST, undefined, {}, limited.url);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'prescriptions-france-travail', reason: 'TIMEOUT' });
      expect(proxy.state.held).toBe(1);
      // The fetch is aborted, not left to wait on a socket for as long as the subgraph hangs.
      await expect.poll(() => proxy.state.closedByGateway, { timeout: 5_000 }).toBe(1);
    } finally {
      proxy.state.hold = false;
    }
  });

  it('aborts the fetch of the one subgraph that hangs among those a request calls at once, and keeps the others', async () => {
    proxy.state.hold = true;
    const before = { held: proxy.state.held, closed: proxy.state.closedByGateway };
    try {
      const response = await gateway<{ vueCopil: Record<string, { valeur: number | null } | null> }>(await tokenFor('copil'), VIEW, undefined, { 'cache-control': 'no-cache' }, limited.url);
      expect(response.errors?.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'prescriptions-france-travail', reason: 'TIMEOUT' })]);
      expect(response.data!.vueCopil.prescriptionsRecuesFranceTravail).toBeNull();
      expect(response.data!.vueCopil.prescriptionsRecuesDepartement).not.toBeNull();
      expect(proxy.state.held).toBe(before.held + 1);
      // Each fetch carries its own call's deadline, not another subgraph's that answered in time.
      await expect.poll(() => proxy.state.closedByGateway, { timeout: 5_000 }).toBe(before.closed + 1);
    } finally {
      proxy.state.hold = false;
    }
  });

  it('serves many subgraph requests without piling listeners on a shared signal', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
    process.on('warning', onWarning);
    try {
      const token = await tokenFor('prescripteur-france-travail');
      // 10 clients at once, 10 requests each: the load at which a listener per request on one signal passed Node's limit.
      const answers = await Promise.all(
        Array.from({ length: 10 }, async () => {
          const responses = [];
          for (let i = 0; i < 10; i += 1) responses.push(await gateway(token, LIST, undefined, {}, ordinary.url));
          return responses;
        }),
      );
      expect(answers.flat().every((response) => !response.errors)).toBe(true);
      // Warnings are emitted on the next tick.
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.filter((w) => w.includes('MaxListenersExceeded'))).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });
});
