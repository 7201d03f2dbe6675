import { AddAnonymisation1764720000000, createPrescriptionMigration, IndexPrescriptionTransmission1764979200000 } from '@plie-hub/prescription';

/** In order of application. */
export const migrations = [
  createPrescriptionMigration(`
    identifiant_imilo text NOT NULL CHECK (identifiant_imilo ~ '^[0-9]{6,12}$'),
    dispositif text NOT NULL CHECK (dispositif IN ('CEJ', 'PACEA', 'AUTRE')),
    date_entree_dispositif date NOT NULL,
    conseiller text NOT NULL`),
  AddAnonymisation1764720000000,
  IndexPrescriptionTransmission1764979200000,
];
