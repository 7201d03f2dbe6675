import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeSupergraph, compositionFiles, ROOT, SUBGRAPHS } from '@plie-hub/hub';

describe('composition', () => {
  it('composes the six subgraphs without error', async () => {
    const composition = await composeSupergraph();
    expect(composition.subgraphs.map((s) => s.name)).toEqual(SUBGRAPHS.map((s) => s.name));
    expect(composition.supergraphSdl).toContain('type Plie');
  });

  it('has committed schema files identical to what the code emits (run `npm run compose` when this fails)', async () => {
    for (const file of compositionFiles(await composeSupergraph())) {
      const committed = readFileSync(file.path, 'utf8');
      expect(committed, `${path.relative(ROOT, file.path)} is stale: run npm run compose`).toBe(file.content);
    }
  });
});
