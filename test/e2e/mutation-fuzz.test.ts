import { getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType, type GraphQLInputType, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEMO_IDENTITIES } from '@plie-hub/hub';
import { gateway, tokenFor } from '../support/client';
import { publicSchema } from '../support/schema-walk';
import { operationDocument, PLAUSIBLE_SCALARS } from '../support/schema-operations';

/** A deterministic generator: the same run sends the same inputs (change FUZZ_SEED to explore further). */
let state = Number(process.env.FUZZ_SEED ?? 20261201);
const random = () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;

/** Strings no field of the hub accepts: control characters, broken unicode, oversize, SQL that must stay text. */
const BAD_STRINGS = [
  'a\u0000b',
  '\ud800',
  '\u202e\u0000gnp.exe',
  "'; DROP TABLE prescription; --\u0000",
  '\u0000'.repeat(20),
  "Robert'); DELETE FROM parcours WHERE ('1'='1\ud83d",
];
const BAD_SCALARS: Record<string, unknown[]> = {
  Int: [2 ** 31 - 1, -(2 ** 31), -1],
  Float: [-1e308, 1e308],
  Boolean: [true],
  Date: ['2025-02-30', '0000-00-00', '99999-01-01', '2025-13-01'],
  DateTime: ['2025-02-30T25:61:00Z', 'demain'],
  Montant: ['-0.001', '1e309', '12,50', '99999999999999999999.99'],
};
/**
 * A value of the declared type (so that it passes GraphQL's own coercion and reaches the resolvers) built only
 * from bad parts, or at the top level a value of the wrong type (so that coercion must refuse it cleanly).
 */
function badValue(type: GraphQLInputType, depth: number): unknown {
  if (isNonNullType(type)) return badValue(type.ofType, depth);
  if (isListType(type)) {
    // Deeply nested lists where one level is expected, or a long list of bad items (of small ones only, so that
    // the request stays far below the body limit and reaches the resolvers).
    if (random() < 0.2) return Array.from({ length: 3 }, () => [[[badValue(type.ofType, depth + 1)]]]);
    const leaf = !isInputObjectType(getNamedType(type.ofType));
    return Array.from({ length: leaf && random() < 0.5 ? 200 : 1 }, () => badValue(type.ofType, depth + 1));
  }
  const named = getNamedType(type);
  if (isEnumType(named)) return pick(named.getValues()).value;
  if (isInputObjectType(named)) {
    if (depth > 4) return {};
    return Object.fromEntries(Object.values(named.getFields()).map((field) => [field.name, badValue(field.type, depth + 1)]));
  }
  if (isScalarType(named) && PLAUSIBLE_SCALARS[named.name] && random() < 0.8) return pick(PLAUSIBLE_SCALARS[named.name]!);
  if (isScalarType(named) && BAD_SCALARS[named.name]) return pick(BAD_SCALARS[named.name]!);
  // One oversize string now and then, near the top only.
  if (depth <= 1 && random() < 0.15) return 'x'.repeat(100_000);
  return pick(BAD_STRINGS);
}

const WRONG_TYPES: unknown[] = [42, true, { nested: { deeper: ['x'] } }, [[['x']]], 'x'.repeat(100_000), null];

interface Attempt {
  mutation: string;
  variables: Record<string, unknown>;
  document: string;
}

/** For every mutation: inputs of the right shape made of bad values, and inputs of the wrong type. */
function attempts(schema: GraphQLSchema, perMutation: number): Attempt[] {
  const result: Attempt[] = [];
  for (const field of Object.values(schema.getMutationType()!.getFields())) {
    const document = operationDocument('mutation', field);
    for (let i = 0; i < perMutation; i += 1) {
      const variables = Object.fromEntries(field.args.map((arg) => [arg.name, badValue(arg.type, 0)]));
      if (i === perMutation - 1 && field.args.length > 0) variables[pick(field.args).name] = pick(WRONG_TYPES);
      result.push({ mutation: field.name, variables, document });
    }
  }
  return result;
}

/** Words of graphql-js's, the runtime's and the drivers' own messages, which a person using the hub cannot act on. */
const ENGLISH = /\b(the|must|expected|cannot|invalid|value|field|error|failed|unexpected|should)\b/i;
const CLEAR_CODES = new Set(['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST']);

describe('every mutation under generated bad input', () => {
  const schema = publicSchema();
  const all = attempts(schema, 4);

  it('covers every mutation of the supergraph', () => {
    expect(new Set(all.map((a) => a.mutation)).size).toBe(Object.keys(schema.getMutationType()!.getFields()).length);
  });

  // Each identity reaches its own mutations' validation; the others must refuse just as cleanly.
  for (const who of Object.keys(DEMO_IDENTITIES) as Array<keyof typeof DEMO_IDENTITIES>) {
    it(`answers ${who} with a clear error, never a 500, never a success`, async () => {
      const token = await tokenFor(who);
      const failures: string[] = [];
      let checkedBySubgraph = 0;
      for (const attempt of all) {
        const response = await gateway(token, attempt.document, attempt.variables);
        if (response.errors?.some((e) => e.extensions?.serviceName)) checkedBySubgraph += 1;
        const problems: string[] = [];
        if (response.status >= 500) problems.push(`HTTP ${response.status}`);
        const data = (response.data ?? null) as Record<string, unknown> | null;
        if (data && data[attempt.mutation] != null) problems.push('accepted');
        if (!response.errors?.length) problems.push('no error');
        for (const error of response.errors ?? []) {
          const code = String(error.extensions?.code);
          if (!CLEAR_CODES.has(code)) problems.push(`code ${code}: ${error.message.slice(0, 120)}`);
          if (/\bat \S+ \(|node_modules|SELECT |INSERT |violates|syntax error at/i.test(error.message)) problems.push(`leak: ${error.message.slice(0, 120)}`);
          if (ENGLISH.test(error.message) && code !== 'GRAPHQL_VALIDATION_FAILED') problems.push(`in English: ${error.message.slice(0, 120)}`);
        }
        // Control characters of the bad input must not reach a test report as they are.
        if (problems.length) failures.push(`${attempt.mutation}: ${[...new Set(problems)].join('; ')}`.replace(/[\u0000-\u001f\u202e\ud800-\udfff]/g, '?'));
      }
      const distinct = [...new Set(failures)];
      if (distinct.length) console.log(`${who}:\n${distinct.join('\n')}`);
      expect(distinct).toEqual([]);
      // The generator is only worth something if its inputs get past the gateway into the subgraphs' own checks.
      expect(checkedBySubgraph / all.length).toBeGreaterThan(0.4);
    }, 120_000);
  }
});
