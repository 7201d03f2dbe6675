import { Directive, Field, ObjectType } from 'type-graphql';

/** Relay page information; identical in every subgraph, hence shareable. */
@Directive('@shareable')
@ObjectType('PageInfo', { description: 'Informations de pagination (curseurs Relay).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Vrai si une page suit celle-ci.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Curseur du dernier élément de la page, à passer en `after`.' })
  endCursor!: string | null;
}
