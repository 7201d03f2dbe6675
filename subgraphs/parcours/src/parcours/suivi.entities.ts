import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** The référent assignments of a parcours: exactly one open (`au` null) while the parcours runs. */
@Entity('affectation_referent')
export class AffectationReferentEntity {
  @PrimaryColumn('uuid')
  parcoursId: string;

  @PrimaryColumn('date')
  du: string;

  @Column('uuid')
  referentId: string;

  @Column('date', { nullable: true })
  au: string | null;
}

@Entity('mesure')
export class MesureEntity {
  @PrimaryColumn('uuid')
  parcoursId: string;

  @PrimaryColumn('int')
  numero: number;

  @Column('date')
  debut: string;

  @Column('date')
  fin: string;

  @Column('text', { nullable: true })
  bilan: string | null;
}

@Entity('entretien')
export class EntretienEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  parcoursId: string;

  @Column('date')
  date: string;

  @Column('text')
  mode: 'PRESENTIEL' | 'TELEPHONE' | 'VISIO';

  @Column('boolean')
  present: boolean;

  /** Reminders sent after an unjustified absence (at most two). */
  @Column('int')
  relance: number;

  @CreateDateColumn({ type: 'timestamptz' })
  creeLe: Date;
}

export type TypeEtape = 'EMPLOI' | 'FORMATION' | 'SIAE' | 'IMMERSION' | 'LEVEE_FREIN' | 'MISSION_CLAUSE';

@Entity('etape')
export class EtapeEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  parcoursId: string;

  @Column('text')
  type: TypeEtape;

  @Column('date')
  debut: string;

  @Column('date', { nullable: true })
  fin: string | null;

  @Column('text')
  intitule: string;

  /** Type-specific details: contract and weekly hours of a job, hours and certification of a training… */
  @Column('jsonb')
  attributs: Record<string, unknown>;
}

@Entity('veille')
export class VeilleEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  parcoursId: string;

  @Column('text')
  motif: string;

  @Column('date')
  debut: string;

  @Column('date', { nullable: true })
  fin: string | null;
}
