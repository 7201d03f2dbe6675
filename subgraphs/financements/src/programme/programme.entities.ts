import { Montant, montantTransformer } from '@plie-hub/kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Categorie } from '../plan/plan-rules';

@Entity('programme')
export class ProgrammeEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('text') code: string;
  @Column('text') nom: string;
  @Column('text') priorite: string;
  @Column('text') objectifSpecifique: string;
}

/** A named flat rate of the programme: a percentage of a base made of expense categories. */
@Entity('option_couts_simplifies')
export class OptionCoutsEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') programmeId: string;
  @Column('text') code: string;
  @Column('text') libelle: string;
  @Column('numeric', { precision: 5, scale: 2 }) taux: string;
  @Column('text', { array: true }) base: Categorie[];
  @Column('boolean') remplaceAutresCouts: boolean;
}

@Entity('appel_a_projets')
export class AppelAProjetsEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('text') numero: string;
  @Column('int') annee: number;
  @Column('text') organismeIntermediaire: string;
  @Column('date') dateLimite: string;
}

@Entity('fiche_operation')
export class FicheOperationEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') appelId: string;
  @Column('text') numero: string;
  @Column('text') titre: string;
  @Column('text') plieCode: string;
  @Column('date') debut: string;
  @Column('date') fin: string;
  @Column('numeric', { precision: 14, scale: 2, transformer: montantTransformer }) fseMaximum: Montant;
  @Column('numeric', { precision: 5, scale: 2, nullable: true }) tauxFseMaximum: string | null;
  @Column('text') publicCible: string;
  @Column('jsonb') unitesMesure: Array<{ libelle: string; cible: number }>;
  @Column('text', { array: true }) pieces: string[];
  @Column('text', { array: true }) criteres: string[];
}
