import { GraphQLScalarType, Kind } from 'graphql';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (rejects 2024-02-30). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new TypeError(`Date invalide : « ${String(value).slice(0, 40)} » (format attendu AAAA-MM-JJ).`);
  }
  return value;
}

/** A calendar date without time or time zone (birth dates, entry dates), `YYYY-MM-DD` on the wire and in memory. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'Date calendaire sans heure ni fuseau, au format ISO 8601 AAAA-MM-JJ.',
  serialize(value) {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return parse(value);
  },
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new TypeError('Date invalide : une chaîne AAAA-MM-JJ est attendue.');
    return parse(ast.value);
  },
});
