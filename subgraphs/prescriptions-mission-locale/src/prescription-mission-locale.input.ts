import { DateScalar } from '@plie-hub/kit';
import { FichePrescriptionInput } from '@plie-hub/prescription';
import { Field, InputType } from 'type-graphql';
import { DispositifJeune } from './prescription-mission-locale.type';

@InputType('SectionMissionLocaleInput')
export class SectionMissionLocaleInput {
  @Field(() => String, { description: 'Identifiant i-milo : 6 à 12 chiffres.' })
  identifiantImilo: string;

  @Field(() => DispositifJeune)
  dispositif: DispositifJeune;

  @Field(() => DateScalar)
  dateEntreeDispositif: string;

  @Field(() => String)
  conseiller: string;
}

@InputType('CreerPrescriptionMissionLocaleInput')
export class CreerPrescriptionMissionLocaleInput extends FichePrescriptionInput {
  @Field(() => SectionMissionLocaleInput)
  missionLocale: SectionMissionLocaleInput;
}
