import { VERSIONED_RECORD_COLUMNS_SQL, VersionedRecord } from '@plie-hub/kit';
import { Column, PrimaryColumn } from 'typeorm';
import { ConsentementColumns } from './consentement';
import { StatutPrescription } from './enums';
import { PersonneColumns } from './personne';

/**
 * The columns every partner's fiche shares. Each prescription subgraph declares its own `@Entity` extending this
 * with its partner section, in its own schema: no table is shared.
 */
export abstract class FichePrescriptionEntity extends VersionedRecord {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  plieCode: string;

  @Column('text')
  statut: StatutPrescription;

  /** The prescribing structure (agence, maison de solidarité, mission locale): owner of the fiche. */
  @Column('text')
  structureId: string;

  /** Subject of the agent who created the fiche. */
  @Column('text')
  auteurSub: string;

  @Column(() => PersonneColumns, { prefix: 'personne' })
  personne: PersonneColumns;

  @Column('text')
  objectif: string;

  @Column(() => ConsentementColumns, { prefix: 'consentement' })
  consentement: ConsentementColumns;

  @Column('text', { nullable: true })
  cleIdempotence: string | null;

  @Column('timestamptz', { nullable: true })
  transmiseLe: Date | null;
}

/** The SQL of the common columns, used by each subgraph's migration so the three tables stay identical. */
export const FICHE_PRESCRIPTION_COLUMNS_SQL = `
  id uuid PRIMARY KEY,
  plie_code text NOT NULL,
  statut text NOT NULL CHECK (statut IN ('BROUILLON', 'TRANSMISE', 'ANNULEE', 'EXPIREE')),
  structure_id text NOT NULL,
  auteur_sub text NOT NULL,
  personne_nom_naissance text NOT NULL,
  personne_nom_usage text,
  personne_prenoms text NOT NULL,
  personne_sexe text NOT NULL CHECK (personne_sexe IN ('FEMME', 'HOMME')),
  personne_date_naissance date NOT NULL,
  objectif text NOT NULL,
  consentement_recueilli_le date NOT NULL,
  consentement_mode text NOT NULL,
  cle_idempotence text,
  transmise_le timestamptz,${VERSIONED_RECORD_COLUMNS_SQL}`;

/** Indexes every prescription table needs: the caller's list, the PLIE's inbox, idempotent creation. */
export const ficheIndexesSql = (table: string) => [
  `CREATE UNIQUE INDEX ${table}_idempotence ON ${table} (structure_id, cle_idempotence) WHERE cle_idempotence IS NOT NULL`,
  `CREATE INDEX ${table}_structure_liste ON ${table} (structure_id, cree_le DESC, id DESC)`,
  `CREATE INDEX ${table}_plie_statut ON ${table} (plie_code, statut, transmise_le)`,
];
