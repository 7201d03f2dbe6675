import { VersionedRecord } from '@plie-hub/kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export type StatutParcours = 'EN_ATTENTE' | 'ACTIF' | 'EN_VEILLE' | 'SORTI' | 'SUIVI_POST_SORTIE';

@Entity('parcours')
export class ParcoursEntity extends VersionedRecord {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  participantId: string;

  @Column('text')
  plieCode: string;

  @Column('date')
  dateEntree: string;

  @Column('text')
  statut: StatutParcours;

  @Column('uuid', { nullable: true })
  referentId: string | null;

  /** End of the current mesure (6 months by default, renewable up to the PLIE's maximum). */
  @Column('date')
  mesureFin: string;

  @Column('date', { nullable: true })
  dateSortie: string | null;
}
