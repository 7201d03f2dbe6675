import type { HubProcess } from '@plie-hub/hub';

/** SQL statements each subgraph has sent since it started (`plie_sql_statements_total` of its /metrics). */
export async function sqlStatements(subgraphs: Array<Pick<HubProcess, 'name' | 'baseUrl'>>): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const p of subgraphs) {
    const text = await (await fetch(`${p.baseUrl}/metrics`)).text();
    counts[p.name] = Number(/plie_sql_statements_total\{[^}]*\} (\d+)/.exec(text)?.[1] ?? 0);
  }
  return counts;
}

/** S2: the référent's caseload, with what the next interview needs (three subgraphs' worth of fields). */
export const S2_QUERY =
  '{ fileActive(first: 100) { nodes { id dateEntree statut etapeEnCours { type intitule debut } alertes participant { id nomNaissance prenoms heuresClauses { heures6DerniersMois heuresTotales } } } } }';
