import { registerEnumType } from 'type-graphql';

export enum TypeDonneurOrdreEnum { COMMUNE = 'COMMUNE', EPCI = 'EPCI', DEPARTEMENT = 'DEPARTEMENT', REGION = 'REGION', BAILLEUR_SOCIAL = 'BAILLEUR_SOCIAL', ETAT = 'ETAT', HOPITAL = 'HOPITAL', AUTRE = 'AUTRE' }
registerEnumType(TypeDonneurOrdreEnum, { name: 'TypeDonneurOrdre', description: "Nature de l'acheteur public." });

export enum TypeMarcheEnum { TRAVAUX = 'TRAVAUX', SERVICES = 'SERVICES', FOURNITURES = 'FOURNITURES' }
registerEnumType(TypeMarcheEnum, { name: 'TypeMarche', description: 'Nature du marché public.' });

export enum BaseJuridiqueEnum { CONDITION_EXECUTION = 'CONDITION_EXECUTION', MARCHE_RESERVE = 'MARCHE_RESERVE', CRITERE_ATTRIBUTION = 'CRITERE_ATTRIBUTION' }
registerEnumType(BaseJuridiqueEnum, { name: 'BaseJuridiqueClause', description: "Fondement de la clause : condition d'exécution, marché réservé (SIAE/ESAT) ou critère d'attribution." });

export enum ModaliteEnum {
  EMBAUCHE_DIRECTE = 'EMBAUCHE_DIRECTE',
  MISE_A_DISPOSITION_ETTI = 'MISE_A_DISPOSITION_ETTI',
  MISE_A_DISPOSITION_AI = 'MISE_A_DISPOSITION_AI',
  MISE_A_DISPOSITION_GEIQ = 'MISE_A_DISPOSITION_GEIQ',
  MISE_A_DISPOSITION_ETT = 'MISE_A_DISPOSITION_ETT',
  SOUS_TRAITANCE_SIAE = 'SOUS_TRAITANCE_SIAE',
  FORMATION = 'FORMATION',
}
registerEnumType(ModaliteEnum, { name: 'ModaliteRealisation', description: 'Comment les heures sont réalisées.' });

export enum CritereEnum {
  PARTICIPANT_PLIE = 'PARTICIPANT_PLIE',
  DELD = 'DELD',
  RSA_ASS = 'RSA_ASS',
  JEUNE_PEU_QUALIFIE = 'JEUNE_PEU_QUALIFIE',
  RQTH = 'RQTH',
  SENIOR_DE = 'SENIOR_DE',
  AGREMENT_SIAE = 'AGREMENT_SIAE',
  AUTRE = 'AUTRE',
}
registerEnumType(CritereEnum, { name: 'CritereEligibilite', description: "Critère d'éligibilité vérifié au début du contrat." });

export enum TypeContratClauseEnum { CDI = 'CDI', CDD = 'CDD', INTERIM = 'INTERIM', CDDI = 'CDDI', CTTI = 'CTTI', ALTERNANCE = 'ALTERNANCE', AUTRE = 'AUTRE' }
registerEnumType(TypeContratClauseEnum, { name: 'TypeContratClause' });
