import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Hours done by one person on one contract in one month. */
@Entity('heures_insertion')
export class HeuresInsertionEntity {
  @PrimaryColumn('uuid')
  contratId: string;

  /** First day of the month. */
  @PrimaryColumn('date')
  mois: string;

  /** The contract's PLIE, set by the database on insert (see migration AddPlieToHeuresInsertion). */
  @Column({ type: 'text', insert: false, update: false })
  plieCode?: string;

  @Column('numeric', { precision: 6, scale: 2 })
  heuresTravail: string;

  @Column('numeric', { precision: 6, scale: 2 })
  heuresFormation: string;

  @Column('text')
  source: 'SAISIE' | 'IMPORT';

  @Column('text')
  saisiPar: string;

  @Column('timestamptz')
  modifieLe: Date;
}
