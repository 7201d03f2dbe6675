import { VersionedRecord } from '@plie-hub/kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The person's situation on the day of entry, frozen: the FSE+ common indicators are computed from it. */
export class SituationEntreeColumns {
  @Column('date')
  date: string;

  @Column('text')
  statutEmploi: 'CHOMEUR' | 'CHOMEUR_LONGUE_DUREE' | 'INACTIF' | 'EMPLOYE';

  @Column('int')
  age: number;

  @Column('text')
  trancheCite: string;

  /** Disability, only when the person consented to give it; null otherwise. */
  @Column('boolean', { nullable: true })
  handicap: boolean | null;

  @Column('text')
  nationalite: string;

  @Column('boolean')
  sansAbri: boolean;

  @Column('boolean')
  qpv: boolean;

  @Column('boolean')
  rural: boolean;
}

@Entity('participant')
export class ParticipantEntity extends VersionedRecord {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  plieCode: string;

  @Column('text', { nullable: true })
  cleRapprochement: string | null;

  @Column('text')
  nomNaissance: string;

  @Column('text', { nullable: true })
  nomUsage: string | null;

  @Column('text')
  prenoms: string;

  @Column('text')
  sexe: 'FEMME' | 'HOMME';

  @Column('date')
  dateNaissance: string;

  @Column('text')
  communeInsee: string;

  @Column(() => SituationEntreeColumns, { prefix: 'entree' })
  entree: SituationEntreeColumns;

  @Column('text', { array: true })
  statuts: string[];

  /** Set by the purge: identity and free text are gone, what the statistics count stays. */
  @Column('timestamptz', { nullable: true })
  anonymiseLe: Date | null;
}
