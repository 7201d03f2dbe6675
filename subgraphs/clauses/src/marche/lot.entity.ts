import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('lot')
export class LotEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  marcheId: string;

  @Column('int')
  numero: number;

  @Column('text')
  intitule: string;

  /** Labour hours of the lot, when the engagement is computed from them. */
  @Column('int', { nullable: true })
  heuresTravail: number | null;

  /** Percentage of the labour hours to give to insertion (e.g. "7.00"). */
  @Column('numeric', { precision: 5, scale: 2, nullable: true })
  tauxInsertion: string | null;

  @Column('int')
  heuresEngagees: number;

  @Column('text', { array: true })
  modalites: string[];
}

@Entity('attribution')
export class AttributionEntity {
  @PrimaryColumn('uuid')
  lotId: string;

  @PrimaryColumn('uuid')
  entrepriseId: string;
}
