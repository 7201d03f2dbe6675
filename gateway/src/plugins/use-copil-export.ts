import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { toCsv, toXlsx } from '@plie-hub/files';
import { VUE_COPIL_QUERY } from '../exports/copil-query';
import { copilSheets } from '../exports/copil-sheets';
import { errorResponse, failureResponse, queryAsCaller } from '../exports/query-as-caller';

/**
 * `GET /exports/vue-copil?debut=…&fin=…&plies=A,B` (or `organismeIntermediaire=…`) `&format=xlsx|csv`: the whole
 * COPIL view as a file. It is a client of the gateway like any other: the query runs with the caller's own token
 * through the same plan, rules and masking; nothing is read around them.
 */
export function useCopilExport(options: { execute: (request: Request) => Promise<Response> }): GatewayPlugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== '/exports/vue-copil' || request.method !== 'GET') return;
      const format = url.searchParams.get('format') ?? 'xlsx';
      if (!['xlsx', 'csv'].includes(format)) return endResponse(errorResponse(fetchAPI, 400, 'Format : xlsx ou csv.', 'BAD_USER_INPUT'));
      const plies = url.searchParams.get('plies')?.split(',').filter(Boolean) ?? null;
      const variables = { debut: url.searchParams.get('debut'), fin: url.searchParams.get('fin'), plies, organismeIntermediaire: url.searchParams.get('organismeIntermediaire') };
      const result = await queryAsCaller<{ vueCopil?: never }>({ execute: options.execute, fetchAPI, request, url, query: VUE_COPIL_QUERY, variables, purpose: 'export-vue-copil' });
      if (!result.data?.vueCopil) return endResponse(failureResponse(fetchAPI, result, 'Export impossible.'));
      const sheets = copilSheets(result.data.vueCopil);
      const name = `vue-copil-${variables.debut}-${variables.fin}`;
      const file = format === 'xlsx' ? await toXlsx(name, sheets) : toCsv(name, { name: 'Vue COPIL', header: ['Section', 'Indicateur', 'Période', 'Période précédente'], rows: sheets.slice(1).flatMap((sheet) => sheet.rows.map((row) => [sheet.name, ...row])) });
      const headers: Record<string, string> = { 'content-type': file.typeMime, 'content-disposition': `attachment; filename="${file.nom}"` };
      // A part that failed (a subgraph down) is said in a header; the file still holds the other parts.
      if (result.errors?.length) headers['x-plie-parties-manquantes'] = [...new Set(result.errors.map((e) => e.extensions?.serviceName ?? 'inconnu'))].join(',');
      endResponse(new fetchAPI.Response(Buffer.from(file.contenuBase64, 'base64'), { status: 200, headers }));
    },
  };
}
