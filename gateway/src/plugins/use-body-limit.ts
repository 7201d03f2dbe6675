import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';

/** Refuses request bodies larger than `maxBytes` (declared length) with 413 before parsing them. */
export function useBodyLimit(options: { maxBytes: number }): GatewayPlugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const length = Number(request.headers.get('content-length') ?? 0);
      if (length > options.maxBytes) {
        endResponse(
          new fetchAPI.Response(
            JSON.stringify({ errors: [{ message: 'Requête trop volumineuse.', extensions: { code: 'BAD_REQUEST' } }] }),
            { status: 413, headers: { 'content-type': 'application/json' } },
          ),
        );
      }
    },
  };
}
