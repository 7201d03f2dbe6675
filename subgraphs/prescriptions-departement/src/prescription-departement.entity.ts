import { FichePrescriptionEntity } from '@plie-hub/prescription';
import { Column, Entity } from 'typeorm';

export class SectionDepartementColumns {
  @Column('text')
  organismePayeur: string;

  @Column('text')
  numeroAllocataire: string;

  @Column('date')
  dateOuvertureDroitRsa: string;

  @Column('boolean')
  soumisDroitsEtDevoirs: boolean;

  @Column('text')
  orientation: string;

  @Column('text')
  referentUniqueRsa: string;

  @Column('boolean')
  cerEnCours: boolean;

  @Column('date', { nullable: true })
  cerDateFin: string | null;

  @Column('text')
  serviceTerritorial: string;
}

@Entity('prescription')
export class PrescriptionDepartementEntity extends FichePrescriptionEntity {
  @Column(() => SectionDepartementColumns, { prefix: false })
  departement: SectionDepartementColumns;
}
