import type { Rule, RuleSet } from './sortie-rules';

/** What every rule set ends with: non-qualifying jobs and trainings are dynamic, then freins, then the motif. */
const FIN_COMMUNE: Rule[] = [
  { categorie: 'DYNAMIQUE', sousType: 'EMPLOI_NON_DURABLE', si: { type: 'EMPLOI' } },
  { categorie: 'DYNAMIQUE', sousType: 'FORMATION_NON_QUALIFIANTE', si: { type: 'FORMATION' } },
  { categorie: 'DYNAMIQUE', sousType: 'CREATION_NON_VALIDEE', si: { type: 'CREATION_ENTREPRISE' } },
  { categorie: 'REDUCTION_FREINS', sousType: 'LEVEE_DE_FREINS', si: { freinsReduits: true } },
  { categorie: 'AUTRE', sousType: '$motif', si: {} },
];

/** Niort, protocole 2022-2028, art. 3 (digest-004 §2.9 and §3.2). */
export const NIORT: RuleSet = {
  code: 'NIORT-2022',
  nom: 'PLIE du Niortais, protocole 2022-2028',
  source: 'Protocole PLIE de l’Agglomération Niortaise 2022-2028, article 3',
  regles: [
    { categorie: 'POSITIVE', sousType: 'CDI', si: { type: 'EMPLOI', contrats: ['CDI'], minHeuresHebdo: 17.5 } },
    { categorie: 'POSITIVE', sousType: 'CDD_6_MOIS_ET_PLUS', si: { type: 'EMPLOI', contrats: ['CDD'], minDureeMois: 6, minHeuresHebdo: 17.5, memeEmployeur: true } },
    { categorie: 'POSITIVE', sousType: 'CONTRAT_AIDE_PLUS_1_AN', si: { type: 'EMPLOI', contrats: ['CONTRAT_AIDE'], plusDeMois: 12 } },
    { categorie: 'POSITIVE', sousType: 'CDDI_PLUS_12_MOIS', si: { type: 'EMPLOI', contrats: ['CDDI'], plusDeMois: 12 } },
    { categorie: 'POSITIVE', sousType: 'ALTERNANCE', si: { type: 'EMPLOI', contrats: ['ALTERNANCE'], minDureeMois: 6 } },
    { categorie: 'POSITIVE', sousType: 'SAISONNIER_TEMPS_PLEIN', si: { type: 'EMPLOI', contrats: ['SAISONNIER'], minHeuresHebdo: 35, minMoisEnEmploiSur12: 8 } },
    { categorie: 'POSITIVE', sousType: 'INTERIM', si: { type: 'EMPLOI', contrats: ['INTERIM'], minMoisSansInterruption: 6 } },
    { categorie: 'POSITIVE', sousType: 'MISSIONS_CLAUSES_600H', si: { type: 'EMPLOI', contrats: ['INTERIM'], minHeuresClauses6DerniersMois: 600 } },
    { categorie: 'POSITIVE', sousType: 'FORMATION_QUALIFIANTE', si: { type: 'FORMATION', formationQualifiante: true, minFormationHeures: 300 } },
    { categorie: 'POSITIVE', sousType: 'CREATION_ENTREPRISE', si: { type: 'CREATION_ENTREPRISE', creationValideeCommission: true } },
    ...FIN_COMMUNE,
  ],
};

const CONTRATS_INSERTION = ['CDDI', 'CTTI', 'MISSION_AI'] as const;

/** Flandre Lys, appel à projets 2017-2018: contracts of more than 6 months, SIAE and CUI-CAE contracts excluded. */
export const FLANDRE_LYS: RuleSet = {
  code: 'FLANDRE-LYS-2017',
  nom: 'PLIE Flandre Lys, appel à projets 2017-2018',
  source: 'PLIE Flandre Lys, appel à projets 2017-2018 (seed 003)',
  regles: [
    {
      categorie: 'POSITIVE',
      sousType: 'CONTRAT_PLUS_6_MOIS',
      si: { type: 'EMPLOI', contrats: ['CDI', 'CDD', 'ALTERNANCE', 'SAISONNIER'], plusDeMois: 6 },
    },
    { categorie: 'POSITIVE', sousType: 'INTERIM_1215H', si: { type: 'EMPLOI', contrats: ['INTERIM'], minHeures12DerniersMois: 1215 } },
    { categorie: 'POSITIVE', sousType: 'FORMATION_CERTIFIANTE', si: { type: 'FORMATION', formationCertifiante: true } },
    { categorie: 'POSITIVE', sousType: 'CREATION_ACTIVE_6_MOIS', si: { type: 'CREATION_ENTREPRISE', creationActiveA6Mois: true } },
    // Insertion contracts continue the path to employment rather than end it.
    { categorie: 'AUTRE', sousType: 'CONTRAT_INSERTION', si: { type: 'EMPLOI', contrats: [...CONTRATS_INSERTION, 'CONTRAT_AIDE'] } },
    ...FIN_COMMUNE,
  ],
};

/** National default, as most protocoles write it (e.g. Hauts de Garonne): durable jobs attested at 6 months. */
export const NATIONAL: RuleSet = {
  code: 'NATIONAL',
  nom: 'Règles communes par défaut',
  source: 'Usage commun des protocoles PLIE (Hauts de Garonne : CDI, CDD ≥ 6 mois, alternance 6 mois, intérim > 6 mois, création)',
  regles: [
    { categorie: 'POSITIVE', sousType: 'CDI', si: { type: 'EMPLOI', contrats: ['CDI'] } },
    { categorie: 'POSITIVE', sousType: 'CDD_6_MOIS_ET_PLUS', si: { type: 'EMPLOI', contrats: ['CDD'], minDureeMois: 6 } },
    { categorie: 'POSITIVE', sousType: 'ALTERNANCE', si: { type: 'EMPLOI', contrats: ['ALTERNANCE'], minDureeMois: 6 } },
    { categorie: 'POSITIVE', sousType: 'INTERIM', si: { type: 'EMPLOI', contrats: ['INTERIM'], plusDeMois: 6 } },
    { categorie: 'POSITIVE', sousType: 'FORMATION_QUALIFIANTE', si: { type: 'FORMATION', formationQualifiante: true } },
    { categorie: 'POSITIVE', sousType: 'CREATION_ENTREPRISE', si: { type: 'CREATION_ENTREPRISE', creationActiveA6Mois: true } },
    ...FIN_COMMUNE,
  ],
};

export const RULE_SETS: readonly RuleSet[] = [NIORT, FLANDRE_LYS, NATIONAL];
