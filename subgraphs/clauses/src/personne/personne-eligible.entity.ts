import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type CritereEligibilite = 'PARTICIPANT_PLIE' | 'DELD' | 'RSA_ASS' | 'JEUNE_PEU_QUALIFIE' | 'RQTH' | 'SENIOR_DE' | 'AGREMENT_SIAE' | 'AUTRE';

/**
 * A person the facilitator checked as eligible for insertion hours, with the criterion, its evidence and the window
 * it holds for. A PLIE participant is referenced by id (identity stays in the parcours subgraph); a person outside the
 * PLIE is named here. Sex, birth date and QPV are recorded at the check for the clause statistics.
 */
@Entity('personne_eligible')
export class PersonneEligibleEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  plieCode: string;

  @Column('uuid', { nullable: true })
  participantId: string | null;

  @Column('text', { nullable: true })
  nom: string | null;

  @Column('text', { nullable: true })
  prenoms: string | null;

  /** Keyed hash of the identity of a person named here (see `personMatchKey`); null for a participant. */
  @Column('text', { nullable: true })
  cleRapprochement: string | null;

  @Column('text')
  sexe: 'FEMME' | 'HOMME';

  @Column('date')
  dateNaissance: string;

  @Column('boolean')
  qpv: boolean;

  @Column('text')
  critere: CritereEligibilite;

  @Column('text')
  justificatif: string;

  @Column('date')
  eligibleDu: string;

  @Column('date')
  eligibleAu: string;

  @CreateDateColumn({ type: 'timestamptz' })
  creeLe: Date;
}
