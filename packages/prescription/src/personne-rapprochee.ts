import { Directive, Field, ID, ObjectType } from 'type-graphql';

export interface PersonneRapprochee {
  cleRapprochement: string;
}

/**
 * A person as the hub recognises them across partners: by the keyed hash of their normalised identity, never by
 * the identity itself. Each subgraph contributes what it holds about that person (a partner's fiches, the PLIE's
 * participants), so the coordination sees potential duplicates in one query and no subgraph stores another's data.
 * One class per partner, for the same reason as `plieRefType`.
 */
export function personneRapprocheeType() {
  @Directive('@key(fields: "cleRapprochement")')
  @ObjectType('Personne', { description: 'Une personne reconnue à travers les partenaires par sa clé de rapprochement pseudonyme.' })
  class PersonneRapprocheeType {
    @Field(() => ID)
    cleRapprochement: string;
  }
  return PersonneRapprocheeType;
}
