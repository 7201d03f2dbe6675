import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { toCsv, toXlsx } from '@plie-hub/files';
import { VUE_COPIL_QUERY } from '../exports/copil-query';
import { copilSheets } from '../exports/copil-sheets';

/**
 * `GET /exports/vue-copil?debut=…&fin=…&plies=A,B` (or `organismeIntermediaire=…`) `&format=xlsx|csv`: the whole
 * COPIL view as a file. It is a client of the gateway like any other: the query runs with the caller's own token
 * through the same plan, rules and masking; nothing is read around them.
 */
export function useCopilExport(options: { execute: (request: Request) => Promise<Response> }): GatewayPlugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== '/exports/vue-copil' || request.method !== 'GET') return;
      const json = (status: number, message: string, code: string) =>
        endResponse(new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), { status, headers: { 'content-type': 'application/json' } }));
      const format = url.searchParams.get('format') ?? 'xlsx';
      if (!['xlsx', 'csv'].includes(format)) return json(400, 'Format : xlsx ou csv.', 'BAD_USER_INPUT');
      const plies = url.searchParams.get('plies')?.split(',').filter(Boolean) ?? null;
      const variables = { debut: url.searchParams.get('debut'), fin: url.searchParams.get('fin'), plies, organismeIntermediaire: url.searchParams.get('organismeIntermediaire') };
      const response = await options.execute(
        new fetchAPI.Request(new URL('/graphql', url).toString(), {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: request.headers.get('authorization') ?? '', 'x-plie-purpose': 'export-vue-copil' },
          body: JSON.stringify({ query: VUE_COPIL_QUERY, variables }),
        }),
      );
      const result = (await response.json()) as { data?: { vueCopil?: never } | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
      if (!result.data?.vueCopil) {
        const error = result.errors?.[0];
        const code = error?.extensions?.code ?? 'BAD_REQUEST';
        return json(code === 'UNAUTHENTICATED' ? 401 : code === 'FORBIDDEN' ? 403 : 400, error?.message ?? 'Export impossible.', code);
      }
      const sheets = copilSheets(result.data.vueCopil);
      const name = `vue-copil-${variables.debut}-${variables.fin}`;
      const file = format === 'xlsx' ? await toXlsx(name, sheets) : toCsv(name, { name: 'Vue COPIL', header: ['Section', 'Indicateur', 'Période', 'Période précédente'], rows: sheets.slice(1).flatMap((sheet) => sheet.rows.map((row) => [sheet.name, ...row])) });
      const headers: Record<string, string> = { 'content-type': file.typeMime, 'content-disposition': `attachment; filename="${file.nom}"` };
      // A part that failed (a subgraph down) is said in a header; the file still holds the other parts.
      if (result.errors?.length) headers['x-plie-parties-manquantes'] = [...new Set(result.errors.map((e) => (e.extensions as { serviceName?: string } | undefined)?.serviceName ?? 'inconnu'))].join(',');
      endResponse(new fetchAPI.Response(Buffer.from(file.contenuBase64, 'base64'), { status: 200, headers }));
    },
  };
}
