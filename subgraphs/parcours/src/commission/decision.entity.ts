import { Column, Entity, PrimaryColumn } from 'typeorm';

export type Partenaire = 'FRANCE_TRAVAIL' | 'DEPARTEMENT' | 'MISSION_LOCALE' | 'SIAE' | 'CCAS' | 'AUTRE';
export type StatutDecision = 'ADMIS' | 'AJOURNE' | 'REFUSE' | 'REORIENTE';

/** The PLIE's decision on a prescription. History is kept: a new decision turns the previous one off. */
@Entity('decision')
export class DecisionEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  plieCode: string;

  @Column('text')
  partenaire: Partenaire;

  @Column('uuid')
  prescriptionId: string;

  @Column('uuid')
  commissionId: string;

  @Column('text')
  statut: StatutDecision;

  @Column('text', { nullable: true })
  motif: string | null;

  @Column('text', { nullable: true })
  commentaire: string | null;

  @Column('text', { nullable: true })
  solutionProximite: string | null;

  @Column('timestamptz')
  decideLe: Date;

  @Column('boolean')
  actuelle: boolean;

  @Column('uuid', { nullable: true })
  parcoursId: string | null;

  @Column('text')
  auteurSub: string;
}
