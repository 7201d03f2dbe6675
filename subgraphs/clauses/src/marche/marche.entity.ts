import { Montant, montantTransformer, VersionedRecord } from '@plie-hub/kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TypeMarche } from './marche.type';

@Entity('marche')
export class MarcheEntity extends VersionedRecord {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  plieCode: string;

  @Column('text')
  reference: string;

  @Column('text')
  objet: string;

  @Column('text')
  typeMarche: TypeMarche;

  @Column('text')
  donneurOrdre: string;

  @Column('date')
  dateNotification: string;

  @Column('numeric', { precision: 14, scale: 2, transformer: montantTransformer })
  montantHt: Montant;

  @Column('int')
  heuresInsertionPrevues: number;
}
