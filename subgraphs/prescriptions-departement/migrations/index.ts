import { AddAnonymisation1764720000000, createPrescriptionMigration, IndexPrescriptionTransmission1764979200000 } from '@plie-hub/prescription';

/** In order of application. */
export const migrations = [
  createPrescriptionMigration(`
    organisme_payeur text NOT NULL CHECK (organisme_payeur IN ('CAF', 'MSA')),
    numero_allocataire text NOT NULL CHECK (numero_allocataire ~ '^[0-9]{6,13}$'),
    date_ouverture_droit_rsa date NOT NULL,
    soumis_droits_et_devoirs boolean NOT NULL,
    orientation text NOT NULL CHECK (orientation IN ('PROFESSIONNELLE', 'SOCIO_PROFESSIONNELLE', 'SOCIALE')),
    referent_unique_rsa text NOT NULL,
    cer_en_cours boolean NOT NULL,
    cer_date_fin date,
    service_territorial text NOT NULL`),
  AddAnonymisation1764720000000,
  IndexPrescriptionTransmission1764979200000,
];
