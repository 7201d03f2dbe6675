import { AccessMatrixError, type Caller, type Role, type SubgraphAccess } from '@plie-hub/auth';
import { buildSchema, graphql, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { enforceFieldAccess } from './enforce-field-access';

const SDL = /* GraphQL */ `
  type Personne { id: ID! nom: String! cle: String! dossier: Dossier! }
  type Dossier { sante: String! }
  type Plie { code: ID! }
  union Entite = Personne | Plie
  type Query { personne: Personne! plie: Plie! entites: [Entite]! }
  type Mutation { renommer(nom: String!): Personne! }
`;

const access: SubgraphAccess = {
  lecture: {},
  ecriture: {},
  donneesPersonnelles: {
    Personne: { lecture: ['REFERENT', 'DPO'], champs: ['nom', 'cle', 'dossier'], nonPersonnels: ['id'], exceptions: { cle: ['DPO'] } },
    Dossier: { lecture: ['REFERENT'], champs: ['sante'], nonPersonnels: [], exceptions: {} },
  },
};

/** A schema whose root resolvers count their calls, so a test can tell a refusal came before any loading. */
function fixture(matrix: SubgraphAccess = access) {
  const schema = buildSchema(SDL);
  const loads: string[] = [];
  const personne = { id: '1', nom: 'Robert', cle: 'k', dossier: { sante: 'suivi' } };
  const query = schema.getQueryType()!.getFields();
  query.personne!.resolve = () => (loads.push('personne'), personne);
  query.entites!.resolve = () => (loads.push('entites'), [{ __typename: 'Personne', ...personne }]);
  (schema.getType('Entite') as unknown as { resolveType: (v: { __typename: string }) => string }).resolveType = (value) => value.__typename;
  schema.getMutationType()!.getFields().renommer!.resolve = (_s, args) => (loads.push('renommer'), { ...personne, nom: args.nom });
  enforceFieldAccess(schema, matrix, 'essai');
  return { schema, loads };
}

const as = (...roles: Role[]): { caller: Caller } => ({ caller: { sub: 's', org: { type: 'PLIE', id: 'X' }, roles, plies: [] } });

describe('personal fields of the access matrix', () => {
  it('serves a personal field to a granted role, and a non-personal one to anyone', async () => {
    const { schema } = fixture();
    expect((await graphql({ schema, source: '{ personne { nom dossier { sante } } }', contextValue: as('REFERENT') })).data).toEqual({ personne: { nom: 'Robert', dossier: { sante: 'suivi' } } });
    expect((await graphql({ schema, source: '{ personne { id } }', contextValue: as('COPIL') })).errors).toBeUndefined();
  });

  it('refuses a request asking a field the role may not read, naming the field, before anything is loaded', async () => {
    const { schema, loads } = fixture();
    const result = await graphql({ schema, source: '{ personne { id cle } }', contextValue: as('REFERENT') });
    expect(result.errors![0]!.extensions).toEqual({ code: 'FORBIDDEN', raison: 'ROLE', champ: 'Personne.cle' });
    expect(result.errors![0]!.message).toBe('Donnée personnelle « Personne.cle » réservée aux rôles : DPO.');
    expect(loads).toEqual([]);
  });

  it('looks into nested selections, fragments and the type conditions of a union (as _entities asks)', async () => {
    const { schema, loads } = fixture();
    const nested = await graphql({ schema, source: '{ personne { dossier { sante } } }', contextValue: as('DPO') });
    expect(nested.errors![0]!.extensions!.champ).toBe('Dossier.sante');
    const spread = await graphql({ schema, source: 'query { personne { ...P } } fragment P on Personne { nom }', contextValue: as('COPIL') });
    expect(spread.errors![0]!.extensions!.champ).toBe('Personne.nom');
    const entities = await graphql({ schema, source: '{ entites { __typename ... on Personne { nom } } }', contextValue: as('COPIL') });
    expect(entities.errors![0]!.extensions!.champ).toBe('Personne.nom');
    expect(loads).toEqual([]);
  });

  it('refuses a mutation before it writes when it would return a field the role may not read', async () => {
    const { schema, loads } = fixture();
    const result = await graphql({ schema, source: 'mutation { renommer(nom: "X") { cle } }', contextValue: as('REFERENT') });
    expect(result.errors![0]!.extensions!.raison).toBe('ROLE');
    expect(loads).toEqual([]);
  });

  it('guards each personal field itself too, whatever path leads to it', () => {
    const { schema } = fixture();
    const sante = (schema.getType('Dossier') as GraphQLObjectType).getFields().sante!;
    expect(() => sante.resolve!({ sante: 'suivi' }, {}, as('DPO'), {} as never)).toThrow(/« Dossier.sante » réservée aux rôles : REFERENT/);
    expect(sante.resolve!({ sante: 'suivi' }, {}, as('REFERENT'), { fieldName: 'sante' } as never)).toBe('suivi');
  });

  it('refuses to start when the matrix names a type or a field the schema does not have', () => {
    const drifted = (types: SubgraphAccess['donneesPersonnelles']) => () => fixture({ ...access, donneesPersonnelles: types });
    expect(drifted({ Inconnu: { lecture: ['DPO'], champs: ['x'], nonPersonnels: [], exceptions: {} } })).toThrow(AccessMatrixError);
    expect(drifted({ Personne: { lecture: ['DPO'], champs: ['prenom'], nonPersonnels: [], exceptions: {} } })).toThrow(/sous-graphe essai.*\n.*« Personne » n'a pas de champ « prenom »/);
  });
});
