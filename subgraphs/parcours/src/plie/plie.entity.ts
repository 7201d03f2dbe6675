import { VersionedRecord } from '@plie-hub/kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('plie')
export class PlieEntity extends VersionedRecord {
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
}
