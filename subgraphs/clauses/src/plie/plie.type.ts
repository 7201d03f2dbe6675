import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The PLIE, owned by the parcours subgraph; this subgraph adds its clause figures. */
@Directive('@key(fields: "code")')
@ObjectType('Plie')
export class Plie {
  @Field(() => ID)
  code: string;
}
