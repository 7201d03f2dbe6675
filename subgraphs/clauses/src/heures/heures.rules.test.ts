import { InputCheck } from '@plie-hub/kit';
import { describe, expect, it } from 'vitest';
import { checkHeures } from './heures.rules';

const contrat = { debut: '2025-03-10', fin: '2025-05-20', reference: 'M-L1-C001' };
const problems = (mois: string, travail: number, formation = 0) => {
  const check = new InputCheck();
  checkHeures(check, contrat, mois, travail, formation);
  return check.problems.map((p) => p.field);
};

describe('monthly hours against their contract', () => {
  it('accepts hours within the days of the contract in the month', () => {
    expect(problems('2025-04', 150, 20)).toEqual([]);
    expect(problems('2025-03', 220)).toEqual([]); // 22 days × 10 h
  });

  it('refuses more than 10 hours per day of contract in the month', () => {
    expect(problems('2025-03', 221)).toEqual(['heuresTravail']);
    expect(problems('2025-05', 150, 60)).toEqual(['heuresTravail']); // 20 days: 200 h at most
  });

  it('refuses hours before the contract starts or after it ends, training hours included', () => {
    expect(problems('2025-02', 10)).toEqual(['mois']);
    expect(problems('2025-06', 0, 7)).toEqual(['mois']);
  });

  it('refuses a malformed month', () => {
    expect(problems('2025-13', 10)).toEqual(['mois']);
  });
});
