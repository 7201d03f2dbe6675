import { isNonNullType, type GraphQLField } from 'graphql';
import { describe, expect, it } from 'vitest';
import { accessMatrix, ROLES, type Role } from '@plie-hub/auth';
import { loadSubgraphs } from '@plie-hub/hub';
import { buildSubgraphSchema } from '@plie-hub/kit';
import { gateway, tokenFor } from '../support/client';
import { IDENTITY_OF_ROLE } from '../support/identities';
import { publicSchema } from '../support/schema-walk';
import { operationDocument, plausibleValue } from '../support/schema-operations';

function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  return {
    document: operationDocument(kind, field),
    variables: Object.fromEntries(field.args.filter((arg) => isNonNullType(arg.type)).map((arg) => [arg.name, plausibleValue(arg.type)])),
  };
}

describe('the access matrix (packages/auth/matrice-acces.yaml)', () => {
  const matrix = accessMatrix();

  it('names exactly the root operations of each subgraph', async () => {
    for (const subgraph of await loadSubgraphs()) {
      const { schema } = await buildSubgraphSchema(subgraph.definition);
      const names = (fields: Record<string, unknown> | undefined) => Object.keys(fields ?? {}).filter((name) => !name.startsWith('_')).sort();
      const access = matrix.sousGraphes[subgraph.name];
      expect(Object.keys(access?.lecture ?? {}).sort(), `${subgraph.name}: lecture`).toEqual(names(schema.getQueryType()!.getFields()));
      expect(Object.keys(access?.ecriture ?? {}).sort(), `${subgraph.name}: ecriture`).toEqual(names(schema.getMutationType()?.getFields()));
    }
  });

  // Each role tries every operation of the supergraph through the gateway.
  const schema = publicSchema();
  const grants = new Map<string, Role[]>();
  for (const access of Object.values(matrix.sousGraphes)) for (const [name, roles] of [...Object.entries(access.lecture), ...Object.entries(access.ecriture)]) grants.set(name, roles);
  const operations = [
    ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({ field, ...operation('query', field) })),
    ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({ field, ...operation('mutation', field) })),
  ];

  for (const role of ROLES) {
    it(`refuses ${role} exactly the operations the matrix does not grant it`, async () => {
      const token = await tokenFor(IDENTITY_OF_ROLE[role]);
      const wrong: string[] = [];
      for (const { field, document, variables } of operations) {
        const granted = grants.get(field.name)?.includes(role) ?? false;
        const response = await gateway(token, document, variables);
        const refusedForRole = (response.errors ?? []).some((e) => e.extensions?.code === 'FORBIDDEN' && e.extensions?.raison === 'ROLE');
        if (granted && refusedForRole) wrong.push(`${field.name}: granted but refused for the role`);
        if (!granted && !refusedForRole) wrong.push(`${field.name}: not granted but ${response.errors?.length ? `answered ${String(response.errors[0]!.extensions?.code)}` : 'served'}`);
      }
      if (wrong.length) console.log('WRONG', role, JSON.stringify(wrong));
      expect(wrong).toEqual([]);
    }, 120_000);
  }
});
