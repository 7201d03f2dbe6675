import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The PLIE a fiche is sent to; owned by the parcours subgraph, referenced here by its key only. */
@Directive('@key(fields: "code", resolvable: false)')
@ObjectType('Plie')
export class PlieRef {
  @Field(() => ID)
  code: string;
}
