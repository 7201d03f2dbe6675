import { describe, expect, it } from 'vitest';
import { FLANDRE_LYS, NATIONAL, NIORT } from './rule-sets';
import { computeSortie, type SituationSortie } from './sortie-rules';

const emploi = (contrat: SituationSortie['contrat'], extra: Partial<SituationSortie> = {}): SituationSortie => ({ type: 'EMPLOI', contrat, ...extra });

describe('Niort rule set', () => {
  it.each<[string, SituationSortie, string, string]>([
    ['CDI at 17.5 h is positive', emploi('CDI', { heuresHebdo: 17.5 }), 'POSITIVE', 'CDI'],
    ['CDI at 17 h is dynamic', emploi('CDI', { heuresHebdo: 17 }), 'DYNAMIQUE', 'EMPLOI_NON_DURABLE'],
    ['CDD of 6 months half-time same employer is positive', emploi('CDD', { dureeMois: 6, heuresHebdo: 20, memeEmployeur: true }), 'POSITIVE', 'CDD_6_MOIS_ET_PLUS'],
    ['CDD of 5 months is dynamic', emploi('CDD', { dureeMois: 5, heuresHebdo: 35, memeEmployeur: true }), 'DYNAMIQUE', 'EMPLOI_NON_DURABLE'],
    ['CDD of 6 months across employers is dynamic', emploi('CDD', { dureeMois: 6, heuresHebdo: 35, memeEmployeur: false }), 'DYNAMIQUE', 'EMPLOI_NON_DURABLE'],
    ['CDDI of 13 months is positive', emploi('CDDI', { dureeMois: 13 }), 'POSITIVE', 'CDDI_PLUS_12_MOIS'],
    ['CDDI of exactly 12 months is not', emploi('CDDI', { dureeMois: 12 }), 'DYNAMIQUE', 'EMPLOI_NON_DURABLE'],
    ['intérim 6 months without interruption is positive', emploi('INTERIM', { moisSansInterruption: 6 }), 'POSITIVE', 'INTERIM'],
    ['intérim with 600 h of clause missions over 6 months is positive', emploi('INTERIM', { moisSansInterruption: 3, heuresClauses6DerniersMois: 600 }), 'POSITIVE', 'MISSIONS_CLAUSES_600H'],
    ['intérim with 599 h of clause missions is dynamic', emploi('INTERIM', { moisSansInterruption: 3, heuresClauses6DerniersMois: 599 }), 'DYNAMIQUE', 'EMPLOI_NON_DURABLE'],
    ['seasonal full-time 8 months in 12 is positive', emploi('SAISONNIER', { heuresHebdo: 35, moisEnEmploiSur12: 8 }), 'POSITIVE', 'SAISONNIER_TEMPS_PLEIN'],
    ['formation qualifiante of 300 h is positive', { type: 'FORMATION', formationQualifiante: true, formationHeures: 300 }, 'POSITIVE', 'FORMATION_QUALIFIANTE'],
    ['formation qualifiante of 299 h is dynamic', { type: 'FORMATION', formationQualifiante: true, formationHeures: 299 }, 'DYNAMIQUE', 'FORMATION_NON_QUALIFIANTE'],
    ['business validated by the commission is positive', { type: 'CREATION_ENTREPRISE', creationValideeCommission: true }, 'POSITIVE', 'CREATION_ENTREPRISE'],
    ['CESU is never positive', emploi('CESU', { heuresHebdo: 35, dureeMois: 24 }), 'DYNAMIQUE', 'EMPLOI_NON_DURABLE'],
    ['no job but freins reduced', { type: 'SANS_EMPLOI_NI_FORMATION', freinsReduits: true }, 'REDUCTION_FREINS', 'LEVEE_DE_FREINS'],
    ['no job, no progress: the motif', { type: 'SANS_EMPLOI_NI_FORMATION', motif: 'DEMENAGEMENT' }, 'AUTRE', 'DEMENAGEMENT'],
  ])('%s', (_label, situation, categorie, sousType) => {
    expect(computeSortie(NIORT, situation)).toMatchObject({ categorie, sousType });
  });
});

describe('Flandre Lys rule set', () => {
  it.each<[string, SituationSortie, string]>([
    ['CDD of 7 months is positive', emploi('CDD', { dureeMois: 7, heuresHebdo: 10 }), 'POSITIVE'],
    ['CDD of exactly 6 months is not (more than 6 months)', emploi('CDD', { dureeMois: 6 }), 'DYNAMIQUE'],
    ['intérim of 1 215 h over 12 months is positive', emploi('INTERIM', { heures12DerniersMois: 1215 }), 'POSITIVE'],
    ['intérim of 1 214 h is not', emploi('INTERIM', { heures12DerniersMois: 1214 }), 'DYNAMIQUE'],
    ['a CDDI is not an exit', emploi('CDDI', { dureeMois: 24 }), 'AUTRE'],
    ['a certified training is positive', { type: 'FORMATION', formationCertifiante: true, formationHeures: 100 }, 'POSITIVE'],
  ])('%s', (_label, situation, categorie) => {
    expect(computeSortie(FLANDRE_LYS, situation).categorie).toBe(categorie);
  });

  it('differs from Niort on a CDDI of 13 months: positive there, not an exit here', () => {
    const cddi = emploi('CDDI', { dureeMois: 13, heuresHebdo: 26 });
    expect(computeSortie(NIORT, cddi).categorie).toBe('POSITIVE');
    expect(computeSortie(FLANDRE_LYS, cddi).categorie).toBe('AUTRE');
  });
});

describe('national default', () => {
  it('counts any CDI, and intérim only beyond 6 months', () => {
    expect(computeSortie(NATIONAL, emploi('CDI', { heuresHebdo: 10 })).categorie).toBe('POSITIVE');
    expect(computeSortie(NATIONAL, emploi('INTERIM', { dureeMois: 6 })).categorie).toBe('DYNAMIQUE');
    expect(computeSortie(NATIONAL, emploi('INTERIM', { dureeMois: 7 })).categorie).toBe('POSITIVE');
  });
});
