import type { SubgraphDefinition } from '@plie-hub/kit';

export interface SubgraphEntry {
  /** Folder name under `subgraphs/` = composition name = database schema. */
  name: string;
  /** Port in the default topology (`npm start`, docker-compose). */
  port: number;
  load: () => Promise<{ default: SubgraphDefinition }>;
}

const entry = (name: string, port: number, load: SubgraphEntry['load']): SubgraphEntry => ({ name, port, load });

/**
 * Every subgraph of the hub, in one place. Adding a partner's subgraph is a folder under `subgraphs/` and one line
 * here; composition, `npm start`, the distributed topology, migrations and tests all read this list.
 */
export const SUBGRAPHS: readonly SubgraphEntry[] = [
  entry('prescriptions-france-travail', 4001, () => import('@plie-hub/subgraph-prescriptions-france-travail')),
  entry('prescriptions-departement', 4002, () => import('@plie-hub/subgraph-prescriptions-departement')),
  entry('prescriptions-mission-locale', 4003, () => import('@plie-hub/subgraph-prescriptions-mission-locale')),
  entry('parcours', 4004, () => import('@plie-hub/subgraph-parcours')),
  entry('clauses', 4005, () => import('@plie-hub/subgraph-clauses')),
  entry('financements', 4006, () => import('@plie-hub/subgraph-financements')),
];

export const GATEWAY_PORT = 4000;

export async function loadSubgraphs(): Promise<Array<SubgraphEntry & { definition: SubgraphDefinition }>> {
  return Promise.all(SUBGRAPHS.map(async (subgraph) => ({ ...subgraph, definition: (await subgraph.load()).default })));
}

/** The URL a subgraph has in the default topology, as written in the composed supergraph. */
export const defaultSubgraphUrl = (subgraph: Pick<SubgraphEntry, 'name' | 'port'>) => `http://localhost:${subgraph.port}/graphql`;
