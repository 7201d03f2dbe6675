import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('referent')
export class ReferentEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  plieCode: string;

  @Column('uuid')
  structureId: string;

  @Column('text')
  nom: string;

  /** Subject of the référent's identity (token `sub`): how a signed-in référent is recognised. */
  @Column('text', { nullable: true })
  sub: string | null;

  @Column('numeric', { precision: 3, scale: 2 })
  etp: string;

  @Column('boolean')
  actif: boolean;
}
