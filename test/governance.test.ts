import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkSubgraph, classify, clientOperations, currentSubgraphs, latestRelease, readChangelog, releasedSdl, type SubgraphState, TRUSTED_DOCUMENTS_PATH, trustedDocuments } from '@plie-hub/governance';

/** The current subgraphs with one of them replaced by an edited SDL. */
async function withEdit(name: string, edit: (sdl: string) => string): Promise<SubgraphState[]> {
  return (await currentSubgraphs()).map((s) => (s.name === name ? { ...s, sdl: edit(s.sdl) } : s));
}

async function check(name: string, subgraphs: SubgraphState[], changelog = readChangelog(name), released = releasedSdl(latestRelease()!, name)) {
  return checkSubgraph({ subgraph: name, releasedSdl: released, changelog, subgraphs, operations: clientOperations() });
}

/**
 * One edit judged alone: against the subgraph as it is now rather than as last released, so that changes waiting
 * in « Non publié » do not mix with the edit under test.
 */
async function checkEditAlone(name: string, subgraphs: SubgraphState[], changelog = '## Non publié\n') {
  const current = (await currentSubgraphs()).find((s) => s.name === name)!.sdl;
  return check(name, subgraphs, changelog, current);
}

describe('schema governance', () => {
  it('passes on the repository as it is', async () => {
    const subgraphs = await currentSubgraphs();
    for (const subgraph of subgraphs) expect((await check(subgraph.name, subgraphs)).ok, subgraph.name).toBe(true);
    expect(JSON.parse(readFileSync(TRUSTED_DOCUMENTS_PATH, 'utf8')), 'run npm run schema:documents').toEqual(trustedDocuments(clientOperations()));
  });

  it('reports a renamed field as breaking and names the client operation that uses it', async () => {
    const subgraphs = await withEdit('clauses', (sdl) => sdl.replace(/^(\s*)objet: String!/m, '$1intituleMarche: String!'));
    const report = await check('clauses', subgraphs);
    expect(report.ok).toBe(false);
    expect(report.breaking.map((b) => b.change.path)).toContain('Marche.objet');
    expect(report.brokenOperations).toContainEqual(expect.objectContaining({ operation: 'MesMarches', message: expect.stringContaining('objet') }));
  });

  it('classifies an added nullable field as safe', async () => {
    const subgraphs = await withEdit('clauses', (sdl) => sdl.replace(/^(\s*)objet: String!/m, '$1objet: String!\n$1codeCpv: String'));
    const report = await checkEditAlone('clauses', subgraphs);
    expect(report.ok).toBe(true);
    expect(report.breaking).toEqual([]);
    expect(report.safe.map((c) => c.path)).toContain('Marche.codeCpv');
  });

  it('accepts a second @key, which still composes', async () => {
    const subgraphs = await withEdit('clauses', (sdl) => sdl.replace('type Marche @key(fields: "id")', 'type Marche @key(fields: "id") @key(fields: "plieCode reference")'));
    const report = await checkEditAlone('clauses', subgraphs);
    expect(report.composition).toEqual([]);
    expect(report.breaking).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('lets a field go in two releases: deprecated first, then removed with a migration note once no client reads it', async () => {
    const released = releasedSdl(latestRelease()!, 'clauses')!;
    const deprecated = released.replace(/^(\s*)dureeMois: Int!/m, '$1dureeMois: Int! @deprecated(reason: "Utiliser la date de fin")');
    expect((await classify(released, deprecated)).breaking).toEqual([]);
    // The next release removes it from the schema as it is now (the hub's clients' operations use today's fields).
    const current = await currentSubgraphs();
    const deprecatedNow = current.find((s) => s.name === 'clauses')!.sdl.replace(/^(\s*)dureeMois: Int!/m, '$1dureeMois: Int! @deprecated(reason: "Utiliser la date de fin")');
    const removed = current.map((s) => (s.name === 'clauses' ? { ...s, sdl: deprecatedNow.replace(/^\s*dureeMois: Int! @deprecated.*\n/m, '') } : s));
    const undeclared = await check('clauses', removed, '## Non publié\n', deprecatedNow);
    expect(undeclared.ok).toBe(false);
    expect(undeclared.breaking[0]!.problem).toMatch(/non déclaré/);
    const note = '## Non publié\n- `Marche.dureeMois` retiré. Migration : utiliser la date de fin du marché.\n';
    const declared = await check('clauses', removed, note, deprecatedNow);
    expect(declared.breaking.map((b) => b.problem)).toEqual([null]);
    // Declared is not enough while a client still reads it (the console's marché page): the check names it…
    expect(declared.ok).toBe(false);
    expect(declared.brokenOperations.map((o) => o.source)).toEqual([expect.stringMatching(/^packages\/web\/src\/screens\/facilitateur\/marche\.graphql#/)]);
    // …and lets the removal through once no client operation reads the field any more.
    const operations = clientOperations().filter((o) => !/\bdureeMois\b/.test(o.document));
    expect((await checkSubgraph({ subgraph: 'clauses', releasedSdl: deprecatedNow, changelog: note, subgraphs: removed, operations })).ok).toBe(true);
  });

  it('refuses removing a field that was not deprecated in the released version, even declared', async () => {
    const subgraphs = await withEdit('clauses', (sdl) => sdl.replace(/^\s*dureeMois: Int!\n/m, ''));
    const report = await checkEditAlone('clauses', subgraphs, '## Non publié\n- `Marche.dureeMois` retiré. Migration : aucune.\n');
    expect(report.breaking[0]!.problem).toMatch(/sans avoir été marqué @deprecated/);
  });

  it('names both subgraphs and the type when two partners conflict', async () => {
    const subgraphs = await withEdit('financements', (sdl) => sdl.replace('type Plie @key(fields: "code") {\n  code: ID!', 'type Plie @key(fields: "code") {\n  code: String!'));
    const report = await check('financements', subgraphs);
    expect(report.ok).toBe(false);
    expect(report.composition.join('\n')).toMatch(/Plie\.code/);
    expect(report.composition.join('\n')).toMatch(/financements/);
    expect(report.composition.join('\n')).toMatch(/parcours|clauses/);
  });
});

describe('trusted documents mode', () => {
  it('runs a trusted document by its hash and refuses any other document', async () => {
    const { startGateway, tokenFor, gateway } = await import('./support/client');
    const manifest = trustedDocuments(clientOperations());
    const [hash] = Object.entries(manifest).find(([, document]) => document.includes('query MesMarches'))!;
    const strict = await startGateway({ PLIE_TRUSTED_DOCUMENTS_ONLY: 'true' });
    try {
      const token = await tokenFor('facilitateur');
      const trusted = await fetch(strict.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
      });
      const body = (await trusted.json()) as { data?: { marches: { nodes: unknown[] } }; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(body.data!.marches.nodes.length).toBeGreaterThan(0);
      const arbitrary = await gateway(token, '{ marches(first: 1) { nodes { id } } }', undefined, {}, strict.url);
      expect(arbitrary.errors?.length).toBeGreaterThan(0);
      expect(arbitrary.data ?? null).toBeNull();
    } finally {
      await strict.close();
    }
  });
});
