import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { translateInputError } from './input-errors';

interface ResultWithErrors {
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

function rewrite(result: ResultWithErrors): ResultWithErrors {
  if (!result.errors?.some((error) => translateInputError(error.message))) return result;
  return {
    ...result,
    errors: result.errors.map((error) => {
      const translated = translateInputError(error.message);
      if (!translated) return error;
      return { ...error, message: translated.message, extensions: { ...error.extensions, code: 'BAD_USER_INPUT', field: translated.field } };
    }),
  };
}

/** Rewrites variable errors before they leave the gateway: French, field named, code BAD_USER_INPUT, no value. */
export function useInputErrors(): GatewayPlugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result)) setResult(result.map((item) => rewrite(item as ResultWithErrors)) as never);
      else if (result && typeof result === 'object' && 'errors' in result) setResult(rewrite(result as ResultWithErrors) as never);
    },
  };
}
