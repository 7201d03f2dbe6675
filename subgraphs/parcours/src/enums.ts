import { registerEnumType } from 'type-graphql';

/** Enumerations of the parcours subgraph's schema, registered once. */
export enum TypeCommissionEnum {
  INTEGRATION = 'INTEGRATION',
  SUIVI = 'SUIVI',
  SORTIE = 'SORTIE',
}
registerEnumType(TypeCommissionEnum, { name: 'TypeCommission' });

export enum PartenaireEnum {
  FRANCE_TRAVAIL = 'FRANCE_TRAVAIL',
  DEPARTEMENT = 'DEPARTEMENT',
  MISSION_LOCALE = 'MISSION_LOCALE',
  SIAE = 'SIAE',
  CCAS = 'CCAS',
  AUTRE = 'AUTRE',
}
registerEnumType(PartenaireEnum, { name: 'Partenaire', description: 'Qui a prescrit : les trois partenaires du hub, ou une fiche papier (SIAE, CCAS, autre).' });

export enum StatutDecisionEnum {
  ADMIS = 'ADMIS',
  AJOURNE = 'AJOURNE',
  REFUSE = 'REFUSE',
  REORIENTE = 'REORIENTE',
}
registerEnumType(StatutDecisionEnum, { name: 'StatutDecision' });

export enum StatutParcoursEnum {
  EN_ATTENTE = 'EN_ATTENTE',
  ACTIF = 'ACTIF',
  EN_VEILLE = 'EN_VEILLE',
  SORTI = 'SORTI',
  SUIVI_POST_SORTIE = 'SUIVI_POST_SORTIE',
}
registerEnumType(StatutParcoursEnum, { name: 'StatutParcours' });

export enum CategorieSortieEnum {
  POSITIVE = 'POSITIVE',
  DYNAMIQUE = 'DYNAMIQUE',
  REDUCTION_FREINS = 'REDUCTION_FREINS',
  AUTRE = 'AUTRE',
}
registerEnumType(CategorieSortieEnum, { name: 'CategorieSortie' });

export enum TypeEtapeEnum {
  EMPLOI = 'EMPLOI',
  FORMATION = 'FORMATION',
  SIAE = 'SIAE',
  IMMERSION = 'IMMERSION',
  LEVEE_FREIN = 'LEVEE_FREIN',
  MISSION_CLAUSE = 'MISSION_CLAUSE',
}
registerEnumType(TypeEtapeEnum, { name: 'TypeEtape' });

export enum ModeEntretienEnum {
  PRESENTIEL = 'PRESENTIEL',
  TELEPHONE = 'TELEPHONE',
  VISIO = 'VISIO',
}
registerEnumType(ModeEntretienEnum, { name: 'ModeEntretien' });

export enum TypeSituationSortieEnum {
  EMPLOI = 'EMPLOI',
  FORMATION = 'FORMATION',
  CREATION_ENTREPRISE = 'CREATION_ENTREPRISE',
  SANS_EMPLOI_NI_FORMATION = 'SANS_EMPLOI_NI_FORMATION',
}
registerEnumType(TypeSituationSortieEnum, { name: 'TypeSituationSortie' });

export enum TypeContratEnum {
  CDI = 'CDI',
  CDD = 'CDD',
  INTERIM = 'INTERIM',
  CONTRAT_AIDE = 'CONTRAT_AIDE',
  CDDI = 'CDDI',
  CTTI = 'CTTI',
  MISSION_AI = 'MISSION_AI',
  ALTERNANCE = 'ALTERNANCE',
  SAISONNIER = 'SAISONNIER',
  CESU = 'CESU',
}
registerEnumType(TypeContratEnum, { name: 'TypeContrat' });

export enum StatutEmploiEntreeEnum {
  CHOMEUR = 'CHOMEUR',
  CHOMEUR_LONGUE_DUREE = 'CHOMEUR_LONGUE_DUREE',
  INACTIF = 'INACTIF',
  EMPLOYE = 'EMPLOYE',
}
registerEnumType(StatutEmploiEntreeEnum, { name: 'StatutEmploiEntree', description: 'Situation sur le marché du travail à l’entrée (indicateurs FSE+ EECO02-05).' });

export enum StatutParticipantEnum {
  DELD = 'DELD',
  RSA = 'RSA',
  ASS = 'ASS',
  RQTH = 'RQTH',
  JEUNE_ML = 'JEUNE_ML',
  FIN_SIAE = 'FIN_SIAE',
}
registerEnumType(StatutParticipantEnum, { name: 'StatutParticipant', description: 'Statuts cumulables de la personne (« le statut seul ne constitue pas un critère »).' });

export enum AlerteEnum {
  SANS_CONTACT = 'SANS_CONTACT',
  FIN_MESURE_PROCHE = 'FIN_MESURE_PROCHE',
  CONFIRMATION_6_MOIS_ATTENDUE = 'CONFIRMATION_6_MOIS_ATTENDUE',
  DUREE_MAXIMALE_ATTEINTE = 'DUREE_MAXIMALE_ATTEINTE',
}
registerEnumType(AlerteEnum, {
  name: 'Alerte',
  valuesConfig: {
    SANS_CONTACT: { description: 'Aucun entretien avec la personne présente depuis plus que le délai du PLIE.' },
    FIN_MESURE_PROCHE: { description: 'La mesure se termine dans les 30 jours : renouveler ou préparer la sortie.' },
    CONFIRMATION_6_MOIS_ATTENDUE: { description: 'Sortie positive de plus de 6 mois à confirmer.' },
    DUREE_MAXIMALE_ATTEINTE: { description: 'Le parcours atteint la durée maximale du PLIE.' },
  },
});
