import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';

export enum FormatExport {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
registerEnumType(FormatExport, { name: 'FormatExport', description: 'CSV (séparateur ;, UTF-8) ou classeur Excel.' });

@Directive('@shareable')
@ObjectType('FichierExport', { description: 'Un fichier produit par le hub, à enregistrer tel quel.' })
export class FichierExport {
  @Field(() => String)
  nom: string;

  @Field(() => String)
  typeMime: string;

  @Field(() => String, { description: 'Contenu du fichier en base64.' })
  contenuBase64: string;
}
