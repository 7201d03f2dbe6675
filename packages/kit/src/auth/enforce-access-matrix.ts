import { hasRole, type SubgraphAccess } from '@plie-hub/auth';
import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import type { SubgraphContext } from '../context';
import { ForbiddenError } from '../errors/forbidden.error';
import { UnauthenticatedError } from '../errors/unauthenticated.error';

/**
 * Every root operation of the subgraph is refused, before its own checks, to a caller none of whose roles the access
 * matrix grants it; an operation the matrix does not name is refused to all (access is granted, never assumed).
 */
export function enforceAccessMatrix(schema: GraphQLSchema, access: SubgraphAccess | undefined): void {
  const sections: Array<[GraphQLObjectType | null | undefined, Record<string, string[]>]> = [
    [schema.getQueryType(), access?.lecture ?? {}],
    [schema.getMutationType(), access?.ecriture ?? {}],
  ];
  for (const [type, grants] of sections) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.name.startsWith('_')) continue;
      const roles = grants[field.name] ?? [];
      const resolve = (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, SubgraphContext>;
      field.resolve = (source, args, context, info) => {
        if (!context?.caller) throw new UnauthenticatedError();
        if (!hasRole(context.caller, ...(roles as never[]))) {
          throw new ForbiddenError(
            roles.length ? `Opération « ${field.name} » réservée aux rôles : ${roles.join(', ')}.` : `Opération « ${field.name} » absente de la matrice des accès : refusée à tous.`,
            'ROLE',
          );
        }
        return resolve(source, args, context, info);
      };
    }
  }
}
