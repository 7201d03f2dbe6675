import { registerEnumType } from 'type-graphql';

export enum StatutOperationEnum {
  DEPOSEE = 'DEPOSEE',
  RECEVABLE = 'RECEVABLE',
  SELECTIONNEE = 'SELECTIONNEE',
  CONVENTIONNEE = 'CONVENTIONNEE',
  EN_COURS = 'EN_COURS',
  SOLDEE = 'SOLDEE',
  NON_RETENUE = 'NON_RETENUE',
  ABANDONNEE = 'ABANDONNEE',
}
registerEnumType(StatutOperationEnum, { name: 'StatutOperation', description: "Étape de l'opération FSE+ dans son instruction." });

export enum CategorieDepenseEnum {
  PERSONNEL = 'PERSONNEL',
  FONCTIONNEMENT = 'FONCTIONNEMENT',
  PRESTATIONS = 'PRESTATIONS',
  PARTICIPANTS = 'PARTICIPANTS',
}
registerEnumType(CategorieDepenseEnum, {
  name: 'CategorieDepense',
  valuesConfig: {
    PERSONNEL: { description: 'Dépenses directes de personnel.' },
    FONCTIONNEMENT: { description: 'Dépenses directes de fonctionnement.' },
    PRESTATIONS: { description: 'Prestations externes.' },
    PARTICIPANTS: { description: 'Dépenses liées aux participants.' },
  },
});

export enum FinanceurEnum {
  FSE = 'FSE',
  REGION = 'REGION',
  DEPARTEMENT = 'DEPARTEMENT',
  ETAT = 'ETAT',
  EPCI_COMMUNE = 'EPCI_COMMUNE',
  AUTOFINANCEMENT = 'AUTOFINANCEMENT',
  RECETTES = 'RECETTES',
}
registerEnumType(FinanceurEnum, { name: 'Financeur' });
