import { readFileSync } from 'node:fs';
import { getNamedType, isEnumType, isInputObjectType, isLeafType, isListType, isNonNullType, isObjectType, type GraphQLField, type GraphQLInputType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'graphql';
import { SUPERGRAPH_PATH } from '@plie-hub/hub';
import { transformSupergraphToPublicSchema } from '@theguild/federation-composition';
import { parse, print } from 'graphql';

/** Types that describe a named person or their record. No aggregate-only role may receive one. */
export const PERSONAL_TYPES = new Set([
  'Participant', 'PersonnePrescrite', 'PersonneEligible', 'PrescriptionFranceTravail', 'PrescriptionDepartement', 'PrescriptionMissionLocale',
  'Parcours', 'Entretien', 'Etape', 'Sortie', 'Personne', 'SituationEntree', 'SituationPrescrite', 'ContratClause', 'Decision', 'HeuresClausesParticipant', 'MissionClause',
]);

/** The public schema clients see (the supergraph without its join directives). */
export function publicSchema(): GraphQLSchema {
  const supergraph = readFileSync(SUPERGRAPH_PATH, 'utf8').replace(/^#.*\n/, '');
  return buildSchema(print(transformSupergraphToPublicSchema(parse(supergraph))));
}

/** A plausible value for a required argument, so that a field can be asked for. */
function sample(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sample(type.ofType, name);
  if (isListType(type)) return [sample(type.ofType, name)];
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0]!.value;
  if (isInputObjectType(named)) return undefined;
  switch (named.name) {
    case 'Date': return name === 'fin' ? '2025-12-31' : '2025-01-01';
    case 'Int': return name === 'annee' ? 2025 : 10;
    case 'ID': return name.toLowerCase().includes('code') || name === 'plies' ? 'BORDEAUX' : '00000000-0000-4000-8000-000000000000';
    case 'Boolean': return false;
    default: return name === 'format' ? 'CSV' : 'x';
  }
}

export interface WalkedField {
  path: string;
  type: string;
  query: string;
  variables: Record<string, unknown>;
}

/**
 * Every field reachable from `root` down to `depth`, each as a query selecting it (with sampled required
 * arguments). Fields whose required arguments cannot be sampled (input objects) are skipped.
 */
export function walk(schema: GraphQLSchema, root: string, rootArgs: Record<string, unknown>, depth: number): WalkedField[] {
  const queryType = schema.getQueryType()!;
  const rootField = queryType.getFields()[root]!;
  const results: WalkedField[] = [];
  const visit = (type: GraphQLObjectType, path: Array<{ name: string; args: string }>, variables: Record<string, unknown>, seen: string[]) => {
    if (path.length > depth) return;
    for (const field of Object.values(type.getFields()) as Array<GraphQLField<unknown, unknown>>) {
      if (field.name.startsWith('_')) continue;
      const args: string[] = [];
      const vars = { ...variables };
      let skip = false;
      for (const arg of field.args) {
        if (!isNonNullType(arg.type) && arg.defaultValue === undefined) continue;
        if (arg.defaultValue !== undefined && !isNonNullType(arg.type)) continue;
        const value = sample(arg.type, arg.name);
        if (value === undefined) { skip = true; break; }
        const variable = `v${Object.keys(vars).length}`;
        vars[variable] = value;
        args.push(`${arg.name}: $${variable}`);
      }
      if (skip) continue;
      const named = getNamedType(field.type);
      const step = { name: field.name, args: args.length ? `(${args.join(', ')})` : '' };
      const steps = [...path, step];
      const selection = isLeafType(named) ? '' : isObjectType(named) ? ' { __typename }' : ' { __typename }';
      const body = steps.reduceRight((inner, s, i) => `${s.name}${s.args}${i === steps.length - 1 ? selection : ` { ${inner} }`}`, '');
      const declared = Object.entries(vars).map(([k, v]) => `$${k}: ${typeOf(schema, k, v, steps, rootField)}`).join(', ');
      results.push({ path: steps.map((s) => s.name).join('.'), type: named.name, query: `query${declared ? `(${declared})` : ''} { ${root}${rootArgsText(rootArgs)} { ${body} } }`, variables: vars });
      if (isObjectType(named) && !seen.includes(named.name)) visit(named, steps, vars, [...seen, named.name]);
    }
  };
  visit(getNamedType(rootField.type) as GraphQLObjectType, [], {}, []);
  return results;
}

const rootArgsText = (args: Record<string, unknown>) => {
  const entries = Object.entries(args);
  return entries.length ? `(${entries.map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(', ')})` : '';
};

/** The declared type of a sampled variable, found again from the arguments of the path. */
function typeOf(schema: GraphQLSchema, variable: string, _value: unknown, steps: Array<{ name: string; args: string }>, rootField: GraphQLField<unknown, unknown>): string {
  let type = getNamedType(rootField.type) as GraphQLObjectType;
  for (const step of steps) {
    const field = type.getFields()[step.name]!;
    const match = new RegExp(`(\\w+): \\$${variable}\\b`).exec(step.args);
    if (match) return String(field.args.find((a) => a.name === match[1])!.type);
    const next = getNamedType(field.type);
    if (!isObjectType(next)) break;
    type = next;
  }
  return 'String';
}
