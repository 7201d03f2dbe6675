import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The PLIEs this partner prescribes to, under a partnership agreement, with the agreed delay after which a fiche
 * left without decision expires. Partner-owned configuration: a fiche can only be addressed to one of these.
 */
@Entity('plie_destinataire')
export class PlieDestinataireEntity {
  @PrimaryColumn('text')
  code: string;

  @Column('boolean')
  actif: boolean;

  @Column('int')
  delaiExpirationJours: number;
}

export const PLIE_DESTINATAIRE_TABLE_SQL = `
  CREATE TABLE plie_destinataire (
    code text PRIMARY KEY,
    actif boolean NOT NULL DEFAULT true,
    delai_expiration_jours int NOT NULL DEFAULT 90 CHECK (delai_expiration_jours BETWEEN 7 AND 365)
  )`;
