import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { droitAccesQuery } from './droit-acces-query';

const supergraph = readFileSync(path.resolve(import.meta.dirname, '..', '..', 'supergraph.graphql'), 'utf8');

describe('right-of-access query', () => {
  it('asks for what the matrix lets the DPO read, and not for what it keeps for other roles', () => {
    const fields = new Set(droitAccesQuery(supergraph).match(/\b\w+\b/g));
    // Kept for the coordination by the matrix's exceptions: left out of the question, not refused in the answer.
    expect(fields.has('decisionCommission')).toBe(false);
    expect(fields.has('personneRapprochee')).toBe(false);
    // The person's own records, the decision on them and what became of them.
    for (const field of ['prescriptionsFranceTravail', 'decisionPlie', 'suiteParcours', 'nomNaissance', 'participations']) expect(fields.has(field), field).toBe(true);
  });
});
