import 'reflect-metadata';
import { buildSubgraphSchema as buildFederatedSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { type GraphQLSchema, parse } from 'graphql';
import { buildSchema, createResolversMap } from 'type-graphql';
import { auditedReferenceResolver, instrumentAudit } from '../audit/instrument-audit';
import { accessMatrix } from '@plie-hub/auth';
import { authChecker } from '../auth/authorize';
import { enforceAccessMatrix } from '../auth/enforce-access-matrix';
import { enforceFieldAccess } from '../auth/enforce-field-access';
import type { SubgraphDefinition } from './subgraph-definition';

/** The federation features our subgraphs use, imported once for all. */
const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag", "@override"])`;

export interface BuiltSubgraphSchema {
  schema: GraphQLSchema;
  /** The subgraph SDL with federation directives: what composition reads and `schema.graphql` holds. */
  sdl: string;
}

/**
 * type-graphql has no federation decorators: build its schema (entity keys declared with `@Directive('@key(...)')`),
 * print it with the directives, prepend the federation `@link`, and rebuild it as a subgraph schema with the same
 * resolvers plus the reference resolvers. Pure: no database, no port; composition uses it without starting servers.
 */
export async function buildSubgraphSchema(definition: SubgraphDefinition): Promise<BuiltSubgraphSchema> {
  const typeGraphqlSchema = await buildSchema({
    resolvers: definition.resolvers,
    orphanedTypes: definition.orphanedTypes,
    authChecker,
    authMode: 'error',
    validate: false,
    skipCheck: true,
  });
  const sdl = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(typeGraphqlSchema)}`;
  const typeDefs = parse(sdl);
  const resolvers = createResolversMap(typeGraphqlSchema) as Record<string, Record<string, unknown>>;
  const audited = new Set(definition.audited ?? []);
  for (const [typeName, resolveReference] of Object.entries(definition.referenceResolvers ?? {})) {
    const resolve = audited.has(typeName) ? auditedReferenceResolver(typeName, resolveReference) : resolveReference;
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), __resolveReference: resolve };
  }
  const schema = buildFederatedSchema([{ typeDefs, resolvers: resolvers as never }]);
  instrumentAudit(schema, audited);
  enforceAccessMatrix(schema, accessMatrix().sousGraphes[definition.name]);
  enforceFieldAccess(schema, accessMatrix().sousGraphes[definition.name], definition.name);
  return { schema, sdl };
}
