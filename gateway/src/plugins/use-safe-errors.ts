import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { translateInputError } from './input-errors';

interface ResultWithErrors {
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** Upstream fetch failures carry the subgraph request (with its variables) and response in their extensions. */
const UNSAFE_EXTENSIONS = ['request', 'response'];

export function rewriteErrors(result: ResultWithErrors): ResultWithErrors {
  if (!result.errors?.length) return result;
  return {
    ...result,
    errors: result.errors.map((error) => {
      const extensions = Object.fromEntries(Object.entries(error.extensions ?? {}).filter(([key]) => !UNSAFE_EXTENSIONS.includes(key)));
      const translated = translateInputError(error.message);
      if (!translated) return { ...error, extensions };
      return { ...error, message: translated.message, extensions: { ...extensions, code: 'BAD_USER_INPUT', field: translated.field } };
    }),
  };
}

/**
 * What leaves the gateway in `errors` carries no personal data: variable errors are rewritten in French without the
 * value they quote, and the details of a failed subgraph call (its request body, with the variables, and its
 * response) are removed; `serviceName` and `code` stay, so the client knows which part failed.
 */
export function useSafeErrors(): GatewayPlugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result)) setResult(result.map((item) => rewriteErrors(item as ResultWithErrors)) as never);
      else if (result && typeof result === 'object' && 'errors' in result) setResult(rewriteErrors(result as ResultWithErrors) as never);
    },
  };
}
