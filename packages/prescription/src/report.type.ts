import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { StatutPrescription } from './enums';

@Directive('@shareable')
@ObjectType('LigneRejetee', { description: "Une ligne du fichier qui n'a pas été importée, et pourquoi." })
export class LigneRejetee {
  @Field(() => Int, { description: 'Numéro de ligne dans le fichier (l’en-tête est la ligne 1).' })
  ligne: number;

  @Field(() => String, { description: 'Colonne ou champ en cause.' })
  champ: string;

  @Field(() => String)
  message: string;
}

@Directive('@shareable')
@ObjectType('RapportImportPrescriptions', { description: "Compte rendu d'un import de fiches." })
export class RapportImportPrescriptions {
  @Field(() => String, { description: 'Encodage détecté (utf-8 ou windows-1252).' })
  encodage: string;

  @Field(() => Int)
  lignesLues: number;

  @Field(() => Int, { description: 'Fiches créées (en brouillon).' })
  creees: number;

  @Field(() => Int, { description: 'Lignes déjà importées par un import précédent : rien de créé.' })
  dejaImportees: number;

  @Field(() => [LigneRejetee])
  rejetees: LigneRejetee[];

  @Field(() => [ID])
  idsCreees: string[];
}

@Directive('@shareable')
@ObjectType('CompteurPrescriptions', { description: 'Nombre de fiches dans un statut.' })
export class CompteurPrescriptions {
  @Field(() => StatutPrescription)
  statut: StatutPrescription;

  @Field(() => Int)
  nombre: number;
}
