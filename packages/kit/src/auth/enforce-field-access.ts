import { AccessMatrixError, hasRole, personalFieldRoles, type Role, type SubgraphAccess } from '@plie-hub/auth';
import {
  defaultFieldResolver,
  getNamedType,
  isAbstractType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionNode,
} from 'graphql';
import type { SubgraphContext } from '../context';
import { ForbiddenError } from '../errors/forbidden.error';
import { UnauthenticatedError } from '../errors/unauthenticated.error';

/** Who may read each personal field of the schema: type name → field name → roles. */
type FieldGrants = Map<string, Map<string, Role[]>>;

function refusal(typeName: string, field: string, roles: Role[]): ForbiddenError {
  const error = new ForbiddenError(`Donnée personnelle « ${typeName}.${field} » réservée aux rôles : ${roles.join(', ')}.`, 'ROLE');
  // Names the field for the client and the tests, as BAD_USER_INPUT names its input field.
  Object.assign(error.extensions, { champ: `${typeName}.${field}` });
  return error;
}

/** The names the matrix gives for this subgraph that its schema lacks: the file must not drift from the code. */
function unknownNames(schema: GraphQLSchema, access: SubgraphAccess): string[] {
  const problems: string[] = [];
  for (const [typeName, personal] of Object.entries(access.donneesPersonnelles)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) {
      problems.push(`le type « ${typeName} » n'existe pas`);
      continue;
    }
    const fields = type.getFields();
    for (const field of [...personal.champs, ...personal.nonPersonnels, ...Object.keys(personal.exceptions)]) {
      if (!fields[field]) problems.push(`le type « ${typeName} » n'a pas de champ « ${field} »`);
    }
  }
  return [...new Set(problems)];
}

function grantsOf(schema: GraphQLSchema, access: SubgraphAccess): FieldGrants {
  const grants: FieldGrants = new Map();
  for (const typeName of Object.keys(access.donneesPersonnelles)) {
    const type = schema.getType(typeName) as GraphQLObjectType;
    const byField = new Map<string, Role[]>();
    for (const field of Object.keys(type.getFields())) {
      const roles = personalFieldRoles(access.donneesPersonnelles, typeName, field);
      if (roles) byField.set(field, roles);
    }
    grants.set(typeName, byField);
  }
  return grants;
}

/**
 * Throws on the first personal field of a selection that none of the caller's roles may read. Walks fragments and
 * the type conditions of `_entities`, so the whole request is judged before anything resolves.
 */
function checkSelection(
  schema: GraphQLSchema,
  grants: FieldGrants,
  context: SubgraphContext,
  fragments: Record<string, FragmentDefinitionNode>,
  type: GraphQLCompositeType,
  selections: readonly SelectionNode[],
): void {
  for (const selection of selections) {
    if (selection.kind === 'Field') {
      const name = selection.name.value;
      // A union has no field but __typename; an interface's field is read on each type that implements it.
      if (name.startsWith('__') || isUnionType(type)) continue;
      const owners = isInterfaceType(type) ? schema.getPossibleTypes(type) : [type];
      for (const owner of owners) {
        const roles = grants.get(owner.name)?.get(name);
        if (roles && !hasRole(context.caller, ...roles)) throw refusal(owner.name, name, roles);
      }
      const field = type.getFields()[name];
      if (field && selection.selectionSet) {
        checkSelection(schema, grants, context, fragments, getNamedType(field.type) as GraphQLCompositeType, selection.selectionSet.selections);
      }
    } else if (selection.kind === 'InlineFragment') {
      const next = selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) as GraphQLCompositeType | undefined) : type;
      if (next) checkSelection(schema, grants, context, fragments, next, selection.selectionSet.selections);
    } else {
      const fragment = fragments[selection.name.value];
      const next = fragment && (schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType | undefined);
      if (fragment && next) checkSelection(schema, grants, context, fragments, next, fragment.selectionSet.selections);
    }
  }
}

/**
 * Requests whose whole selection the root check passed: their personal fields need not be judged again one value at
 * a time (a list of 1 000 records would pay the check 1 000 times per field). Every field resolves under a root field,
 * and a root field is checked before it resolves, so the per-field check only ever runs when something reached a
 * field without that — it stays as the second line.
 */
const checkedRequests = new WeakSet<object>();

/**
 * Enforces the personal-data part of the access matrix on an executable subgraph schema, after its other wrappers so
 * that this check runs first:
 * - every root field (queries, mutations, and `_entities`, through which the gateway reaches this subgraph's records
 *   for another's fields) refuses a request that asks any personal field none of the caller's roles may read, before
 *   the record is loaded, a mutation writes, or a reference resolver checks its scope;
 * - every personal field refuses such a caller itself too, whatever led to it.
 * Fails at start-up when the matrix names a type or field the schema lacks.
 */
export function enforceFieldAccess(schema: GraphQLSchema, access: SubgraphAccess | undefined, subgraphName: string): void {
  if (!access) return;
  const problems = unknownNames(schema, access);
  if (problems.length) {
    throw new AccessMatrixError(`Matrice des accès, sous-graphe ${subgraphName}, données personnelles :\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  const grants = grantsOf(schema, access);
  for (const [typeName, byField] of grants) {
    const fields = (schema.getType(typeName) as GraphQLObjectType).getFields();
    for (const [name, roles] of byField) {
      const field = fields[name]!;
      const resolve = (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, SubgraphContext>;
      field.resolve = (source, args, context, info) => {
        if (!checkedRequests.has(context)) {
          if (!context?.caller) throw new UnauthenticatedError();
          if (!hasRole(context.caller, ...roles)) throw refusal(typeName, name, roles);
        }
        return resolve(source, args, context, info);
      };
    }
  }
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (!root) continue;
    for (const field of Object.values(root.getFields())) {
      const resolve = (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, SubgraphContext>;
      const returned = getNamedType(field.type);
      if (!isObjectType(returned) && !isAbstractType(returned)) continue;
      field.resolve = (source, args, context, info) => {
        if (!context?.caller) throw new UnauthenticatedError();
        for (const node of info.fieldNodes) {
          if (node.selectionSet) checkSelection(schema, grants, context, info.fragments, returned, node.selectionSet.selections);
        }
        checkedRequests.add(context);
        return resolve(source, args, context, info);
      };
    }
  }
}
