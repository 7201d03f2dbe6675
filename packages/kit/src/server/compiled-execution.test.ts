import { ApolloServer } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { compileQuery } from 'graphql-jit';
import { describe, expect, it, vi } from 'vitest';
import { ForbiddenError } from '../errors/forbidden.error';
import { maskError } from '../errors/mask-error';
import { DateScalar } from '../scalars/date.scalar';
import { compiledExecution } from './compiled-execution';

// The real compiler, counted: the tests below would pass just as well through graphql-js alone.
vi.mock('graphql-jit', async (importOriginal) => {
  const original = await importOriginal<typeof import('graphql-jit')>();
  return { ...original, compileQuery: vi.fn(original.compileQuery) };
});

const typeDefs = /* GraphQL */ `
  scalar Date
  enum Statut { EN_COURS SORTI }
  type Etape { type: String! debut: Date }
  type Parcours { id: ID! statut: Statut! dateEntree: Date! etapes: [Etape!]! secret: String! motif(long: Boolean = false): String }
  type Query { parcours(depuis: Date): [Parcours!]! unParcours(id: ID!): Parcours }
  type Mutation { ajouter(n: Int!): [Int!]! doubler: [Int!]! }
`;

function schemaWithLog() {
  const writes: number[] = [];
  const rows = Array.from({ length: 3 }, (_, i) => ({
    id: `p${i}`,
    statut: i === 2 ? 'SORTI' : 'EN_COURS',
    dateEntree: `2025-0${i + 1}-15`,
    etapes: [{ type: 'DIAGNOSTIC', debut: `2025-0${i + 1}-20` }],
  }));
  const schema = makeExecutableSchema({
    typeDefs,
    resolvers: {
      Date: DateScalar,
      Query: {
        parcours: (_: unknown, { depuis }: { depuis?: string }) => rows.filter((r) => !depuis || r.dateEntree >= depuis),
        unParcours: (_: unknown, { id }: { id: string }) => rows.find((r) => r.id === id) ?? null,
      },
      Parcours: {
        secret: (row: { id: string }) => {
          if (row.id === 'p1') throw new ForbiddenError('Donnée réservée.', 'ROLE');
          return 'ok';
        },
        motif: (_: unknown, { long }: { long: boolean }) => (long ? 'un motif long' : 'court'),
      },
      Mutation: {
        // Each write waits before it lands: run in parallel, the second would land before the first.
        ajouter: async (_: unknown, { n }: { n: number }) => {
          await new Promise((resolve) => setTimeout(resolve, n));
          writes.push(n);
          return [...writes];
        },
        doubler: () => writes.map((n) => n * 2),
      },
    },
  });
  return { schema, writes };
}

async function serve(compiled: boolean, introspection = true) {
  const { schema, writes } = schemaWithLog();
  const server = new ApolloServer({ ...(compiled ? { gateway: compiledExecution(schema) } : { schema }), formatError: maskError, introspection });
  await server.start();
  const run = async (query: string, variables?: Record<string, unknown>) => {
    const response = await server.executeOperation({ query, variables });
    return { http: response.http.status ?? 200, body: response.body.kind === 'single' ? JSON.parse(JSON.stringify(response.body.singleResult)) : null };
  };
  return { run, writes, stop: () => server.stop() };
}

const OPERATIONS: Array<[string, string, Record<string, unknown>?]> = [
  ['a list with nested objects, an enum, a custom scalar and an argument default', '{ parcours { id statut dateEntree etapes { type debut } motif long: motif(long: true) } }'],
  ['a variable of a custom scalar', 'query($d: Date) { parcours(depuis: $d) { id } }', { d: '2025-02-01' }],
  ['an error on one record: null bubbles to the nullable parent, the error keeps its path and code', '{ unParcours(id: "p1") { id secret } }'],
  ['an error inside a non-null list: the whole list goes null', '{ parcours { id secret } }'],
  ['a refused variable (BAD_USER_INPUT, HTTP 400)', 'query($d: Date) { parcours(depuis: $d) { id } }', { d: '2025-13-01' }],
  ['a missing required variable', 'query($id: ID!) { unParcours(id: $id) { id } }', {}],
  ['an unknown field (validation, before execution)', '{ parcours { nope } }'],
];

describe('compiled execution', () => {
  it.each(OPERATIONS)('answers what graphql-js answers: %s', async (_, query, variables) => {
    const compiled = await serve(true);
    const interpreted = await serve(false);
    try {
      const expected = await interpreted.run(query, variables);
      const actual = await compiled.run(query, variables);
      expect(actual).toEqual(expected);
      // Also twice: the second run goes through the compiled code kept for the document.
      expect(await compiled.run(query, variables)).toEqual(expected);
    } finally {
      await Promise.all([compiled.stop(), interpreted.stop()]);
    }
  });

  it('answers a refused variable with BAD_USER_INPUT naming it, not as an internal error', async () => {
    const compiled = await serve(true);
    try {
      const { http, body } = await compiled.run('query($d: Date) { parcours(depuis: $d) { id } }', { d: '2025-13-01' });
      expect(http).toBe(400);
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      // The kit's error mask names the variable and never quotes its value back.
      expect(body.errors[0].message).toBe('Valeur invalide pour « d ».');
    } finally {
      await compiled.stop();
    }
  });

  it('compiles a document once and runs it through the compiled code from then on', async () => {
    const compiled = await serve(true);
    try {
      vi.mocked(compileQuery).mockClear();
      for (let i = 0; i < 3; i += 1) await compiled.run('{ parcours { id statut } }');
      await compiled.run('{ unParcours(id: "p0") { id } }');
      expect(vi.mocked(compileQuery)).toHaveBeenCalledTimes(2);
    } finally {
      await compiled.stop();
    }
  });

  it('still refuses introspection where Apollo is told to (production)', async () => {
    const compiled = await serve(true, false);
    try {
      const { body } = await compiled.run('{ __schema { types { name } } }');
      expect(body.data).toBeUndefined();
      expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    } finally {
      await compiled.stop();
    }
  });

  it('runs the root fields of a mutation one after the other', async () => {
    const compiled = await serve(true);
    try {
      const { body } = await compiled.run('mutation { a: ajouter(n: 30) b: ajouter(n: 1) doubler }');
      expect(body.data).toEqual({ a: [30], b: [30, 1], doubler: [60, 2] });
      expect(compiled.writes).toEqual([30, 1]);
    } finally {
      await compiled.stop();
    }
  });
});
