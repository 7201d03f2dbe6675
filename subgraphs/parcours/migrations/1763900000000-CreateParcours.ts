import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The PLIE's settings and territory, its structures and référents, commissions, participants and their parcours. */
export class CreateParcours1763900000000 implements MigrationInterface {
  name = 'CreateParcours1763900000000';

  async up(runner: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE plie
         ADD COLUMN regle_sortie text NOT NULL DEFAULT 'NATIONAL',
         ADD COLUMN delai_sans_contact_jours int NOT NULL DEFAULT 60 CHECK (delai_sans_contact_jours BETWEEN 7 AND 365),
         ADD COLUMN duree_mesure_mois int NOT NULL DEFAULT 6 CHECK (duree_mesure_mois BETWEEN 1 AND 24),
         ADD COLUMN duree_max_mois int NOT NULL DEFAULT 24 CHECK (duree_max_mois BETWEEN 1 AND 120),
         ADD COLUMN file_active_par_etp int NOT NULL DEFAULT 80,
         ADD COLUMN objectif_participants int,
         ADD COLUMN objectif_sorties_positives int,
         ADD COLUMN fusionne_dans text REFERENCES plie (code),
         ADD COLUMN fusionne_le date`,
      `CREATE TABLE plie_commune (
         plie_code text NOT NULL REFERENCES plie (code),
         commune_insee text NOT NULL CHECK (commune_insee ~ '^[0-9][0-9AB][0-9]{3}$'),
         valide_du date NOT NULL,
         valide_au date,
         PRIMARY KEY (plie_code, commune_insee, valide_du),
         CHECK (valide_au IS NULL OR valide_au > valide_du))`,
      `CREATE TABLE structure_porteuse (
         id uuid PRIMARY KEY, plie_code text NOT NULL REFERENCES plie (code), nom text NOT NULL, siret text)`,
      `CREATE TABLE referent (
         id uuid PRIMARY KEY, plie_code text NOT NULL REFERENCES plie (code), structure_id uuid NOT NULL REFERENCES structure_porteuse (id),
         nom text NOT NULL, sub text, etp numeric(3, 2) NOT NULL CHECK (etp > 0 AND etp <= 1), actif boolean NOT NULL DEFAULT true,
         UNIQUE (plie_code, sub))`,
      `CREATE INDEX referent_sub ON referent (sub)`,
      `CREATE TABLE commission (
         id uuid PRIMARY KEY, plie_code text NOT NULL REFERENCES plie (code), date date NOT NULL,
         type text NOT NULL CHECK (type IN ('INTEGRATION', 'SUIVI', 'SORTIE')), membres text[] NOT NULL DEFAULT '{}',
         cree_le timestamptz NOT NULL DEFAULT now())`,
      `CREATE INDEX commission_plie_date ON commission (plie_code, date DESC)`,
      `CREATE TABLE participant (
         id uuid PRIMARY KEY, plie_code text NOT NULL REFERENCES plie (code), cle_rapprochement text,
         nom_naissance text NOT NULL, nom_usage text, prenoms text NOT NULL, sexe text NOT NULL CHECK (sexe IN ('FEMME', 'HOMME')),
         date_naissance date NOT NULL, commune_insee text NOT NULL,
         entree_date date NOT NULL,
         entree_statut_emploi text NOT NULL CHECK (entree_statut_emploi IN ('CHOMEUR', 'CHOMEUR_LONGUE_DUREE', 'INACTIF', 'EMPLOYE')),
         entree_age int NOT NULL, entree_tranche_cite text NOT NULL, entree_handicap boolean, entree_nationalite text NOT NULL,
         entree_sans_abri boolean NOT NULL, entree_qpv boolean NOT NULL, entree_rural boolean NOT NULL,
         statuts text[] NOT NULL DEFAULT '{}',
         version int NOT NULL DEFAULT 1, cree_le timestamptz NOT NULL DEFAULT now(), modifie_le timestamptz NOT NULL DEFAULT now())`,
      `CREATE INDEX participant_plie ON participant (plie_code, entree_date)`,
      `CREATE INDEX participant_rapprochement ON participant (cle_rapprochement)`,
      `CREATE TABLE parcours (
         id uuid PRIMARY KEY, participant_id uuid NOT NULL REFERENCES participant (id), plie_code text NOT NULL REFERENCES plie (code),
         date_entree date NOT NULL,
         statut text NOT NULL CHECK (statut IN ('EN_ATTENTE', 'ACTIF', 'EN_VEILLE', 'SORTI', 'SUIVI_POST_SORTIE')),
         referent_id uuid REFERENCES referent (id), mesure_fin date NOT NULL, date_sortie date,
         version int NOT NULL DEFAULT 1, cree_le timestamptz NOT NULL DEFAULT now(), modifie_le timestamptz NOT NULL DEFAULT now())`,
      `CREATE INDEX parcours_participant ON parcours (participant_id)`,
      `CREATE INDEX parcours_referent ON parcours (referent_id, statut)`,
      `CREATE INDEX parcours_plie_dates ON parcours (plie_code, date_entree, date_sortie)`,
      `CREATE TABLE affectation_referent (
         parcours_id uuid NOT NULL REFERENCES parcours (id), referent_id uuid NOT NULL REFERENCES referent (id), du date NOT NULL, au date,
         PRIMARY KEY (parcours_id, du))`,
      `CREATE TABLE mesure (
         parcours_id uuid NOT NULL REFERENCES parcours (id), numero int NOT NULL, debut date NOT NULL, fin date NOT NULL, bilan text,
         PRIMARY KEY (parcours_id, numero))`,
      `CREATE TABLE decision (
         id uuid PRIMARY KEY, plie_code text NOT NULL REFERENCES plie (code),
         partenaire text NOT NULL CHECK (partenaire IN ('FRANCE_TRAVAIL', 'DEPARTEMENT', 'MISSION_LOCALE', 'SIAE', 'CCAS', 'AUTRE')),
         prescription_id uuid NOT NULL, commission_id uuid NOT NULL REFERENCES commission (id),
         statut text NOT NULL CHECK (statut IN ('ADMIS', 'AJOURNE', 'REFUSE', 'REORIENTE')),
         motif text, commentaire text, solution_proximite text, decide_le timestamptz NOT NULL DEFAULT now(),
         actuelle boolean NOT NULL DEFAULT true, parcours_id uuid REFERENCES parcours (id), auteur_sub text NOT NULL,
         CHECK (statut <> 'REFUSE' OR motif IS NOT NULL), CHECK (statut <> 'REORIENTE' OR solution_proximite IS NOT NULL))`,
      `CREATE UNIQUE INDEX decision_actuelle ON decision (partenaire, prescription_id) WHERE actuelle`,
      `CREATE INDEX decision_plie_date ON decision (plie_code, decide_le)`,
      `CREATE TABLE entretien (
         id uuid PRIMARY KEY, parcours_id uuid NOT NULL REFERENCES parcours (id), date date NOT NULL,
         mode text NOT NULL CHECK (mode IN ('PRESENTIEL', 'TELEPHONE', 'VISIO')), present boolean NOT NULL,
         relance int NOT NULL DEFAULT 0 CHECK (relance BETWEEN 0 AND 2), cree_le timestamptz NOT NULL DEFAULT now())`,
      `CREATE INDEX entretien_parcours_date ON entretien (parcours_id, date DESC)`,
      `CREATE TABLE etape (
         id uuid PRIMARY KEY, parcours_id uuid NOT NULL REFERENCES parcours (id),
         type text NOT NULL CHECK (type IN ('EMPLOI', 'FORMATION', 'SIAE', 'IMMERSION', 'LEVEE_FREIN', 'MISSION_CLAUSE')),
         debut date NOT NULL, fin date, intitule text NOT NULL, attributs jsonb NOT NULL DEFAULT '{}',
         CHECK (fin IS NULL OR fin >= debut))`,
      `CREATE INDEX etape_parcours ON etape (parcours_id, debut DESC)`,
      `CREATE TABLE veille (
         id uuid PRIMARY KEY, parcours_id uuid NOT NULL REFERENCES parcours (id), motif text NOT NULL, debut date NOT NULL, fin date)`,
      `CREATE TABLE sortie (
         parcours_id uuid PRIMARY KEY REFERENCES parcours (id), date date NOT NULL, situation jsonb NOT NULL,
         regle_set text NOT NULL, categorie_calculee text NOT NULL, sous_type_calcule text NOT NULL,
         categorie text NOT NULL CHECK (categorie IN ('POSITIVE', 'DYNAMIQUE', 'REDUCTION_FREINS', 'AUTRE')), sous_type text NOT NULL,
         justification_forcage text, validee_commission_id uuid REFERENCES commission (id),
         confirmee_6_mois boolean, confirmation_le date,
         CHECK (categorie = categorie_calculee OR justification_forcage IS NOT NULL))`,
      `CREATE INDEX sortie_date ON sortie (date)`,
    ];
    for (const statement of statements) await runner.query(statement);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['sortie', 'veille', 'etape', 'entretien', 'decision', 'mesure', 'affectation_referent', 'parcours', 'participant', 'commission', 'referent', 'structure_porteuse', 'plie_commune']) {
      await runner.query(`DROP TABLE ${table}`);
    }
    await runner.query(
      'ALTER TABLE plie DROP COLUMN regle_sortie, DROP COLUMN delai_sans_contact_jours, DROP COLUMN duree_mesure_mois, DROP COLUMN duree_max_mois, DROP COLUMN file_active_par_etp, DROP COLUMN objectif_participants, DROP COLUMN objectif_sorties_positives, DROP COLUMN fusionne_dans, DROP COLUMN fusionne_le',
    );
  }
}
