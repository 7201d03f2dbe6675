import { VERSIONED_RECORD_COLUMNS_SQL, VersionedRecord } from '@plie-hub/kit';
import { Column, PrimaryColumn } from 'typeorm';
import { ConsentementColumns } from './consentement';
import { StatutPrescription } from './enums';
import type { FreinPrescrit } from './frein';
import { PersonneColumns } from './personne';
import { PrescripteurColumns } from './prescripteur';
import { SituationColumns } from './situation';

/**
 * The columns every partner's fiche shares. Each prescription subgraph declares its own `@Entity` extending this
 * with its partner section, in its own schema: no table is shared.
 */
export abstract class FichePrescriptionEntity extends VersionedRecord {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  plieCode: string;

  /** Stored status: BROUILLON, TRANSMISE or ANNULEE. EXPIREE is computed from the PLIE's agreed delay. */
  @Column('text')
  statut: StatutPrescription;

  /** The prescribing structure (agence, maison de solidarité, mission locale): owner of the fiche. */
  @Column('text')
  structureId: string;

  /** Subject of the agent who created the fiche. */
  @Column('text')
  auteurSub: string;

  @Column(() => PrescripteurColumns, { prefix: 'prescripteur' })
  prescripteur: PrescripteurColumns;

  @Column(() => PersonneColumns, { prefix: 'personne' })
  personne: PersonneColumns;

  @Column(() => SituationColumns, { prefix: 'situation' })
  situation: SituationColumns;

  @Column('jsonb')
  freins: FreinPrescrit[];

  @Column('text')
  objectif: string;

  @Column('boolean')
  urgent: boolean;

  @Column('boolean')
  souhaitRencontrePrealable: boolean;

  @Column('text', { nullable: true })
  messageReferent: string | null;

  @Column(() => ConsentementColumns, { prefix: 'consentement' })
  consentement: ConsentementColumns;

  /** Keyed hash of the normalised identity, to find the same person prescribed by another partner. */
  @Column('text')
  cleRapprochement: string;

  /** Lower-case, unaccented "nom usage prénoms", for the text search. */
  @Column('text')
  rechercheNom: string;

  @Column('text', { nullable: true })
  cleIdempotence: string | null;

  @Column('timestamptz', { nullable: true })
  transmiseLe: Date | null;

  /** The date after which a transmitted fiche without decision expires (transmission + agreed delay). */
  @Column('date', { nullable: true })
  expireLe: string | null;

  @Column('timestamptz', { nullable: true })
  annuleeLe: Date | null;

  @Column('text', { nullable: true })
  motifAnnulation: string | null;
}

/** The SQL of the common columns, used by each subgraph's first migration so the three tables stay identical. */
export const FICHE_PRESCRIPTION_COLUMNS_SQL = `
  id uuid PRIMARY KEY,
  plie_code text NOT NULL,
  statut text NOT NULL CHECK (statut IN ('BROUILLON', 'TRANSMISE', 'ANNULEE')),
  structure_id text NOT NULL,
  auteur_sub text NOT NULL,
  prescripteur_agent_nom text NOT NULL,
  prescripteur_agent_contact text NOT NULL,
  personne_nom_naissance text NOT NULL,
  personne_nom_usage text,
  personne_prenoms text NOT NULL,
  personne_sexe text NOT NULL CHECK (personne_sexe IN ('FEMME', 'HOMME')),
  personne_date_naissance date NOT NULL,
  personne_commune_insee text NOT NULL CHECK (personne_commune_insee ~ '^[0-9][0-9AB][0-9]{3}$'),
  personne_resident_qpv boolean NOT NULL,
  personne_telephone text,
  personne_email text,
  situation_inscrit_france_travail boolean NOT NULL,
  situation_inscrit_depuis date,
  situation_minima_sociaux text NOT NULL,
  situation_rqth boolean NOT NULL,
  situation_niveau_formation text NOT NULL,
  situation_nationalite text NOT NULL,
  situation_logement text NOT NULL,
  freins jsonb NOT NULL DEFAULT '[]',
  objectif text NOT NULL,
  urgent boolean NOT NULL DEFAULT false,
  souhait_rencontre_prealable boolean NOT NULL DEFAULT false,
  message_referent text,
  consentement_recueilli_le date NOT NULL,
  consentement_mode text NOT NULL,
  consentement_perimetre text[] NOT NULL,
  consentement_sante_recueilli_le date,
  cle_rapprochement text NOT NULL,
  recherche_nom text COLLATE "C" NOT NULL,
  cle_idempotence text,
  transmise_le timestamptz,
  expire_le date,
  annulee_le timestamptz,
  motif_annulation text,${VERSIONED_RECORD_COLUMNS_SQL},
  CHECK (statut <> 'TRANSMISE' OR (transmise_le IS NOT NULL AND expire_le IS NOT NULL)),
  CHECK (statut <> 'ANNULEE' OR (annulee_le IS NOT NULL AND motif_annulation IS NOT NULL))`;

/** Indexes every prescription table needs: the caller's list, the PLIE's inbox, idempotent creation, matching. */
export const ficheIndexesSql = (table: string) => [
  `CREATE UNIQUE INDEX ${table}_idempotence ON ${table} (structure_id, cle_idempotence) WHERE cle_idempotence IS NOT NULL`,
  `CREATE INDEX ${table}_structure_liste ON ${table} (structure_id, cree_le DESC, id DESC)`,
  `CREATE INDEX ${table}_plie_statut ON ${table} (plie_code, statut, transmise_le DESC, id DESC)`,
  `CREATE INDEX ${table}_rapprochement ON ${table} (cle_rapprochement)`,
];
