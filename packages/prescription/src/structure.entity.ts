import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A prescribing structure of the partner (an agence, a maison de solidarité, a mission locale). Its fiches are its
 * own; `partageReseau` lets the other structures of the same network read them (not change them).
 */
@Entity('structure_prescriptrice')
export class StructurePrescriptriceEntity {
  @PrimaryColumn('text')
  id: string;

  @Column('text')
  nom: string;

  @Column('text')
  reseau: string;

  @Column('boolean')
  partageReseau: boolean;
}

export const STRUCTURE_TABLE_SQL = `
  CREATE TABLE structure_prescriptrice (
    id text PRIMARY KEY,
    nom text NOT NULL,
    reseau text NOT NULL,
    partage_reseau boolean NOT NULL DEFAULT false
  )`;
