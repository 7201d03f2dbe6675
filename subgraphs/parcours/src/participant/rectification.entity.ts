import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One field of a participant's identity corrected: the value before and after, who and why. */
@Entity('rectification_participant')
export class RectificationParticipantEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  participantId: string;

  @Column('text')
  champ: string;

  /** Null after the purge (the history is personal data too) or when the field had no value. */
  @Column('text', { nullable: true })
  ancienneValeur: string | null;

  @Column('text', { nullable: true })
  nouvelleValeur: string | null;

  @Column('text', { nullable: true })
  motif: string | null;

  @Column('text')
  parSub: string;

  @Column('timestamptz')
  le: Date;
}
