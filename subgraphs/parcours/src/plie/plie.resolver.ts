import type { SubgraphContext } from '@plie-hub/kit';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { PlieEntity } from './plie.entity';
import { CreerPlieInput } from './plie.input';
import { plieByCode } from './plie.loader';
import { creerPlie } from './plie.service';
import { Plie } from './plie.type';

@Resolver(() => Plie)
export class PlieResolver {
  @Authorized()
  @Query(() => [Plie], { description: 'Les PLIEs du référentiel, par nom. Le référentiel est public pour tout utilisateur connecté.' })
  plies(@Ctx() { db }: SubgraphContext): Promise<PlieEntity[]> {
    return db.getRepository(PlieEntity).find({ order: { nom: 'ASC' } });
  }

  @Authorized()
  @Query(() => Plie, { nullable: true, description: 'Un PLIE par son code.' })
  plie(@Arg('code', () => ID) code: string, @Ctx() context: SubgraphContext): Promise<PlieEntity | null> {
    return context.loaders.get(plieByCode).load(code);
  }

  @Authorized('ADMIN')
  @Mutation(() => Plie, { description: 'Ajoute un PLIE au référentiel (administrateurs).' })
  creerPlie(@Arg('input', () => CreerPlieInput) input: CreerPlieInput, @Ctx() context: SubgraphContext): Promise<PlieEntity> {
    return creerPlie(context, input);
  }
}
