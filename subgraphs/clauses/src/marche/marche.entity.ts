import { Montant, montantTransformer, VersionedRecord } from '@plie-hub/kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('marche')
export class MarcheEntity extends VersionedRecord {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  plieCode: string;

  @Column('uuid')
  donneurOrdreId: string;

  @Column('text')
  reference: string;

  @Column('text')
  objet: string;

  @Column('text')
  typeMarche: 'TRAVAUX' | 'SERVICES' | 'FOURNITURES';

  @Column('text')
  baseJuridique: 'CONDITION_EXECUTION' | 'MARCHE_RESERVE' | 'CRITERE_ATTRIBUTION';

  @Column('date')
  dateNotification: string;

  @Column('int')
  dureeMois: number;

  @Column('numeric', { precision: 14, scale: 2, transformer: montantTransformer })
  montantHt: Montant;
}
