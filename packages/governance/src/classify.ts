import { type Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema, type GraphQLSchema } from 'graphql';

/** A subgraph SDL as a schema to compare: the federation `@link` is dropped, its directives stay as usages. */
export function schemaOfSubgraph(sdl: string): GraphQLSchema {
  const body = sdl.replace(/^#.*$/gm, '').replace(/extend schema @link\([^)]*\)\s*/g, '');
  const directives = ['key(fields: String!, resolvable: Boolean = true) repeatable on OBJECT | INTERFACE', 'shareable repeatable on OBJECT | FIELD_DEFINITION', 'external on OBJECT | FIELD_DEFINITION', 'requires(fields: String!) on FIELD_DEFINITION', 'provides(fields: String!) on FIELD_DEFINITION', 'inaccessible on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ENUM | ENUM_VALUE | SCALAR | INPUT_OBJECT | INPUT_FIELD_DEFINITION | ARGUMENT_DEFINITION', 'tag(name: String!) repeatable on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION', 'override(from: String!, label: String) on FIELD_DEFINITION'];
  return buildSchema(`${directives.map((d) => `directive @${d}`).join('\n')}\n${body}`, { assumeValidSDL: true });
}

export interface Classification {
  breaking: Change[];
  dangerous: Change[];
  safe: Change[];
}

/** Classifies the changes between two versions of a subgraph's SDL: breaking, dangerous, safe. */
export async function classify(oldSdl: string, newSdl: string): Promise<Classification> {
  const changes = await diff(schemaOfSubgraph(oldSdl), schemaOfSubgraph(newSdl));
  return {
    breaking: changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking),
    dangerous: changes.filter((c) => c.criticality.level === CriticalityLevel.Dangerous),
    safe: changes.filter((c) => c.criticality.level === CriticalityLevel.NonBreaking),
  };
}
