import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { FORBIDDEN_CHARACTERS } from '../validation/forbidden-characters';
import { ErrorCode } from './codes';

export const INTERNAL_ERROR_MESSAGE =
  'Erreur interne du service. Réessayez ; si elle persiste, contactez le support.';

/**
 * What leaves a subgraph. Errors raised on purpose (a `GraphQLError`: ours, or the server's own parse and
 * validation errors) keep their message and code, without stack trace. Anything else (a database error, a bug)
 * becomes a generic internal error so that no SQL, stack trace or personal value leaks; the caller logs the original.
 */
export function maskError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const cause = unwrapResolverError(error);
  const code = formatted.extensions?.code;
  // graphql-js quotes the whole bad value of a variable (names, birth dates): never send it back. The gateway
  // translates these before they reach a subgraph; this is the subgraph's own guard.
  if (formatted.message.startsWith('Variable "$')) {
    const variable = /^Variable "\$(\w+)"/.exec(formatted.message)?.[1] ?? 'variable';
    return { message: `Valeur invalide pour « ${variable} ».`, extensions: { code: ErrorCode.BAD_USER_INPUT, field: variable } };
  }
  if (cause instanceof GraphQLError && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    const { stacktrace: _stacktrace, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...formatted, message: printable(formatted.message), extensions };
  }
  const refused = refusedByDatabase(cause);
  if (refused) return { message: refused.message, locations: formatted.locations, path: formatted.path, extensions: { code: refused.code, database: true } };
  return {
    message: INTERNAL_ERROR_MESSAGE,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/**
 * The database's own refusals of a value that the subgraph's checks let through: a safety net that answers the
 * caller as the checks would have (never with the database's message, which quotes values), and is logged as the
 * gap it is (`extensions.database`).
 */
const DATABASE_REFUSALS: Record<string, { code: ErrorCode; message: string }> = {
  '22021': { code: ErrorCode.BAD_USER_INPUT, message: 'Une valeur contient un caractère non autorisé (caractère nul ou unicode invalide).' },
  '22P05': { code: ErrorCode.BAD_USER_INPUT, message: 'Une valeur contient un caractère non autorisé (caractère nul ou unicode invalide).' },
  '22001': { code: ErrorCode.BAD_USER_INPUT, message: 'Une valeur est trop longue.' },
  '22003': { code: ErrorCode.BAD_USER_INPUT, message: 'Un nombre est hors des limites admises.' },
  '22007': { code: ErrorCode.BAD_USER_INPUT, message: 'Une date est invalide.' },
  '22008': { code: ErrorCode.BAD_USER_INPUT, message: 'Une date est hors des limites admises.' },
  '23503': { code: ErrorCode.NOT_FOUND, message: 'Un élément désigné dans la requête n’existe pas.' },
  '23505': { code: ErrorCode.CONFLICT, message: 'Cet enregistrement existe déjà.' },
};

function refusedByDatabase(cause: unknown): { code: ErrorCode; message: string } | null {
  const sqlState = (cause as { driverError?: { code?: unknown } } | null)?.driverError?.code;
  return typeof sqlState === 'string' ? (DATABASE_REFUSALS[sqlState] ?? null) : null;
}

const MAX_MESSAGE_LENGTH = 500;

/**
 * A message may quote what the caller sent (an unknown identifier): never its control characters or broken
 * unicode (they would travel into logs and screens as they are), and never more than a few lines of it.
 */
export function printable(message: string): string {
  const clean = message.replace(UNPRINTABLE, '\ufffd');
  return clean.length > MAX_MESSAGE_LENGTH ? `${clean.slice(0, MAX_MESSAGE_LENGTH)}…` : clean;
}

/** What no field accepts, plus carriage returns, DEL and the bidirectional overrides that would disguise a message. */
const UNPRINTABLE = new RegExp(`${FORBIDDEN_CHARACTERS}|[\\r\\u007f\\u202a-\\u202e\\u2066-\\u2069]`, 'g');

/** True when `maskError` hid the error, or the database caught what the checks missed: it deserves a log line. */
export const wasMasked = (formatted: GraphQLFormattedError) =>
  formatted.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR || formatted.extensions?.database === true;
