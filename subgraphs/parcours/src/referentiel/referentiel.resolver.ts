import { ConflictError, defineLoader, entityByIdLoader, InputCheck, isValidSiret, type SubgraphContext } from '@plie-hub/kit';
import { randomUUID } from 'node:crypto';
import { Arg, Authorized, Ctx, Field, Float, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { assertCoordination } from '../parcours/parcours.access';
import { plieByCode } from '../plie/plie.loader';
import { ReferentEntity } from './referent.entity';
import { ChargeReferent, Referent, StructurePorteuse } from './referentiel.type';
import { StructurePorteuseEntity } from './structure-porteuse.entity';

@InputType('CreerReferentInput')
class CreerReferentInput {
  @Field(() => ID)
  plieCode: string;

  @Field(() => String, { description: 'Structure porteuse existante, ou nom d’une nouvelle structure.' })
  structure: string;

  @Field(() => String, { nullable: true })
  siretStructure?: string | null;

  @Field(() => String)
  nom: string;

  @Field(() => String, { nullable: true, description: "Identifiant (sub) du compte du référent chez le fournisseur d'identité." })
  sub?: string | null;

  @Field(() => Float)
  etp: number;
}

const structureById = entityByIdLoader(StructurePorteuseEntity);

const fileActiveByReferent = defineLoader<string, number>(async (ids, { db }) => {
  const rows: Array<{ referent_id: string; n: number }> = await db.query(
    "SELECT referent_id, count(*)::int AS n FROM parcours WHERE referent_id = ANY($1) AND statut IN ('ACTIF', 'EN_VEILLE') GROUP BY referent_id",
    [ids],
  );
  const byId = new Map(rows.map((r) => [r.referent_id, r.n]));
  return ids.map((id) => byId.get(id) ?? 0);
});

@Resolver(() => Referent)
export class ReferentielResolver {
  @Authorized('COORDINATION_PLIE', 'ADMIN')
  @Query(() => [Referent], { description: 'Les référents de parcours d’un PLIE.' })
  referents(@Arg('plieCode', () => ID) plieCode: string, @Ctx() context: SubgraphContext) {
    assertCoordination(context, plieCode);
    return context.db.getRepository(ReferentEntity).find({ where: { plieCode }, order: { nom: 'ASC' } });
  }

  @Authorized('COORDINATION_PLIE', 'ADMIN')
  @Mutation(() => Referent, { description: 'Déclare un référent de parcours (et sa structure porteuse si elle est nouvelle).' })
  async creerReferent(@Arg('input', () => CreerReferentInput) input: CreerReferentInput, @Ctx() context: SubgraphContext) {
    assertCoordination(context, input.plieCode);
    const check = new InputCheck('input');
    check.text('nom', input.nom, 'Le nom du référent', { max: 120 });
    check.text('structure', input.structure, 'La structure porteuse', { max: 200 });
    check.rule(Number.isFinite(input.etp) && input.etp > 0 && input.etp <= 1, 'etp', 'La part de temps (ETP) doit être comprise entre 0 et 1.');
    if (input.siretStructure) check.rule(isValidSiret(input.siretStructure), 'siretStructure', 'Le SIRET de la structure est invalide.');
    check.done();
    return context.db.transaction(async (manager) => {
      if (input.sub && (await manager.findOneBy(ReferentEntity, { plieCode: input.plieCode, sub: input.sub }))) {
        throw new ConflictError('Ce compte est déjà référent de parcours de ce PLIE.');
      }
      let structure = await manager.findOneBy(StructurePorteuseEntity, { plieCode: input.plieCode, nom: input.structure.trim() });
      structure ??= await manager.save(manager.create(StructurePorteuseEntity, { id: randomUUID(), plieCode: input.plieCode, nom: input.structure.trim(), siret: input.siretStructure ?? null }));
      return manager.save(
        manager.create(ReferentEntity, { id: randomUUID(), plieCode: input.plieCode, structureId: structure.id, nom: input.nom.trim(), sub: input.sub ?? null, etp: input.etp.toFixed(2), actif: true }),
      );
    });
  }

  @FieldResolver(() => StructurePorteuse)
  structure(@Root() referent: ReferentEntity, @Ctx() context: SubgraphContext) {
    return context.loaders.get(structureById).load(referent.structureId);
  }

  @FieldResolver(() => ChargeReferent, { description: 'File active et cible ; signale un dépassement.' })
  async charge(@Root() referent: ReferentEntity, @Ctx() context: SubgraphContext): Promise<ChargeReferent> {
    const [fileActive, plie] = await Promise.all([context.loaders.get(fileActiveByReferent).load(referent.id), context.loaders.get(plieByCode).load(referent.plieCode)]);
    const cible = Math.round(plie!.fileActiveParEtp * Number(referent.etp));
    return { fileActive, cible, depassee: fileActive > cible };
  }
}
