import { Directive, Field, ID, ObjectType } from 'type-graphql';

export interface PlieRef {
  code: string;
}

/**
 * The PLIE a fiche is sent to, owned by the parcours subgraph; each prescription subgraph adds the fiches awaiting
 * the commission. One class per partner: type-graphql attaches field resolvers to the class, and each partner's
 * schema must only carry its own.
 */
export function plieRefType() {
  @Directive('@key(fields: "code")')
  @ObjectType('Plie')
  class PlieRefType {
    @Field(() => ID)
    code: string;
  }
  return PlieRefType;
}
