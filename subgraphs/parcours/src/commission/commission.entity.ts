import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type TypeCommission = 'INTEGRATION' | 'SUIVI' | 'SORTIE';

@Entity('commission')
export class CommissionEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  plieCode: string;

  @Column('date')
  date: string;

  @Column('text')
  type: TypeCommission;

  @Column('text', { array: true })
  membres: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  creeLe: Date;
}
