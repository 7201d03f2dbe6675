import { Montant, montantTransformer, VersionedRecord } from '@plie-hub/kit';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Categorie, Financeur } from '../plan/plan-rules';

export type StatutOperation = 'DEPOSEE' | 'RECEVABLE' | 'SELECTIONNEE' | 'CONVENTIONNEE' | 'EN_COURS' | 'SOLDEE' | 'NON_RETENUE' | 'ABANDONNEE';

export class PorteurColumns {
  @Column('text') siret: string;
  @Column('text') nom: string;
}

@Entity('operation')
export class OperationEntity extends VersionedRecord {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') ficheId: string;
  @Column('text') plieCode: string;
  @Column('text') intitule: string;
  @Column(() => PorteurColumns, { prefix: 'porteur' }) porteur: PorteurColumns;
  @Column('date') debut: string;
  @Column('date') fin: string;
  @Column('text') statut: StatutOperation;
}

@Entity('transition_operation')
export class TransitionEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') operationId: string;
  @Column('text', { nullable: true }) de: StatutOperation | null;
  @Column('text') vers: StatutOperation;
  @Column('text', { nullable: true }) motif: string | null;
  @Column('text') parSub: string;
  @Column('timestamptz') le: Date;
}

@Entity('plan_financement')
export class PlanEntity extends VersionedRecord {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') operationId: string;
  @Column('int') annee: number;
  @Column('uuid', { nullable: true }) optionId: string | null;
}

@Entity('ligne_depense')
export class LigneDepenseEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') planId: string;
  @Column('text') categorie: Categorie;
  @Column('text') libelle: string;
  @Column('numeric', { precision: 14, scale: 2, transformer: montantTransformer }) montant: Montant;
  @Column('numeric', { precision: 5, scale: 2, nullable: true }) etp: string | null;
  @Column('int', { nullable: true }) effectif: number | null;
}

@Entity('ressource')
export class RessourceEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') planId: string;
  @Column('text') financeur: Financeur;
  @Column('numeric', { precision: 14, scale: 2, transformer: montantTransformer }) montant: Montant;
}

@Entity('realise')
export class RealiseEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') operationId: string;
  @Column('date') periodeDebut: string;
  @Column('date') periodeFin: string;
  @Column('numeric', { precision: 14, scale: 2, transformer: montantTransformer }) depensesDeclarees: Montant;
  @Column('numeric', { precision: 14, scale: 2, transformer: montantTransformer, nullable: true }) montantRetenu: Montant | null;
  @Column('numeric', { precision: 14, scale: 2, transformer: montantTransformer, nullable: true }) fseDu: Montant | null;
  @Column('timestamptz') creeLe: Date;
}

@Entity('indicateur_realisation')
export class IndicateurEntity {
  @PrimaryColumn('uuid') operationId: string;
  @PrimaryColumn('text') libelle: string;
  @Column('int') cible: number;
  @Column('int', { nullable: true }) realise: number | null;
}
