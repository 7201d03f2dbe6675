import { ConnectionArgs, connectionType, NotFoundError, type SubgraphContext } from '@plie-hub/kit';
import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { MarcheEntity } from './marche.entity';
import { CreerMarcheInput, FiltreMarches } from './marche.input';
import { marcheById } from './marche.loader';
import { assertCanReadMarche, creerMarche, listerMarches } from './marche.service';
import { Marche } from './marche.type';

const MarcheConnection = connectionType(Marche, 'Marche');

@Resolver(() => Marche)
export class MarcheResolver {
  @Authorized('FACILITATEUR_CLAUSES', 'ADMIN')
  @Query(() => Marche, { description: 'Un marché suivi par votre guichet clauses.' })
  async marche(@Arg('id', () => ID) id: string, @Ctx() context: SubgraphContext): Promise<MarcheEntity> {
    const marche = await context.loaders.get(marcheById).load(id);
    if (!marche) throw new NotFoundError(`Aucun marché n'a l'identifiant ${id}.`);
    assertCanReadMarche(context, marche);
    return marche;
  }

  @Authorized('FACILITATEUR_CLAUSES', 'ADMIN')
  @Query(() => MarcheConnection, { description: 'Les marchés de vos PLIEs, les plus récemment notifiés d’abord.' })
  marches(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filtre', () => FiltreMarches, { nullable: true }) filtre: FiltreMarches | null,
    @Ctx() context: SubgraphContext,
  ) {
    return listerMarches(context, args, filtre ?? {});
  }

  @Authorized('FACILITATEUR_CLAUSES', 'ADMIN')
  @Mutation(() => Marche, { description: "Enregistre un marché comportant une clause sociale d'insertion." })
  creerMarche(@Arg('input', () => CreerMarcheInput) input: CreerMarcheInput, @Ctx() context: SubgraphContext): Promise<MarcheEntity> {
    return creerMarche(context, input);
  }
}
