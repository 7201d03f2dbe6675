import { Montant, montantTransformer, VersionedRecord } from '@plie-hub/kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { StatutOperation } from './operation.type';

export class PorteurColumns {
  @Column('text')
  siret: string;

  @Column('text')
  nom: string;
}

@Entity('operation')
export class OperationEntity extends VersionedRecord {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  plieCode: string;

  @Column('text')
  intitule: string;

  @Column(() => PorteurColumns, { prefix: 'porteur' })
  porteur: PorteurColumns;

  @Column('int')
  annee: number;

  @Column('text')
  statut: StatutOperation;

  @Column('numeric', { precision: 14, scale: 2, transformer: montantTransformer })
  coutTotal: Montant;

  @Column('numeric', { precision: 14, scale: 2, transformer: montantTransformer })
  montantFse: Montant;
}
