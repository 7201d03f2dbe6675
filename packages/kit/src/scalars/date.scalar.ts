import { GraphQLScalarType, Kind } from 'graphql';
import { daysInMonth, isoDateParts } from '../dates/calendar';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * True for a real calendar date written `YYYY-MM-DD` (rejects 2024-02-30), from the year 100: every date a list
 * sends out goes through it, so it counts days rather than building a `Date` (whose `Date.UTC` reads the years 0 to 99
 * as 1900 to 1999, which the earlier check therefore refused).
 */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [y, m, d] = isoDateParts(value);
  return y >= 100 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
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
