import { VersionedRecord } from '@plie-hub/kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('contrat_clause')
export class ContratClauseEntity extends VersionedRecord {
  @PrimaryColumn('uuid')
  id: string;

  /** Human reference used in the companies' monthly spreadsheets. */
  @Column('text')
  reference: string;

  @Column('uuid')
  personneId: string;

  @Column('uuid')
  lotId: string;

  @Column('uuid')
  employeurId: string;

  @Column('text')
  modalite: string;

  @Column('text')
  typeContrat: string;

  @Column('date')
  debut: string;

  @Column('date', { nullable: true })
  fin: string | null;

  @Column('numeric', { precision: 4, scale: 1 })
  heuresHebdo: string;
}
