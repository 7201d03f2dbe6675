import { FichePrescriptionEntity } from '@plie-hub/prescription';
import { Column, Entity } from 'typeorm';

export class SectionDepartementColumns {
  @Column('text')
  organismePayeur: string;

  @Column('text')
  numeroAllocataire: string;

  @Column('date')
  dateOuvertureDroitRsa: string;

  @Column('text')
  orientation: string;
}

@Entity('prescription')
export class PrescriptionDepartementEntity extends FichePrescriptionEntity {
  @Column(() => SectionDepartementColumns, { prefix: false })
  departement: SectionDepartementColumns;
}
