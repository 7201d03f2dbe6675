import { FichePrescriptionEntity } from '@plie-hub/prescription';
import { Column, Entity } from 'typeorm';

export class SectionMissionLocaleColumns {
  @Column('text')
  identifiantImilo: string;

  @Column('text')
  dispositif: string;

  @Column('date')
  dateEntreeDispositif: string;

  @Column('text')
  conseiller: string;
}

@Entity('prescription')
export class PrescriptionMissionLocaleEntity extends FichePrescriptionEntity {
  @Column(() => SectionMissionLocaleColumns, { prefix: false })
  missionLocale: SectionMissionLocaleColumns;
}
