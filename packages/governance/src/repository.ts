import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { VUE_COPIL_QUERY } from '@plie-hub/gateway/copil-query';
import { composeSupergraph, ROOT } from '@plie-hub/hub';
import type { SubgraphState } from './check';
import { type ClientOperation, operationsOfFile } from './operations';

export const RELEASES_DIR = path.join(ROOT, 'schemas', 'releases');
export const TRUSTED_DOCUMENTS_PATH = path.join(ROOT, 'gateway', 'trusted-documents.json');
export const changelogPath = (subgraph: string) => path.join(ROOT, 'subgraphs', subgraph, 'CHANGELOG.md');

const semver = (v: string) => v.split('.').map(Number) as [number, number, number];
const compareVersions = (a: string, b: string) => {
  const [x, y] = [semver(a), semver(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
};

/** Released versions, oldest first. */
export function releases(): string[] {
  if (!existsSync(RELEASES_DIR)) return [];
  return readdirSync(RELEASES_DIR).filter((v) => /^\d+\.\d+\.\d+$/.test(v)).sort(compareVersions);
}

export const latestRelease = () => releases().at(-1) ?? null;

export function releasedSdl(version: string, subgraph: string): string | undefined {
  const file = path.join(RELEASES_DIR, version, `${subgraph}.graphql`);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** The subgraphs as the code defines them now (no server started). */
export async function currentSubgraphs(): Promise<SubgraphState[]> {
  return (await composeSupergraph()).subgraphs.map(({ name, url, sdl }) => ({ name, url, sdl }));
}

export const readChangelog = (subgraph: string) => (existsSync(changelogPath(subgraph)) ? readFileSync(changelogPath(subgraph), 'utf8') : '');

/**
 * The operations the hub's own clients send, which a schema change must not break: partner samples
 * (`subgraphs/<name>/examples.graphql`, `examples/*.graphql`), the COPIL view of the console and the exports, and
 * the console's documents (`packages/web/src/**\/*.graphql`) when present.
 */
export function clientOperations(): ClientOperation[] {
  const files: string[] = [];
  for (const dir of ['subgraphs', 'examples', path.join('packages', 'web', 'src')]) {
    const root = path.join(ROOT, dir);
    if (!existsSync(root)) continue;
    for (const entry of readdirSync(root, { recursive: true }) as string[]) {
      if (entry.endsWith('.graphql') && !entry.endsWith('schema.graphql') && !entry.includes('node_modules')) files.push(path.join(root, entry));
    }
  }
  return [
    ...files.flatMap((file) => operationsOfFile(path.relative(ROOT, file), readFileSync(file, 'utf8'))),
    { source: 'gateway/src/exports/copil-query.ts#VueCopil', document: VUE_COPIL_QUERY },
  ];
}

/** The trusted documents manifest: sha256 of each client document → the document (persisted documents). */
export function trustedDocuments(operations: ClientOperation[]): Record<string, string> {
  return Object.fromEntries(operations.map((o) => [createHash('sha256').update(o.document).digest('hex'), o.document]).sort(([a], [b]) => a!.localeCompare(b!)));
}
