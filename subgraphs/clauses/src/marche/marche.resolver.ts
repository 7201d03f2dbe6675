import { ConnectionArgs, connectionType, entitiesByKeyLoader, entityByIdLoader, FichierExport, FormatExport, NotFoundError, type SubgraphContext } from '@plie-hub/kit';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { bilanMarche } from '../bilan/bilan.service';
import { exportBilan } from '../bilan/bilan.export';
import { BilanClause } from '../bilan/bilan.type';
import { assertFacilitateur, facilitatedPlies } from '../clauses.access';
import { DonneurOrdreEntity } from '../donneur-ordre/donneur-ordre.entity';
import { LotEntity } from './lot.entity';
import { MarcheEntity } from './marche.entity';
import { CreerMarcheInput, DonneurOrdreInput, FiltreMarches } from './marche.input';
import { creerDonneurOrdre, creerMarche, listerMarches } from './marche.service';
import { DonneurOrdre, Lot, Marche } from './marche.type';

export const marcheById = entityByIdLoader(MarcheEntity);
const donneurById = entityByIdLoader(DonneurOrdreEntity);
const lotsByMarche = entitiesByKeyLoader(LotEntity, 'marche_id', 'numero ASC');
const MarcheConnection = connectionType(Marche, 'Marche');
const ROLES = ['FACILITATEUR_CLAUSES', 'ADMIN'] as const;

export async function loadMarche(context: SubgraphContext, id: string): Promise<MarcheEntity> {
  const marche = await context.loaders.get(marcheById).load(id);
  if (!marche) throw new NotFoundError(`Aucun marché n'a l'identifiant ${id.slice(0, 40)}.`);
  assertFacilitateur(context, marche.plieCode);
  return marche;
}

@Resolver(() => Marche)
export class MarcheResolver {
  @Authorized(...ROLES)
  @Query(() => Marche, { description: 'Un marché suivi par votre guichet clauses.' })
  marche(@Arg('id', () => ID) id: string, @Ctx() context: SubgraphContext) {
    return loadMarche(context, id);
  }

  @Authorized(...ROLES)
  @Query(() => MarcheConnection, { description: 'Les marchés de vos PLIEs, les plus récemment notifiés d’abord.' })
  marches(@Args(() => ConnectionArgs) args: ConnectionArgs, @Arg('filtre', () => FiltreMarches, { nullable: true }) filtre: FiltreMarches | null, @Ctx() context: SubgraphContext) {
    return listerMarches(context, args, filtre ?? {});
  }

  @Authorized(...ROLES)
  @Query(() => [DonneurOrdre], { description: "Les donneurs d'ordre suivis par vos guichets." })
  donneursOrdre(@Ctx() context: SubgraphContext) {
    const plies = facilitatedPlies(context);
    const query = context.db.getRepository(DonneurOrdreEntity).createQueryBuilder('d').orderBy('d.nom');
    if (plies !== 'all') query.where('d.plies && :plies', { plies });
    return query.getMany();
  }

  @Authorized(...ROLES)
  @Mutation(() => DonneurOrdre, { description: "Enregistre un acheteur public." })
  creerDonneurOrdre(@Arg('input', () => DonneurOrdreInput) input: DonneurOrdreInput, @Ctx() context: SubgraphContext) {
    return creerDonneurOrdre(context, input);
  }

  @Authorized(...ROLES)
  @Mutation(() => Marche, { description: "Enregistre un marché, ses lots, leurs engagements d'heures et leurs attributaires." })
  creerMarche(@Arg('input', () => CreerMarcheInput) input: CreerMarcheInput, @Ctx() context: SubgraphContext) {
    return creerMarche(context, input);
  }

  @Authorized(...ROLES)
  @Mutation(() => FichierExport, { description: 'Le bilan de la clause à envoyer au donneur d’ordre (CSV ou XLSX).' })
  async exporterBilanClause(@Arg('marcheId', () => ID) marcheId: string, @Arg('format', () => FormatExport) format: FormatExport, @Ctx() context: SubgraphContext) {
    await loadMarche(context, marcheId);
    return exportBilan((await bilanMarche(context.db, marcheId))!, format);
  }

  @FieldResolver(() => DonneurOrdre)
  donneurOrdre(@Root() marche: MarcheEntity, @Ctx() context: SubgraphContext) {
    return context.loaders.get(donneurById).load(marche.donneurOrdreId);
  }

  @FieldResolver(() => [Lot])
  lots(@Root() marche: MarcheEntity, @Ctx() context: SubgraphContext) {
    return context.loaders.get(lotsByMarche).load(marche.id);
  }

  @FieldResolver(() => BilanClause, { description: 'Engagé et réalisé, par lot, modalité et public.' })
  bilan(@Root() marche: MarcheEntity, @Ctx() context: SubgraphContext) {
    return bilanMarche(context.db, marche.id);
  }
}
