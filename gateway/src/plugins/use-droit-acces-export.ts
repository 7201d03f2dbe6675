import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { droitAccesHtml } from '../exports/droit-acces-document';
import { errorResponse, failureResponse, missingParts, queryAsCaller } from '../exports/query-as-caller';

interface Identite {
  nomNaissance: string;
  prenoms: string;
  dateNaissance: string;
}

/**
 * `POST /exports/droit-acces` `{ "identite": { nomNaissance, prenoms, dateNaissance }, "format": "json" | "html" }`:
 * the answer to a right-of-access request as a file, for the DPO. A client of the gateway like any other: the query
 * runs with the caller's own token through the same plan and rules, and every read lands in the audit trails.
 * POST, so that the identity never appears in a URL (nor in the access logs that keep URLs).
 */
export function useDroitAccesExport(options: { execute: (request: Request) => Promise<Response>; query: () => string }): GatewayPlugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== '/exports/droit-acces') return;
      const fail = (status: number, message: string, code: string) => endResponse(errorResponse(fetchAPI, status, message, code));
      if (request.method !== 'POST') return fail(405, 'Utilisez POST (l’identité ne passe pas dans l’adresse).', 'BAD_REQUEST');
      let body: { identite?: Identite; format?: string };
      try {
        body = (await request.json()) as typeof body;
      } catch {
        return fail(400, 'Corps JSON invalide : { "identite": { … }, "format": "json" | "html" }.', 'BAD_REQUEST');
      }
      const format = body.format ?? 'html';
      if (!['json', 'html'].includes(format)) return fail(400, 'Format : json ou html.', 'BAD_USER_INPUT');
      const result = await queryAsCaller<{ droitAcces?: Record<string, unknown> }>({
        execute: options.execute, fetchAPI, request, url, query: options.query(), variables: { identite: body.identite ?? null }, purpose: 'droit-acces',
      });
      if (!result.data?.droitAcces) return endResponse(failureResponse(fetchAPI, result, 'Extraction impossible.'));
      // A part that could not be read (a subgraph down, a field refused) is said, so the answer is not sent incomplete.
      const manquants = missingParts(result);
      const le = new Date();
      const name = `droit-acces-${le.toISOString().slice(0, 10)}`;
      const identite = body.identite!;
      const file =
        format === 'json'
          ? { type: 'application/json; charset=utf-8', name: `${name}.json`, content: JSON.stringify({ identite, etabliLe: le.toISOString(), manquants, donnees: result.data.droitAcces }, null, 2) }
          : { type: 'text/html; charset=utf-8', name: `${name}.html`, content: droitAccesHtml({ identite, data: result.data.droitAcces, manquants, le }) };
      endResponse(
        new fetchAPI.Response(file.content, {
          status: 200,
          headers: { 'content-type': file.type, 'content-disposition': `attachment; filename="${file.name}"`, 'cache-control': 'no-store', ...(manquants.length ? { 'x-plie-parties-manquantes': manquants.join(',') } : {}) },
        }),
      );
    },
  };
}
