import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A company: attributaire of lots, or employer of people on a clause (an ETTI, an SIAE…). */
@Entity('entreprise')
export class EntrepriseEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  siret: string;

  @Column('text')
  nom: string;

  @Column('text', { nullable: true })
  naf: string | null;
}
