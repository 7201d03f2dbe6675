import { VersionedRecord } from '@plie-hub/kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export type TypeDonneurOrdre = 'COMMUNE' | 'EPCI' | 'DEPARTEMENT' | 'REGION' | 'BAILLEUR_SOCIAL' | 'ETAT' | 'HOPITAL' | 'AUTRE';

/** A public buyer, followed by the guichet clauses of one or more PLIEs. */
@Entity('donneur_ordre')
export class DonneurOrdreEntity extends VersionedRecord {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  nom: string;

  @Column('text')
  siret: string;

  @Column('text')
  type: TypeDonneurOrdre;

  @Column('text', { array: true })
  plies: string[];
}
