import { AddAnonymisation1764720000000, createPrescriptionMigration, IndexPrescriptionTransmission1764979200000 } from '@plie-hub/prescription';

/** In order of application. */
export const migrations = [
  createPrescriptionMigration(`
    identifiant_france_travail text NOT NULL CHECK (identifiant_france_travail ~ '^[0-9]{7}[0-9A-Z]$'),
    categorie_demandeur text NOT NULL CHECK (categorie_demandeur IN ('A', 'B', 'C', 'D', 'E')),
    date_inscription date NOT NULL,
    agence_code text NOT NULL,
    conseiller text NOT NULL,
    modalite_accompagnement text NOT NULL CHECK (modalite_accompagnement IN ('SUIVI', 'GUIDE', 'RENFORCE', 'GLOBAL'))`),
  AddAnonymisation1764720000000,
  IndexPrescriptionTransmission1764979200000,
];
