import { ArgsType, Field, Int } from 'type-graphql';
import { BadUserInputError } from '../errors/bad-user-input.error';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `Nombre d'éléments (1 à ${MAX_PAGE_SIZE}).` })
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true, description: "Curseur après lequel commencer (pageInfo.endCursor)." })
  after?: string | null;
}

export function checkPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError({
      field: 'first',
      message: `Le nombre d'éléments demandés (first) doit être compris entre 1 et ${MAX_PAGE_SIZE}.`,
    });
  }
}
