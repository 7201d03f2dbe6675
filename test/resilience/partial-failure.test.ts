import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenFor } from '../support/client';
import { post, readiness, startTopology, type Topology } from './support/topology';

const TIMEOUT_MS = 3_000;

const COPIL = /* GraphQL */ `
  query { vueCopil(debut: "2025-01-01", fin: "2025-12-31", plies: ["BORDEAUX"]) {
    parcours { entrees { total { valeur masque } } }
    clauses { nombreMarches }
    serieClauses { annee heuresRealisees }
    financements { nombreOperations }
  } }`;
const LIST = /* GraphQL */ `{ prescriptionsFranceTravail(first: 20) { nodes { id statut plie { code nom } decisionPlie { __typename } } } }`;

interface Copil {
  vueCopil: { parcours: unknown; clauses: unknown; serieClauses: unknown; financements: unknown };
}
interface List {
  prescriptionsFranceTravail: { nodes: Array<{ id: string; plie: { nom: string } | null }> };
}

describe('one subgraph down on the multi-process topology', () => {
  let hub: Topology;
  let copil: string;
  let prescriber: string;

  beforeAll(async () => {
    hub = await startTopology({ gatewayEnv: { PLIE_UPSTREAM_TIMEOUT_MS: String(TIMEOUT_MS) } });
    copil = await tokenFor('copil');
    prescriber = await tokenFor('prescripteur-france-travail');
  });
  afterAll(() => hub?.close());

  it('answers a COPIL view with the other subgraphs when one is killed mid-request, names it, and recovers', async () => {
    const whole = await post<Copil>(hub.gatewayUrl, copil, COPIL);
    expect(whole.errors).toBeUndefined();
    expect(whole.data!.vueCopil.clauses).not.toBeNull();

    // Killed while the view is in flight: the request still gets an answer, with the parcours part at least.
    const [during] = await Promise.all([post<Copil>(hub.gatewayUrl, copil, COPIL), hub.kill('clauses', 'SIGKILL')]);
    expect(during.status).toBe(200);
    expect(during.data!.vueCopil.parcours).not.toBeNull();

    const after = await post<Copil>(hub.gatewayUrl, copil, COPIL);
    expect(after.status).toBe(200);
    expect(after.data!.vueCopil).toMatchObject({ clauses: null, serieClauses: null });
    expect(after.data!.vueCopil.parcours).toEqual(whole.data!.vueCopil.parcours);
    expect(after.data!.vueCopil.financements).toEqual(whole.data!.vueCopil.financements);
    expect(after.errors).toHaveLength(1);
    expect(after.errors![0]!.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'clauses' });
    expect(after.errors![0]!.message).toMatch(/« clauses » ne répond pas/);

    expect(await readiness(hub.readinessUrl)).toEqual({ status: 503, body: { status: 'unavailable', unavailable: ['clauses'] } });
    await hub.restart('clauses');
    expect(await readiness(hub.readinessUrl)).toEqual({ status: 200, body: { status: 'ready', unavailable: [] } });
    expect(await post<Copil>(hub.gatewayUrl, copil, COPIL)).toEqual(whole);
  });

  it('answers a prescriber list without the PLIE part while parcours is down', async () => {
    const whole = await post<List>(hub.gatewayUrl, prescriber, LIST);
    expect(whole.errors).toBeUndefined();
    const ids = whole.data!.prescriptionsFranceTravail.nodes.map((n) => n.id);
    expect(ids.length).toBeGreaterThan(0);

    const [during] = await Promise.all([post<List>(hub.gatewayUrl, prescriber, LIST), hub.kill('parcours', 'SIGKILL')]);
    expect(during.status).toBe(200);
    expect(during.data!.prescriptionsFranceTravail.nodes.map((n) => n.id)).toEqual(ids);

    const after = await post<List>(hub.gatewayUrl, prescriber, LIST);
    expect(after.data!.prescriptionsFranceTravail.nodes.map((n) => n.id)).toEqual(ids);
    expect(after.data!.prescriptionsFranceTravail.nodes.every((n) => n.plie === null)).toBe(true);
    expect(after.errors?.map((e) => e.extensions?.serviceName)).toContain('parcours');
    expect((await readiness(hub.readinessUrl)).body.unavailable).toEqual(['parcours']);

    await hub.restart('parcours');
    expect(await post<List>(hub.gatewayUrl, prescriber, LIST)).toEqual(whole);
  });

  it('answers within its timeout when a subgraph hangs, without retrying it', async () => {
    const whole = await post<Copil>(hub.gatewayUrl, copil, COPIL);
    await hub.kill('financements', 'SIGSTOP');
    try {
      // The client's own limit is the gateway's timeout plus a margin: a gateway that waited for the hung process,
      // or retried it, would fail the request here.
      const hung = await post<Copil>(hub.gatewayUrl, copil, COPIL, {}, TIMEOUT_MS + 2_500);
      expect(hung.status).toBe(200);
      expect(hung.data!.vueCopil.financements).toBeNull();
      expect(hung.data!.vueCopil.clauses).toEqual(whole.data!.vueCopil.clauses);
      expect(hung.errors![0]!.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'financements', reason: 'TIMEOUT' });
      expect((await readiness(hub.readinessUrl)).body.unavailable).toEqual(['financements']);
    } finally {
      await hub.kill('financements', 'SIGCONT');
    }
    expect(await post<Copil>(hub.gatewayUrl, copil, COPIL)).toEqual(whole);
    expect((await readiness(hub.readinessUrl)).status).toBe(200);
  });
});
