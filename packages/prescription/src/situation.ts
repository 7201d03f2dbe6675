import { DateScalar } from '@plie-hub/kit';
import { Directive, Field, FieldResolver, InputType, ObjectType, Resolver, Root } from 'type-graphql';
import { Column } from 'typeorm';
import { GroupeNationalite, MinimaSociaux, NiveauFormation, SituationLogement, TrancheCite, trancheCiteOf } from './enums';

export class SituationColumns {
  @Column('boolean')
  inscritFranceTravail: boolean;

  @Column('date', { nullable: true })
  inscritDepuis: string | null;

  @Column('text')
  minimaSociaux: MinimaSociaux;

  @Column('boolean')
  rqth: boolean;

  @Column('text')
  niveauFormation: NiveauFormation;

  @Column('text')
  nationalite: GroupeNationalite;

  @Column('text')
  logement: SituationLogement;
}

@Directive('@shareable')
@ObjectType('SituationPrescrite', { description: 'Situation de la personne au moment de la prescription.' })
export class SituationPrescrite {
  @Field(() => Boolean, { description: 'Inscrite comme demandeuse d’emploi à France Travail.' })
  inscritFranceTravail: boolean;

  @Field(() => DateScalar, { nullable: true, description: "Date d'inscription, si inscrite." })
  inscritDepuis: string | null;

  @Field(() => MinimaSociaux)
  minimaSociaux: MinimaSociaux;

  @Field(() => Boolean, { description: 'Reconnaissance de la qualité de travailleur handicapé (donnée de santé).' })
  rqth: boolean;

  @Field(() => NiveauFormation)
  niveauFormation: NiveauFormation;

  @Field(() => GroupeNationalite)
  nationalite: GroupeNationalite;

  @Field(() => SituationLogement)
  logement: SituationLogement;
}

/** Derived fields, computed rather than typed by the prescriber. */
@Resolver(() => SituationPrescrite)
export class SituationPrescriteResolver {
  @FieldResolver(() => TrancheCite, { description: 'Tranche CITE déduite du niveau de formation.' })
  trancheCite(@Root() situation: SituationColumns): TrancheCite {
    return trancheCiteOf(situation.niveauFormation);
  }
}

@InputType('SituationPrescriteInput')
export class SituationPrescriteInput {
  @Field(() => Boolean)
  inscritFranceTravail: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'Obligatoire si inscrite.' })
  inscritDepuis?: string | null;

  @Field(() => MinimaSociaux)
  minimaSociaux: MinimaSociaux;

  @Field(() => Boolean, { description: 'Ne peut être indiqué que si le consentement santé est recueilli.' })
  rqth: boolean;

  @Field(() => NiveauFormation)
  niveauFormation: NiveauFormation;

  @Field(() => GroupeNationalite)
  nationalite: GroupeNationalite;

  @Field(() => SituationLogement)
  logement: SituationLogement;
}
