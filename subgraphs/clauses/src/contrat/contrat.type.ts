import { DateScalar } from '@plie-hub/kit';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CritereEnum, ModaliteEnum, TypeContratClauseEnum } from '../enums';

@ObjectType('PersonneEligible', { description: 'Personne dont l’éligibilité aux heures d’insertion a été vérifiée (donnée personnelle).' })
export class PersonneEligible {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true, description: 'Participant du PLIE, le cas échéant (son identité reste dans le parcours).' }) participantId: string | null;
  @Field(() => String, { nullable: true }) nom: string | null;
  @Field(() => String, { nullable: true }) prenoms: string | null;
  @Field(() => CritereEnum) critere: CritereEnum;
  @Field(() => String, { description: 'Pièce justificative vérifiée.' }) justificatif: string;
  @Field(() => DateScalar) eligibleDu: string;
  @Field(() => DateScalar) eligibleAu: string;
}

@InputType('PersonneEligibleInput')
export class PersonneEligibleInput {
  @Field(() => ID) plieCode: string;
  @Field(() => ID, { nullable: true, description: 'Pour un participant du PLIE (critère PARTICIPANT_PLIE).' }) participantId?: string | null;
  @Field(() => String, { nullable: true, description: 'Pour une personne hors PLIE.' }) nom?: string | null;
  @Field(() => String, { nullable: true }) prenoms?: string | null;
  @Field(() => String, { description: 'FEMME ou HOMME (statistiques).' }) sexe: 'FEMME' | 'HOMME';
  @Field(() => DateScalar) dateNaissance: string;
  @Field(() => Boolean) qpv: boolean;
  @Field(() => CritereEnum) critere: CritereEnum;
  @Field(() => String) justificatif: string;
  @Field(() => DateScalar) eligibleDu: string;
  @Field(() => DateScalar, { description: 'Fin de validité de la vérification (24 mois au plus).' }) eligibleAu: string;
}

@ObjectType('ContratClause', { description: "Contrat d'une personne éligible sur un lot." })
export class ContratClause {
  @Field(() => ID) id: string;
  @Field(() => String, { description: 'Référence à reporter dans les relevés mensuels.' }) reference: string;
  @Field(() => ID, { description: 'Le lot du marché sur lequel porte le contrat (un des `Marche.lots`).' }) lotId: string;
  @Field(() => ModaliteEnum) modalite: ModaliteEnum;
  @Field(() => TypeContratClauseEnum) typeContrat: TypeContratClauseEnum;
  @Field(() => DateScalar) debut: string;
  @Field(() => DateScalar, { nullable: true }) fin: string | null;
  @Field(() => Float) heuresHebdo: number;
  @Field(() => Int) version: number;
}

@InputType('ContratClauseInput')
export class ContratClauseInput {
  @Field(() => ID) personneId: string;
  @Field(() => ID) lotId: string;
  @Field(() => String, { description: "SIRET de l'employeur (attributaire, ETTI, SIAE…)." }) siretEmployeur: string;
  @Field(() => String, { nullable: true, description: "Nom de l'employeur, s'il n'est pas encore connu." }) nomEmployeur?: string | null;
  @Field(() => ModaliteEnum) modalite: ModaliteEnum;
  @Field(() => TypeContratClauseEnum) typeContrat: TypeContratClauseEnum;
  @Field(() => DateScalar) debut: string;
  @Field(() => DateScalar, { nullable: true }) fin?: string | null;
  @Field(() => Float) heuresHebdo: number;
}

@ObjectType('HeuresMensuelles', { description: "Heures d'insertion d'un contrat pour un mois." })
export class HeuresMensuelles {
  @Field(() => String, { description: 'Mois, AAAA-MM.' }) mois: string;
  @Field(() => Float) heuresTravail: number;
  @Field(() => Float) heuresFormation: number;
}

@InputType('HeuresMensuellesInput')
export class HeuresMensuellesInput {
  @Field(() => ID) contratId: string;
  @Field(() => String, { description: 'Mois, AAAA-MM.' }) mois: string;
  @Field(() => Float) heuresTravail: number;
  @Field(() => Float, { defaultValue: 0 }) heuresFormation: number;
}

@ObjectType('LigneHeuresRejetee')
export class LigneHeuresRejetee {
  @Field(() => Int) ligne: number;
  @Field(() => String) champ: string;
  @Field(() => String) message: string;
}

@ObjectType('RapportImportHeures', { description: "Compte rendu d'un import de relevés d'heures." })
export class RapportImportHeures {
  @Field(() => String) format: string;
  @Field(() => Int) lignesLues: number;
  @Field(() => Int) enregistrees: number;
  @Field(() => Int, { description: 'Lignes identiques à ce qui était déjà enregistré.' }) inchangees: number;
  @Field(() => [LigneHeuresRejetee]) rejetees: LigneHeuresRejetee[];
}
