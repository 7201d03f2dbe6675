import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CategorieSortie, SituationSortie } from './sortie-rules';

@Entity('sortie')
export class SortieEntity {
  @PrimaryColumn('uuid')
  parcoursId: string;

  @Column('date')
  date: string;

  /** The parcours' PLIE, set by the database on insert (see migration AddPlieToSortie). */
  @Column({ type: 'text', insert: false, update: false })
  plieCode?: string;

  @Column('jsonb')
  situation: SituationSortie;

  /** The rule set the category was computed with (kept: a later change of rules does not rewrite history). */
  @Column('text')
  regleSet: string;

  @Column('text')
  categorieCalculee: CategorieSortie;

  @Column('text')
  sousTypeCalcule: string;

  @Column('text')
  categorie: CategorieSortie;

  @Column('text')
  sousType: string;

  @Column('text', { nullable: true })
  justificationForcage: string | null;

  @Column('uuid', { nullable: true })
  valideeCommissionId: string | null;

  @Column('boolean', { name: 'confirmee_6_mois', nullable: true })
  confirmee6Mois: boolean | null;

  @Column('date', { nullable: true })
  confirmationLe: string | null;
}
