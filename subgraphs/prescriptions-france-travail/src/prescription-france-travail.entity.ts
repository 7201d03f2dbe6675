import { FichePrescriptionEntity } from '@plie-hub/prescription';
import { Column, Entity } from 'typeorm';

export class SectionFranceTravailColumns {
  @Column('text')
  identifiantFranceTravail: string;

  @Column('text')
  categorieDemandeur: string;

  @Column('date')
  dateInscription: string;

  @Column('text')
  agenceCode: string;

  @Column('text')
  conseiller: string;

  @Column('text')
  modaliteAccompagnement: string;
}

@Entity('prescription')
export class PrescriptionFranceTravailEntity extends FichePrescriptionEntity {
  @Column(() => SectionFranceTravailColumns, { prefix: false })
  franceTravail: SectionFranceTravailColumns;
}
