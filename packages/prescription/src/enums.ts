import { registerEnumType } from 'type-graphql';

/** The prescriber's side of the lifecycle. The PLIE's decision is the PLIE's data, not a status here. */
export enum StatutPrescription {
  BROUILLON = 'BROUILLON',
  TRANSMISE = 'TRANSMISE',
  ANNULEE = 'ANNULEE',
  EXPIREE = 'EXPIREE',
}
registerEnumType(StatutPrescription, {
  name: 'StatutPrescription',
  description: 'Cycle de vie de la fiche côté prescripteur.',
  valuesConfig: {
    BROUILLON: { description: 'En cours de saisie, modifiable, invisible du PLIE.' },
    TRANSMISE: { description: 'Envoyée au PLIE, en attente de sa décision.' },
    ANNULEE: { description: 'Annulée par le prescripteur, avec un motif.' },
    EXPIREE: { description: 'Restée sans décision au-delà du délai fixé par le PLIE.' },
  },
});

export enum Sexe {
  FEMME = 'FEMME',
  HOMME = 'HOMME',
}
registerEnumType(Sexe, { name: 'Sexe', description: 'Sexe à l’état civil (ventilation obligatoire des indicateurs FSE+).' });
