import { VERSIONED_RECORD_COLUMNS_SQL } from '@plie-hub/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AddMatchKeyToPersonneEligible1764633600000 } from './1764633600000-AddMatchKeyToPersonneEligible';
import { AddAnonymisation1764720000000 } from './1764720000000-AddAnonymisation';
import { AddPlieToHeuresInsertion1764806400000 } from './1764806400000-AddPlieToHeuresInsertion';
import { SummariseHeuresParPlieEtMois1765152000000 } from './1765152000000-SummariseHeuresParPlieEtMois';
import { AddPlieToContratClause1765238400000 } from './1765238400000-AddPlieToContratClause';
import { HeuresPlieFromContrat1765324800000 } from './1765324800000-HeuresPlieFromContrat';

/** Buyers, marchés and lots with their engagement, companies, eligible people, contracts and monthly hours. */
class CreateClauses1763800000000 implements MigrationInterface {
  name = 'CreateClauses1763800000000';

  async up(runner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE donneur_ordre (
         id uuid PRIMARY KEY, nom text NOT NULL, siret text NOT NULL UNIQUE CHECK (siret ~ '^[0-9]{14}$'),
         type text NOT NULL CHECK (type IN ('COMMUNE', 'EPCI', 'DEPARTEMENT', 'REGION', 'BAILLEUR_SOCIAL', 'ETAT', 'HOPITAL', 'AUTRE')),
         plies text[] NOT NULL, ${VERSIONED_RECORD_COLUMNS_SQL})`,
      `CREATE TABLE marche (
         id uuid PRIMARY KEY, plie_code text NOT NULL, donneur_ordre_id uuid NOT NULL REFERENCES donneur_ordre (id),
         reference text NOT NULL, objet text NOT NULL,
         type_marche text NOT NULL CHECK (type_marche IN ('TRAVAUX', 'SERVICES', 'FOURNITURES')),
         base_juridique text NOT NULL CHECK (base_juridique IN ('CONDITION_EXECUTION', 'MARCHE_RESERVE', 'CRITERE_ATTRIBUTION')),
         date_notification date NOT NULL, duree_mois int NOT NULL CHECK (duree_mois BETWEEN 1 AND 120),
         montant_ht numeric(14, 2) NOT NULL CHECK (montant_ht > 0), ${VERSIONED_RECORD_COLUMNS_SQL},
         UNIQUE (plie_code, reference))`,
      'CREATE INDEX marche_plie_notification ON marche (plie_code, date_notification DESC, id DESC)',
      'CREATE INDEX marche_donneur ON marche (donneur_ordre_id)',
      `CREATE TABLE entreprise (
         id uuid PRIMARY KEY, siret text NOT NULL UNIQUE CHECK (siret ~ '^[0-9]{14}$'), nom text NOT NULL, naf text)`,
      `CREATE TABLE lot (
         id uuid PRIMARY KEY, marche_id uuid NOT NULL REFERENCES marche (id), numero int NOT NULL, intitule text NOT NULL,
         heures_travail int CHECK (heures_travail > 0), taux_insertion numeric(5, 2) CHECK (taux_insertion > 0 AND taux_insertion <= 100),
         heures_engagees int NOT NULL CHECK (heures_engagees >= 0), modalites text[] NOT NULL DEFAULT '{}',
         UNIQUE (marche_id, numero))`,
      `CREATE TABLE attribution (
         lot_id uuid NOT NULL REFERENCES lot (id), entreprise_id uuid NOT NULL REFERENCES entreprise (id), PRIMARY KEY (lot_id, entreprise_id))`,
      `CREATE TABLE personne_eligible (
         id uuid PRIMARY KEY, plie_code text NOT NULL, participant_id uuid,
         nom text, prenoms text, sexe text NOT NULL CHECK (sexe IN ('FEMME', 'HOMME')), date_naissance date NOT NULL, qpv boolean NOT NULL,
         critere text NOT NULL CHECK (critere IN ('PARTICIPANT_PLIE', 'DELD', 'RSA_ASS', 'JEUNE_PEU_QUALIFIE', 'RQTH', 'SENIOR_DE', 'AGREMENT_SIAE', 'AUTRE')),
         justificatif text NOT NULL, eligible_du date NOT NULL, eligible_au date NOT NULL, cree_le timestamptz NOT NULL DEFAULT now(),
         CHECK (participant_id IS NOT NULL OR (nom IS NOT NULL AND prenoms IS NOT NULL)), CHECK (eligible_au >= eligible_du))`,
      'CREATE INDEX personne_eligible_participant ON personne_eligible (participant_id)',
      `CREATE TABLE contrat_clause (
         id uuid PRIMARY KEY, reference text NOT NULL UNIQUE, personne_id uuid NOT NULL REFERENCES personne_eligible (id),
         lot_id uuid NOT NULL REFERENCES lot (id), employeur_id uuid NOT NULL REFERENCES entreprise (id),
         modalite text NOT NULL CHECK (modalite IN ('EMBAUCHE_DIRECTE', 'MISE_A_DISPOSITION_ETTI', 'MISE_A_DISPOSITION_AI', 'MISE_A_DISPOSITION_GEIQ', 'MISE_A_DISPOSITION_ETT', 'SOUS_TRAITANCE_SIAE', 'FORMATION')),
         type_contrat text NOT NULL CHECK (type_contrat IN ('CDI', 'CDD', 'INTERIM', 'CDDI', 'CTTI', 'ALTERNANCE', 'AUTRE')),
         debut date NOT NULL, fin date, heures_hebdo numeric(4, 1) NOT NULL CHECK (heures_hebdo > 0 AND heures_hebdo <= 48),
         ${VERSIONED_RECORD_COLUMNS_SQL}, CHECK (fin IS NULL OR fin >= debut))`,
      'CREATE INDEX contrat_lot ON contrat_clause (lot_id)',
      'CREATE INDEX contrat_personne ON contrat_clause (personne_id)',
      `CREATE TABLE heures_insertion (
         contrat_id uuid NOT NULL REFERENCES contrat_clause (id), mois date NOT NULL CHECK (extract(day FROM mois) = 1),
         heures_travail numeric(6, 2) NOT NULL CHECK (heures_travail >= 0), heures_formation numeric(6, 2) NOT NULL CHECK (heures_formation >= 0),
         source text NOT NULL CHECK (source IN ('SAISIE', 'IMPORT')), saisi_par text NOT NULL, modifie_le timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (contrat_id, mois))`,
      'CREATE INDEX heures_mois ON heures_insertion (mois)',
    ];
    for (const statement of statements) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['heures_insertion', 'contrat_clause', 'personne_eligible', 'attribution', 'lot', 'entreprise', 'marche', 'donneur_ordre']) await runner.query(`DROP TABLE ${table}`);
  }
}

/** In order of application. */
export const migrations = [CreateClauses1763800000000, AddMatchKeyToPersonneEligible1764633600000, AddAnonymisation1764720000000, AddPlieToHeuresInsertion1764806400000, SummariseHeuresParPlieEtMois1765152000000, AddPlieToContratClause1765238400000, HeuresPlieFromContrat1765324800000];
