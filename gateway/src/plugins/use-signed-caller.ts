import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { CALLER_HEADER, signCaller, type SigningKey } from '@plie-hub/auth';
import type { CallerContext } from './use-caller-auth';

/**
 * Forwards the verified caller to every subgraph request, signed and bound to the request body (see
 * `@plie-hub/auth` caller-signature). Subgraphs refuse any request without it.
 */
export function useSignedCaller(options: { key: SigningKey }): GatewayPlugin<CallerContext> {
  return {
    onFetch({ context, options: request, setOptions }) {
      const caller = (context as CallerContext).caller;
      if (!caller) return;
      const body = typeof request.body === 'string' ? request.body : '';
      const headers = new Headers(request.headers as HeadersInit | undefined);
      headers.set(CALLER_HEADER, signCaller(options.key, caller, body));
      setOptions({ ...request, headers: Object.fromEntries(headers.entries()) });
    },
  };
}
