import type { Change } from '@graphql-inspector/core';
import { composeServices, transformSupergraphToPublicSchema } from '@theguild/federation-composition';
import { buildASTSchema, parse } from 'graphql';
import { isDeclared, unreleasedEntries } from './changelog';
import { classify, schemaOfSubgraph } from './classify';
import { type BrokenOperation, type ClientOperation, validateOperations } from './operations';

export interface SubgraphState {
  name: string;
  url: string;
  sdl: string;
}

export interface CheckInput {
  /** The subgraph being changed. */
  subgraph: string;
  /** Its SDL at the last release (undefined for a new subgraph). */
  releasedSdl: string | undefined;
  /** Its changelog. */
  changelog: string;
  /** Every subgraph as it would be after the change (the changed one included). */
  subgraphs: SubgraphState[];
  /** The operations the hub's clients send. */
  operations: ClientOperation[];
}

export interface CheckReport {
  subgraph: string;
  breaking: Array<{ change: Change; declared: boolean; problem: string | null }>;
  dangerous: Change[];
  safe: Change[];
  composition: string[];
  brokenOperations: BrokenOperation[];
  ok: boolean;
}

/**
 * What a registry checks before a partner's schema change lands: the classified changes against the last release
 * (a breaking change must be declared with a migration note, and a removed field must have been deprecated in that
 * release), the composition with the other subgraphs, and every client operation against the new public schema.
 */
export async function checkSubgraph(input: CheckInput): Promise<CheckReport> {
  const current = input.subgraphs.find((s) => s.name === input.subgraph);
  if (!current) throw new Error(`Sous-graphe inconnu : ${input.subgraph}`);
  const classification = input.releasedSdl ? await classify(input.releasedSdl, current.sdl) : { breaking: [], dangerous: [], safe: [] };
  const entries = unreleasedEntries(input.changelog);
  const released = input.releasedSdl ? schemaOfSubgraph(input.releasedSdl) : null;
  const breaking = classification.breaking.map((change) => {
    const path = change.path ?? '';
    const declared = isDeclared(entries, path);
    let problem: string | null = declared ? null : `changement cassant non déclaré : ajoutez dans CHANGELOG.md, sous « Non publié », une ligne qui cite \`${path}\` et une note « Migration : … »`;
    if (change.type === 'FIELD_REMOVED' && released) {
      const [typeName, fieldName] = path.split('.') as [string, string];
      const type = released.getType(typeName) as { getFields?: () => Record<string, { deprecationReason?: string | null }> } | undefined;
      const wasDeprecated = !!type?.getFields?.()[fieldName]?.deprecationReason;
      if (!wasDeprecated) problem = `\`${path}\` est supprimé sans avoir été marqué @deprecated dans la version publiée : dépréciez-le d'abord, supprimez-le à la version suivante`;
    }
    return { change, declared, problem };
  });
  const composed = composeServices(input.subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
  const composition = composed.errors ? composed.errors.map((e) => e.message) : [];
  const brokenOperations = composed.supergraphSdl
    ? validateOperations(buildASTSchema(transformSupergraphToPublicSchema(parse(composed.supergraphSdl)), { assumeValidSDL: true }), input.operations)
    : [];
  return {
    subgraph: input.subgraph,
    breaking,
    dangerous: classification.dangerous,
    safe: classification.safe,
    composition,
    brokenOperations,
    ok: breaking.every((b) => b.problem === null) && composition.length === 0 && brokenOperations.length === 0,
  };
}

/** The report in plain words, as `npm run schema:check` prints it. */
export function describeReport(report: CheckReport): string {
  const lines = [`Sous-graphe ${report.subgraph} :`];
  if (!report.breaking.length && !report.dangerous.length && !report.safe.length) lines.push('  aucun changement depuis la dernière version publiée.');
  for (const b of report.breaking) lines.push(`  ✗ CASSANT  ${b.change.message}${b.problem ? `\n      → ${b.problem}` : ' (déclaré, avec sa note de migration)'}`);
  for (const c of report.dangerous) lines.push(`  ! RISQUÉ   ${c.message}`);
  for (const c of report.safe) lines.push(`  ✓ sûr      ${c.message}`);
  for (const error of report.composition) lines.push(`  ✗ COMPOSITION  ${error}`);
  for (const op of report.brokenOperations) lines.push(`  ✗ CLIENT   l'opération ${op.operation} (${op.source}) ne passerait plus : ${op.message}`);
  lines.push(report.ok ? '  → le changement peut être intégré.' : '  → le changement ne peut pas être intégré en l’état.');
  return lines.join('\n');
}
