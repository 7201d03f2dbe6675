import { describe, expect, it } from 'vitest';
import { codeOf, gateway, tokenFor } from '../support/client';

/**
 * The demo data holds records shaped like the PLIE du Niortais' 2018-2021 evaluation (digest-004 §3.4). The view
 * computed from them must give the document's figures.
 */
const QUERY = /* GraphQL */ `
  query ($debut: Date!, $fin: Date!) {
    plie(code: "NIORT") {
      statistiquesParcours(debut: $debut, fin: $fin) {
        prescriptions { partenaire examinees admises tauxIntegration }
        prescriptionsExaminees tauxIntegration
        entrees { total femmes hommes }
        fileActive { total }
        sorties sortiesPositives { total } tauxSortiesPositives
        sortiesParType { categorie sousType nombre }
      }
    }
  }
`;

interface Stats {
  prescriptions: Array<{ partenaire: string; examinees: number; admises: number; tauxIntegration: number }>;
  prescriptionsExaminees: number;
  tauxIntegration: number;
  entrees: { total: number; femmes: number; hommes: number };
  fileActive: { total: number };
  sorties: number;
  sortiesPositives: { total: number };
  tauxSortiesPositives: number;
  sortiesParType: Array<{ categorie: string; sousType: string; nombre: number }>;
}

const niort = { sub: 'coordination-niort', org: { type: 'PLIE' as const, id: 'NIORT' }, roles: ['COORDINATION_PLIE' as const], plies: ['NIORT'] };
const copilNiort = { sub: 'copil-niort', org: { type: 'FINANCEUR' as const, id: 'cd79' }, roles: ['COPIL' as const], plies: ['NIORT'] };

async function stats(debut: string, fin: string): Promise<Stats> {
  const response = await gateway<{ plie: { statistiquesParcours: Stats } }>(await tokenFor(niort), QUERY, { debut, fin });
  expect(response.errors).toBeUndefined();
  return response.data!.plie.statistiquesParcours;
}

describe('the Niort 2018-2021 evaluation, recomputed', () => {
  it('is the coordination’s: COPIL members read the same figures masked, in the COPIL view', async () => {
    const response = await gateway(await tokenFor(copilNiort), QUERY, { debut: '2021-06-01', fin: '2021-06-30' });
    expect(codeOf(response)).toBe('FORBIDDEN');
    expect(response.data?.plie).toBeNull();
  });

  it('gives the document’s totals over the four years', async () => {
    const s = await stats('2018-01-01', '2021-12-31');
    expect(s.prescriptionsExaminees).toBe(1071);
    expect(Object.fromEntries(s.prescriptions.map((p) => [p.partenaire, p.examinees]))).toEqual({ CCAS: 18, DEPARTEMENT: 508, FRANCE_TRAVAIL: 464, SIAE: 81 });
    expect(s.entrees.total).toBe(697);
    expect(s.tauxIntegration).toBe(65.1);
    expect(s.fileActive.total).toBe(792);
    expect(s.sortiesPositives.total).toBe(269);
    expect(s.sorties).toBe(672);
    expect(s.tauxSortiesPositives).toBe(40);
    const positives = Object.fromEntries(s.sortiesParType.filter((t) => t.categorie === 'POSITIVE').map((t) => [t.sousType, t.nombre]));
    expect(positives).toEqual({
      CDI: 37,
      CDD_6_MOIS_ET_PLUS: 78,
      MISSIONS_CLAUSES_600H: 2,
      ALTERNANCE: 5,
      CDDI_PLUS_12_MOIS: 54,
      CONTRAT_AIDE_PLUS_1_AN: 10,
      FORMATION_QUALIFIANTE: 78,
      CREATION_ENTREPRISE: 5,
    });
    expect(s.entrees.femmes / s.entrees.total).toBeGreaterThan(0.42);
    expect(s.entrees.femmes / s.entrees.total).toBeLessThan(0.54);
  });

  it.each([
    ['2018', 335, 207, 61.8, 64],
    ['2019', 271, 196, 72.3, 68],
    ['2020', 229, 133, 58.1, 59],
    ['2021', 236, 161, 68.2, 78],
  ])('gives the document’s figures for %s', async (year, prescriptions, entrees, taux, positives) => {
    const s = await stats(`${year}-01-01`, `${year}-12-31`);
    expect(s.prescriptionsExaminees).toBe(prescriptions);
    expect(s.entrees.total).toBe(entrees);
    expect(s.tauxIntegration).toBe(taux);
    expect(s.sortiesPositives.total).toBe(positives);
  });

  it('refuses the figures of a PLIE the caller does not work for', async () => {
    const response = await gateway(await tokenFor('copil'), QUERY, { debut: '2018-01-01', fin: '2021-12-31' });
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
