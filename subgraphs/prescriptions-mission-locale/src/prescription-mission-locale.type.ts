import { DateScalar } from '@plie-hub/kit';
import { FichePrescription } from '@plie-hub/prescription';
import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';

export enum DispositifJeune {
  CEJ = 'CEJ',
  PACEA = 'PACEA',
  AUTRE = 'AUTRE',
}
registerEnumType(DispositifJeune, {
  name: 'DispositifJeune',
  description: "Dispositif de la Mission Locale : contrat d'engagement jeune, PACEA ou autre.",
});

@ObjectType('SectionMissionLocale', { description: 'Ce que la Mission Locale ajoute à la fiche.' })
export class SectionMissionLocale {
  @Field(() => String, { description: 'Identifiant du jeune dans i-milo.' })
  identifiantImilo: string;

  @Field(() => DispositifJeune)
  dispositif: DispositifJeune;

  @Field(() => DateScalar, { description: "Date d'entrée dans le dispositif." })
  dateEntreeDispositif: string;

  @Field(() => String, { description: 'Conseiller ou conseillère Mission Locale.' })
  conseiller: string;
}

@Directive('@key(fields: "id")')
@ObjectType('PrescriptionMissionLocale', { description: 'Fiche de prescription d’une Mission Locale vers un PLIE.' })
export class PrescriptionMissionLocale extends FichePrescription {
  @Field(() => SectionMissionLocale, { description: 'Section propre à la Mission Locale.' })
  missionLocale: SectionMissionLocale;
}
