import { VersionedRecord } from '@plie-hub/kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('plie')
export class PlieEntity extends VersionedRecord {
  @PrimaryColumn('text')
  code: string;

  @Column('text')
  nom: string;

  @Column('text')
  structurePorteuse: string;

  @Column('text', { nullable: true })
  organismeIntermediaire: string | null;

  @Column('text')
  libelleCommission: string;

  @Column('int')
  delaiExpirationPrescriptionJours: number;

  @Column('int')
  seuilMasquage: number;

  /** Code of the sortie rule set in force (see `sortie/rule-sets.ts`). */
  @Column('text')
  regleSortie: string;

  @Column('int')
  delaiSansContactJours: number;

  @Column('int')
  dureeMesureMois: number;

  @Column('int')
  dureeMaxMois: number;

  @Column('int')
  fileActiveParEtp: number;

  @Column('int', { nullable: true })
  objectifParticipants: number | null;

  @Column('int', { nullable: true })
  objectifSortiesPositives: number | null;

  @Column('text', { nullable: true })
  fusionneDans: string | null;

  @Column('date', { nullable: true })
  fusionneLe: string | null;

  /** Months personal data is kept after the end of a parcours. */
  @Column('int')
  conservationApresParcoursMois: number;

  /** Months it is kept after the end of the FSE+ audit period of the operations that cofinanced the parcours. */
  @Column('int')
  conservationApresControleFseMois: number;
}
