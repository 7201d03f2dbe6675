import { defaultFieldResolver, getNamedType, isObjectType, type GraphQLField, type GraphQLResolveInfo, type GraphQLSchema, type SelectionNode } from 'graphql';
import type { SubgraphContext } from '../context';
import type { ReferenceResolver } from '../schema/subgraph-definition';
import type { AuditAction } from './audit-trail';

const keyOf = (value: unknown): string | null => {
  const record = value as { id?: unknown; cleRapprochement?: unknown; code?: unknown } | null;
  const key = record?.id ?? record?.cleRapprochement ?? record?.code;
  return key === undefined || key === null ? null : String(key);
};

/**
 * The fields the request asks of the record (the first level of its selection, looking into the fragments on its
 * type, as `_entities` asks them), each once, never their values.
 */
function requestedFields(info: GraphQLResolveInfo, typeName: string): string[] {
  const names: string[] = [];
  const visit = (selections: readonly SelectionNode[]) => {
    for (const selection of selections) {
      if (selection.kind === 'Field' && !selection.name.value.startsWith('__')) names.push(selection.name.value);
      else if (selection.kind === 'InlineFragment' && (!selection.typeCondition || selection.typeCondition.name.value === typeName)) visit(selection.selectionSet.selections);
      else if (selection.kind === 'FragmentSpread') {
        const fragment = info.fragments[selection.name.value];
        if (fragment && fragment.typeCondition.name.value === typeName) visit(fragment.selectionSet.selections);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet?.selections ?? []);
  return [...new Set(names)];
}

/** Names of the input fields a mutation was given (one level into `input`), never their values. */
function writtenFields(args: Record<string, unknown>): string[] {
  const input = args.input;
  const inputFields = input && typeof input === 'object' && !Array.isArray(input) ? Object.keys(input).map((name) => `input.${name}`) : [];
  return [...Object.keys(args).filter((name) => name !== 'input'), ...inputFields];
}

const rootFields = (info: GraphQLResolveInfo) =>
  info.operation.selectionSet.selections.map((selection) => (selection.kind === 'Field' ? selection.name.value : '…')).join(',');

function recordReads(context: SubgraphContext | undefined, entite: string, value: unknown, info: GraphQLResolveInfo): void {
  if (!context?.audit) return;
  const records = Array.isArray(value) ? value : [value];
  // Once per list, not per record: a page of 100 records asks the same fields under the same operation.
  const champs = requestedFields(info, entite);
  const operation = rootFields(info);
  for (const record of records) {
    if (record === null || record === undefined || record instanceof Error) continue;
    context.audit.record({ action: 'LECTURE', entite, entiteId: keyOf(record), champs, operation });
  }
}

const then = (result: unknown, record: (value: unknown) => void): unknown => {
  if (result && typeof (result as Promise<unknown>).then === 'function') {
    return (result as Promise<unknown>).then((value) => {
      record(value);
      return value;
    });
  }
  record(result);
  return result;
};

/**
 * Wraps the resolvers of an executable subgraph schema so that every access to a named record lands in the request's
 * audit trail: each field that returns one of `audited` types records a read of each record returned (with the
 * fields asked), each mutation records a write (or an export when it returns a file) once it succeeded.
 */
export function instrumentAudit(schema: GraphQLSchema, audited: ReadonlySet<string>): void {
  const mutationType = schema.getMutationType();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields()) as Array<GraphQLField<unknown, SubgraphContext>>) {
      const returned = getNamedType(field.type).name;
      const resolve = field.resolve ?? defaultFieldResolver;
      if (type === mutationType) {
        const action: AuditAction = returned === 'FichierExport' || field.name.startsWith('exporter') ? 'EXPORT' : 'ECRITURE';
        field.resolve = (source, args, context, info) =>
          then(resolve(source, args, context, info), (value) => {
            context?.audit?.record({ action, entite: returned, entiteId: keyOf(value) ?? keyOf(args) ?? (typeof args.operationId === 'string' ? args.operationId : null), champs: writtenFields(args), operation: field.name });
          });
      } else if (returned === 'FichierExport') {
        // A file produced by a field (the FSE+ participants file of an operation) is an export of its parent.
        field.resolve = (source, args, context, info) =>
          then(resolve(source, args, context, info), (value) => {
            if (value) context?.audit?.record({ action: 'EXPORT', entite: type.name, entiteId: keyOf(source), champs: [field.name], operation: rootFields(info) });
          });
      } else if (audited.has(returned)) {
        field.resolve = (source, args, context, info) => then(resolve(source, args, context, info), (value) => recordReads(context, returned, value, info));
      }
    }
  }
}

/** The same for `_entities`: a reference resolver of an audited type records a read of what it returns. */
export function auditedReferenceResolver(typeName: string, resolve: ReferenceResolver): ReferenceResolver {
  return (reference, context, info?: GraphQLResolveInfo) =>
    then(resolve(reference, context), (value) => {
      if (info) recordReads(context, typeName, value, info);
      else context.audit?.record({ action: 'LECTURE', entite: typeName, entiteId: keyOf(value), champs: [], operation: '_entities' });
    });
}
