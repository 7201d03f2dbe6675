import { describe, expect, it } from 'vitest';
import { demoStructureId } from '@plie-hub/prescription';
import { codeOf, gateway, identity, subgraph, tokenFor } from '../support/client';

describe('federation through the gateway', () => {
  it('plans one query over three subgraphs: fiches (France Travail) → their PLIE (parcours) → its clause figures (clauses)', async () => {
    const response = await gateway<{
      prescriptionsFranceTravail: { nodes: Array<{ statut: string; plie: { code: string; nom: string; statistiquesClauses: { nombreMarches: number } } }> };
    }>(
      await tokenFor('coordination'),
      /* GraphQL */ `
        {
          prescriptionsFranceTravail(first: 5) {
            nodes { statut plie { code nom statistiquesClauses { nombreMarches } } }
          }
        }
      `,
    );
    expect(response.errors).toBeUndefined();
    const nodes = response.data!.prescriptionsFranceTravail.nodes;
    expect(nodes).toHaveLength(5);
    for (const node of nodes) {
      // The coordination of Bordeaux only sees fiches transmitted to Bordeaux.
      expect(node.plie.code).toBe('BORDEAUX');
      expect(node.statut).not.toBe('BROUILLON');
      expect(node.plie.nom).toBe('PLIE de Bordeaux');
      // Six demo marchés; other test files may add some.
      expect(node.plie.statistiquesClauses.nombreMarches).toBeGreaterThanOrEqual(6);
    }
  });

  it('gathers contributions of parcours, clauses and financements on one Plie', async () => {
    const response = await gateway<{ plie: { nom: string; statistiquesClauses: { nombreMarches: number }; financementsFse: { nombreOperations: number; fseProgramme: string } } }>(
      await tokenFor('admin'),
      /* GraphQL */ `
        query ($code: ID!) {
          plie(code: $code) { nom statistiquesClauses { nombreMarches } financementsFse(annee: 2025) { nombreOperations fseProgramme } }
        }
      `,
      { code: 'BORDEAUX' },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.plie).toMatchObject({ nom: 'PLIE de Bordeaux', financementsFse: { nombreOperations: 1, fseProgramme: '75000.00' } });
    expect(response.data!.plie.statistiquesClauses.nombreMarches).toBeGreaterThanOrEqual(6);
  });

  it('answers an `_entities` call of 500 representations with a bounded number of SQL queries', async () => {
    const first = await subgraph<{ prescriptionsFranceTravail: { nodes: Array<{ id: string }> } }>(
      'prescriptions-france-travail',
      identity('prescripteur-france-travail'),
      /* GraphQL */ `{ prescriptionsFranceTravail(first: 100) { nodes { id } } }`,
    );
    const ids = first.data!.prescriptionsFranceTravail.nodes.map((node) => node.id);
    expect(ids.length).toBeGreaterThan(10);
    const representations = Array.from({ length: 500 }, (_, i) => ({ __typename: 'PrescriptionFranceTravail', id: ids[i % ids.length] }));
    const response = await subgraph<{ _entities: Array<{ id: string; prescripteur: { structureId: string } } | null> }>(
      'prescriptions-france-travail',
      identity('prescripteur-france-travail'),
      /* GraphQL */ `query ($r: [_Any!]!) { _entities(representations: $r) { ... on PrescriptionFranceTravail { id prescripteur { structureId } } } }`,
      { r: representations },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!._entities).toHaveLength(500);
    expect(response.data!._entities.map((entity) => entity!.id)).toEqual(representations.map((r) => r.id));
    expect(response.data!._entities.every((entity) => entity!.prescripteur.structureId === demoStructureId('FRANCE_TRAVAIL', 'BORDEAUX'))).toBe(true);
    expect(response.extensions!.sqlQueries).toBe(1);
  });

  it('counts the FSE+ indicators of a page of operations with one SQL query, whatever the page size', async () => {
    const gestionnaire = identity('gestionnaire-fse');
    const operation = (i: number) => ({ __typename: 'Operation', id: `op-${i}`, plieCode: gestionnaire.plies[i % gestionnaire.plies.length], debut: `${2020 + (i % 6)}-01-01`, fin: `${2020 + (i % 6)}-12-31` });
    const ask = (n: number) =>
      subgraph<{ _entities: Array<{ indicateursCommunsFse: Array<{ code: string; total: number }> }> }>(
        'parcours',
        gestionnaire,
        /* GraphQL */ `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Operation { indicateursCommunsFse { code total } } } }`,
        { r: Array.from({ length: n }, (_, i) => operation(i)) },
      );
    const [two, twenty] = [await ask(2), await ask(20)];
    expect(twenty.errors).toBeUndefined();
    expect(twenty.data!._entities).toHaveLength(20);
    // Same operation, same figures, alone or in a batch.
    expect(twenty.data!._entities[1]).toEqual(two.data!._entities[1]);
    expect(twenty.extensions!.sqlQueries).toBe(two.extensions!.sqlQueries);
    expect(twenty.extensions!.sqlQueries).toBe(1);
  });

  it('checks access per entity in reference resolvers too: another structure gets FORBIDDEN, not the fiche', async () => {
    const own = await subgraph<{ prescriptionsFranceTravail: { nodes: Array<{ id: string }> } }>(
      'prescriptions-france-travail',
      identity('prescripteur-france-travail'),
      /* GraphQL */ `{ prescriptionsFranceTravail(first: 1) { nodes { id } } }`,
    );
    const intruder = { ...identity('prescripteur-france-travail'), sub: 'other-agent', org: { type: 'FRANCE_TRAVAIL' as const, id: 'france_travail-agenais' } };
    const response = await subgraph(
      'prescriptions-france-travail',
      intruder,
      /* GraphQL */ `query ($r: [_Any!]!) { _entities(representations: $r) { ... on PrescriptionFranceTravail { id personne { nomNaissance } } } }`,
      { r: [{ __typename: 'PrescriptionFranceTravail', id: own.data!.prescriptionsFranceTravail.nodes[0]!.id }] },
    );
    expect(codeOf(response)).toBe('FORBIDDEN');
    expect(JSON.stringify(response.data)).not.toMatch(/nomNaissance":"/);
  });
});

describe('isolation between callers', () => {
  it('never answers one caller with another caller’s data when they send the same query at the same time', async () => {
    const query = /* GraphQL */ `{ prescriptionsFranceTravail(first: 5) { nodes { prescripteur { structureId } } } }`;
    const structures = ['france_travail-bordeaux', 'france_travail-agenais', 'france_travail-graves', 'france_travail-sources'];
    const tokens = await Promise.all(
      structures.map((id) => tokenFor({ sub: `agent-${id}`, org: { type: 'FRANCE_TRAVAIL', id }, roles: ['PRESCRIPTEUR'], plies: [] })),
    );
    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, i) => gateway<{ prescriptionsFranceTravail: { nodes: Array<{ prescripteur: { structureId: string } }> } }>(tokens[i % 4]!, query).then((r) => ({ r, structure: structures[i % 4]! }))),
    );
    for (const { r, structure } of responses) {
      expect(r.errors).toBeUndefined();
      expect(r.data!.prescriptionsFranceTravail.nodes.length).toBeGreaterThan(0);
      for (const node of r.data!.prescriptionsFranceTravail.nodes) expect(node.prescripteur.structureId).toBe(structure);
    }
  });
});
