import { DateTimeScalar } from '@plie-hub/kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** An addendum to a transmitted fiche: the fiche itself no longer changes, its history grows. */
@Entity('prescription_complement')
export class ComplementEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  prescriptionId: string;

  @Column('text')
  texte: string;

  @Column('text')
  auteurSub: string;

  @CreateDateColumn({ type: 'timestamptz' })
  creeLe: Date;
}

export const COMPLEMENT_TABLE_SQL = `
  CREATE TABLE prescription_complement (
    id uuid PRIMARY KEY,
    prescription_id uuid NOT NULL REFERENCES prescription (id),
    texte text NOT NULL,
    auteur_sub text NOT NULL,
    cree_le timestamptz NOT NULL DEFAULT now()
  )`;

@Directive('@shareable')
@ObjectType('ComplementPrescription', { description: 'Complément apporté à une fiche après sa transmission.' })
export class ComplementPrescription {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  texte: string;

  @Field(() => DateTimeScalar)
  creeLe: Date;
}
