import { GraphQLScalarType, Kind } from 'graphql';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/;

function parse(value: unknown): Date {
  if (typeof value !== 'string' || !ISO_DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) {
    throw new TypeError(
      `Horodatage invalide : « ${String(value).slice(0, 40)} » (format attendu ISO 8601 avec fuseau, ex. 2025-01-31T09:30:00Z).`,
    );
  }
  return new Date(value);
}

/** An instant, ISO 8601 with an explicit offset on the wire, `Date` in memory. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'Instant au format ISO 8601 avec fuseau (ex. 2025-01-31T09:30:00Z).',
  serialize(value) {
    if (value instanceof Date) return value.toISOString();
    if (typeof value === 'string') return parse(value).toISOString();
    throw new TypeError('DateTime invalide');
  },
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new TypeError('Horodatage invalide : une chaîne ISO 8601 est attendue.');
    return parse(ast.value);
  },
});
