import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('structure_porteuse')
export class StructurePorteuseEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  plieCode: string;

  @Column('text')
  nom: string;

  @Column('text', { nullable: true })
  siret: string | null;
}
