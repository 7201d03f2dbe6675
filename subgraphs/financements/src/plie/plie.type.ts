import { MontantScalar, type Montant } from '@plie-hub/kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { FinanceurEnum } from '../enums';

@ObjectType('EffectifAnnee')
export class EffectifAnneeRef {
  @Directive('@external') @Field(() => Int) annee: number;
  @Directive('@external') @Field(() => Int) participants: number;
}

@ObjectType('CofinancementFinanceur')
export class CofinancementFinanceur {
  @Field(() => FinanceurEnum) financeur: FinanceurEnum;
  @Field(() => MontantScalar) montant: Montant;
  @Field(() => String, { nullable: true, description: 'Part du coût programmé, en %.' }) part: string | null;
}

@ObjectType('FinancementsPlie', { description: 'Chiffres FSE+ programmés et consommés pour un PLIE et une année.' })
export class FinancementsPlie {
  @Field(() => Int) annee: number;
  @Field(() => Int, { description: 'Opérations sélectionnées ou au-delà (hors non retenues et abandonnées).' }) nombreOperations: number;
  @Field(() => MontantScalar, { description: 'Coût total programmé (coûts indirects compris).' }) coutTotalProgramme: Montant;
  @Field(() => MontantScalar, { description: 'FSE+ programmé.' }) fseProgramme: Montant;
  @Field(() => MontantScalar, { description: 'FSE+ dû sur les dépenses retenues (consommé).' }) fseConsomme: Montant;
  @Field(() => [CofinancementFinanceur]) cofinancements: CofinancementFinanceur[];
  @Field(() => Int, { nullable: true, description: 'Personnes accompagnées dans l’année (du sous-graphe parcours, via la passerelle).' }) participants: number | null;
  @Field(() => MontantScalar, { nullable: true, description: 'Coût programmé par personne accompagnée.' }) coutParParticipant: Montant | null;
}

/** The PLIE, owned by the parcours subgraph; this subgraph adds its FSE+ figures. */
@Directive('@key(fields: "code")')
@ObjectType('Plie')
export class Plie {
  @Field(() => ID) code: string;

  @Directive('@external')
  @Field(() => [EffectifAnneeRef])
  fileActiveParAnnee: EffectifAnneeRef[];
}
