import { VERSIONED_RECORD_COLUMNS_SQL } from '@plie-hub/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { IndexPlanLines1764892800000 } from './1764892800000-IndexPlanLines';

/** Programme and simplified-cost options, calls for projects and fiches, operations with their plans and follow-up. */
class CreateFinancements1763800000000 implements MigrationInterface {
  name = 'CreateFinancements1763800000000';

  async up(runner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE programme (id uuid PRIMARY KEY, code text NOT NULL UNIQUE, nom text NOT NULL, priorite text NOT NULL, objectif_specifique text NOT NULL)`,
      `CREATE TABLE option_couts_simplifies (
         id uuid PRIMARY KEY, programme_id uuid NOT NULL REFERENCES programme (id), code text NOT NULL UNIQUE, libelle text NOT NULL,
         taux numeric(5, 2) NOT NULL CHECK (taux > 0 AND taux <= 100), base text[] NOT NULL, remplace_autres_couts boolean NOT NULL DEFAULT false)`,
      `CREATE TABLE appel_a_projets (
         id uuid PRIMARY KEY, numero text NOT NULL UNIQUE, annee int NOT NULL, organisme_intermediaire text NOT NULL, date_limite date NOT NULL)`,
      `CREATE TABLE fiche_operation (
         id uuid PRIMARY KEY, appel_id uuid NOT NULL REFERENCES appel_a_projets (id), numero text NOT NULL, titre text NOT NULL, plie_code text NOT NULL,
         debut date NOT NULL, fin date NOT NULL, fse_maximum numeric(14, 2) NOT NULL CHECK (fse_maximum >= 0), taux_fse_maximum numeric(5, 2) CHECK (taux_fse_maximum > 0 AND taux_fse_maximum <= 100),
         public_cible text NOT NULL, unites_mesure jsonb NOT NULL DEFAULT '[]', pieces text[] NOT NULL DEFAULT '{}', criteres text[] NOT NULL DEFAULT '{}',
         UNIQUE (appel_id, plie_code, numero), CHECK (fin >= debut))`,
      `CREATE TABLE operation (
         id uuid PRIMARY KEY, fiche_id uuid NOT NULL REFERENCES fiche_operation (id), plie_code text NOT NULL, intitule text NOT NULL,
         porteur_siret text NOT NULL CHECK (porteur_siret ~ '^[0-9]{14}$'), porteur_nom text NOT NULL,
         debut date NOT NULL, fin date NOT NULL, statut text NOT NULL CHECK (statut IN ('DEPOSEE', 'RECEVABLE', 'SELECTIONNEE', 'CONVENTIONNEE', 'EN_COURS', 'SOLDEE', 'NON_RETENUE', 'ABANDONNEE')),
         ${VERSIONED_RECORD_COLUMNS_SQL}, CHECK (fin >= debut))`,
      'CREATE INDEX operation_plie_periode ON operation (plie_code, debut, fin)',
      `CREATE TABLE transition_operation (
         id uuid PRIMARY KEY, operation_id uuid NOT NULL REFERENCES operation (id), de text, vers text NOT NULL, motif text, par_sub text NOT NULL, le timestamptz NOT NULL DEFAULT now())`,
      'CREATE INDEX transition_operation_op ON transition_operation (operation_id, le)',
      `CREATE TABLE plan_financement (
         id uuid PRIMARY KEY, operation_id uuid NOT NULL REFERENCES operation (id), annee int NOT NULL, option_id uuid REFERENCES option_couts_simplifies (id),
         ${VERSIONED_RECORD_COLUMNS_SQL}, UNIQUE (operation_id, annee))`,
      `CREATE TABLE ligne_depense (
         id uuid PRIMARY KEY, plan_id uuid NOT NULL REFERENCES plan_financement (id) ON DELETE CASCADE,
         categorie text NOT NULL CHECK (categorie IN ('PERSONNEL', 'FONCTIONNEMENT', 'PRESTATIONS', 'PARTICIPANTS')),
         libelle text NOT NULL, montant numeric(14, 2) NOT NULL CHECK (montant >= 0), etp numeric(5, 2), effectif int)`,
      `CREATE TABLE ressource (
         id uuid PRIMARY KEY, plan_id uuid NOT NULL REFERENCES plan_financement (id) ON DELETE CASCADE,
         financeur text NOT NULL CHECK (financeur IN ('FSE', 'REGION', 'DEPARTEMENT', 'ETAT', 'EPCI_COMMUNE', 'AUTOFINANCEMENT', 'RECETTES')),
         montant numeric(14, 2) NOT NULL CHECK (montant >= 0))`,
      `CREATE TABLE realise (
         id uuid PRIMARY KEY, operation_id uuid NOT NULL REFERENCES operation (id), periode_debut date NOT NULL, periode_fin date NOT NULL,
         depenses_declarees numeric(14, 2) NOT NULL CHECK (depenses_declarees >= 0), montant_retenu numeric(14, 2) CHECK (montant_retenu >= 0), fse_du numeric(14, 2),
         cree_le timestamptz NOT NULL DEFAULT now())`,
      `CREATE TABLE indicateur_realisation (
         operation_id uuid NOT NULL REFERENCES operation (id), libelle text NOT NULL, cible int NOT NULL, realise int, PRIMARY KEY (operation_id, libelle))`,
    ];
    for (const statement of statements) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['indicateur_realisation', 'realise', 'ressource', 'ligne_depense', 'plan_financement', 'transition_operation', 'operation', 'fiche_operation', 'appel_a_projets', 'option_couts_simplifies', 'programme']) {
      await runner.query(`DROP TABLE ${table}`);
    }
  }
}

/** In order of application. */
export const migrations = [CreateFinancements1763800000000, IndexPlanLines1764892800000];
