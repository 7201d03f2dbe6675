import { getNamedType, isEnumType, isInputObjectType, isLeafType, isListType, isNonNullType, type GraphQLField, type GraphQLInputType } from 'graphql';

/** A document running one root field with every argument as a variable, selecting `__typename` of an object. */
export function operationDocument(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const declared = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${kind}${declared ? ` (${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
}

/** Well-formed values of the scalars the gateway checks itself (its coercion refuses anything else). */
export const PLAUSIBLE_SCALARS: Record<string, unknown[]> = {
  Date: ['2025-01-15', '1900-01-01', '2099-12-31'],
  DateTime: ['2025-01-15T10:00:00+01:00'],
  Montant: ['10.00', '0.00', '100000000.00'],
  JSONObject: [{}],
};

/** A well-formed value of the declared type (required fields only), so that an operation passes the gateway. */
export function plausibleValue(type: GraphQLInputType, depth = 0): unknown {
  if (isNonNullType(type)) return plausibleValue(type.ofType, depth);
  if (isListType(type)) return [plausibleValue(type.ofType, depth + 1)];
  const named = getNamedType(type);
  if (isEnumType(named)) return named.getValues()[0]!.value;
  if (isInputObjectType(named)) {
    if (depth > 5) return {};
    return Object.fromEntries(Object.values(named.getFields()).filter((f) => isNonNullType(f.type)).map((f) => [f.name, plausibleValue(f.type, depth + 1)]));
  }
  if (PLAUSIBLE_SCALARS[named.name]) return PLAUSIBLE_SCALARS[named.name]![0];
  switch (named.name) {
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'ID':
      return '00000000-0000-4000-8000-000000000000';
    default:
      return 'Essai';
  }
}
