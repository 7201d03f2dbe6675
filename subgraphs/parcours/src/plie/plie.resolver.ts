import { DateScalar, type SubgraphContext } from '@plie-hub/kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PlieEntity } from './plie.entity';
import { ConservationPlieInput, CreerPlieInput } from './plie.input';
import { communesByPlie, plieByCode } from './plie.loader';
import { creerPlie, definirConservationPlie, fusionnerPlies } from './plie.service';
import { CommuneTerritoire, ConservationPlie, Plie } from './plie.type';

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

  @FieldResolver(() => [CommuneTerritoire], { description: 'Les communes du territoire, avec leurs périodes de rattachement.' })
  communes(@Root() plie: PlieEntity, @Ctx() context: SubgraphContext): Promise<CommuneTerritoire[]> {
    return context.loaders.get(communesByPlie).load(plie.code);
  }

  @FieldResolver(() => ConservationPlie)
  conservation(@Root() plie: PlieEntity): ConservationPlie {
    return { apresParcoursMois: plie.conservationApresParcoursMois, apresControleFseMois: plie.conservationApresControleFseMois };
  }

  @Authorized('ADMIN')
  @Mutation(() => Plie, { description: 'Fixe les durées de conservation des données personnelles du PLIE (la purge les applique).' })
  definirConservationPlie(
    @Arg('code', () => ID) code: string,
    @Arg('input', () => ConservationPlieInput) input: ConservationPlieInput,
    @Ctx() context: SubgraphContext,
  ): Promise<PlieEntity> {
    return definirConservationPlie(context, code, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Plie, { description: "Fusionne un PLIE dans un autre à une date : l'historique reste sous son code, son territoire passe à l'absorbant." })
  fusionnerPlies(
    @Arg('absorbe', () => ID) absorbe: string,
    @Arg('absorbant', () => ID) absorbant: string,
    @Arg('date', () => DateScalar) date: string,
    @Ctx() context: SubgraphContext,
  ): Promise<PlieEntity> {
    return fusionnerPlies(context, absorbe, absorbant, date);
  }

  @Authorized('ADMIN')
  @Mutation(() => Plie, { description: 'Ajoute un PLIE au référentiel (administrateurs).' })
  creerPlie(@Arg('input', () => CreerPlieInput) input: CreerPlieInput, @Ctx() context: SubgraphContext): Promise<PlieEntity> {
    return creerPlie(context, input);
  }
}
