import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

@Entity('plie')
export class PlieEntity {
  @PrimaryColumn('text')
  code: string;

  @Column('text')
  nom: string;

  @Column('text')
  structurePorteuse: string;

  @Column('text', { nullable: true })
  organismeIntermediaire: string | null;

  @Column('text')
  libelleCommission: string;

  @Column('int')
  delaiExpirationPrescriptionJours: number;

  @Column('int')
  seuilMasquage: number;

  @VersionColumn({ type: 'int' })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
