import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { translateInputError, translateLimitError } from './input-errors';

interface ResultWithErrors {
  data?: unknown;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/**
 * HTTP status of a response that carries no data, by the code of its errors (the most severe wins). A response with
 * data (a part missing) stays 200. Without this, every refused mutation came back as HTTP 500: the runtime counts
 * errors relayed from a subgraph as unexpected.
 */
const STATUS_OF_CODE: Record<string, number> = {
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  SUBGRAPH_UNAVAILABLE: 502,
};

/** Upstream fetch failures carry the subgraph request (with its variables) and response in their extensions. */
const UNSAFE_EXTENSIONS = ['request', 'response'];

export function rewriteErrors(result: ResultWithErrors): ResultWithErrors {
  if (!result.errors?.length) return result;
  const noData = result.data === null || result.data === undefined;
  return {
    ...result,
    errors: result.errors.map((error) => {
      const extensions = Object.fromEntries(Object.entries(error.extensions ?? {}).filter(([key]) => !UNSAFE_EXTENSIONS.includes(key)));
      const translated = translateInputError(error.message);
      const limit = translated ? null : translateLimitError(error.message);
      const rewritten = translated
        ? { ...error, message: translated.message, extensions: { ...extensions, code: 'BAD_USER_INPUT', field: translated.field } }
        : limit
          ? { ...error, message: limit.message, extensions: { ...extensions, code: 'QUERY_LIMIT_EXCEEDED', limite: limit.limite, http: { status: 400 } } }
          : { ...error, extensions };
      const status = STATUS_OF_CODE[String(rewritten.extensions.code)];
      if (!noData || !status || (rewritten.extensions.http as { status?: number } | undefined)?.status) return rewritten;
      return { ...rewritten, extensions: { ...rewritten.extensions, http: { status } } };
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
