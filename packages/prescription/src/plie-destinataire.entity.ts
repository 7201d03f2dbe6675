import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The PLIEs this partner prescribes to, under a partnership agreement: the agreed delay after which a fiche left
 * without decision expires, and the PLIE's age rule for the people it accepts. Partner-owned configuration: a fiche
 * can only be addressed to an active one.
 */
@Entity('plie_destinataire')
export class PlieDestinataireEntity {
  @PrimaryColumn('text')
  code: string;

  @Column('boolean')
  actif: boolean;

  @Column('int')
  delaiExpirationJours: number;

  @Column('int')
  ageMinimum: number;

  /** Upper age limit for young people's schemes (Mission Locale: 25), null when the PLIE sets none. */
  @Column('int', { nullable: true })
  ageMaximumJeunes: number | null;

  /** Upper age limit with a RQTH (Mission Locale: 29). */
  @Column('int', { nullable: true })
  ageMaximumJeunesRqth: number | null;
}

export const PLIE_DESTINATAIRE_TABLE_SQL = `
  CREATE TABLE plie_destinataire (
    code text PRIMARY KEY,
    actif boolean NOT NULL DEFAULT true,
    delai_expiration_jours int NOT NULL DEFAULT 90 CHECK (delai_expiration_jours BETWEEN 7 AND 365),
    age_minimum int NOT NULL DEFAULT 16,
    age_maximum_jeunes int,
    age_maximum_jeunes_rqth int
  )`;
