import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
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
    return { ...formatted, extensions };
  }
  return {
    message: INTERNAL_ERROR_MESSAGE,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/** True when `maskError` hid the error: it deserves a log line with its details. */
export const wasMasked = (formatted: GraphQLFormattedError) => formatted.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR;
