import { readFileSync } from 'node:fs';

/** The subgraph names and URLs written in a composed supergraph (`@join__graph(name:, url:)`). */
export function subgraphsOfSupergraph(supergraphSdl: string): Record<string, string> {
  const graphs: Record<string, string> = {};
  for (const match of supergraphSdl.matchAll(/@join__graph\(name:\s*"([^"]+)",\s*url:\s*"([^"]+)"\)/g)) {
    graphs[match[1]!] = match[2]!;
  }
  return graphs;
}

export const readSupergraph = (path: string) => readFileSync(path, 'utf8');
