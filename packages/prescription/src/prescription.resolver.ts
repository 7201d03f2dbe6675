import { ConnectionArgs, connectionType, type SubgraphContext } from '@plie-hub/kit';
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { StatutPrescription } from './enums';
import type { FichePrescriptionEntity } from './fiche-prescription.entity';
import type { FichePrescriptionInput } from './fiche-prescription.input';
import type { PrescriptionPartner } from './partner';
import { PlieRef } from './plie-ref.type';
import { prescriptionByIdLoader } from './prescription.loader';
import { PrescriptionService } from './prescription.service';

/**
 * Builds the queries and mutations of one partner's fiches. The three prescription subgraphs call this with their
 * own partner description; the GraphQL names carry the partner suffix so the three compose side by side.
 */
export function createPrescriptionResolver<TEntity extends FichePrescriptionEntity, TInput extends FichePrescriptionInput>(
  partner: PrescriptionPartner<TEntity, TInput>,
) {
  const { suffix } = partner;
  const service = new PrescriptionService(partner);
  const byId = prescriptionByIdLoader(partner);
  const Connection = connectionType(partner.type, `Prescription${suffix}`);

  @InputType(`FiltrePrescriptions${suffix}`)
  class Filtre {
    @Field(() => StatutPrescription, { nullable: true })
    statut?: StatutPrescription | null;

    @Field(() => ID, { nullable: true })
    plieCode?: string | null;
  }

  @Resolver(() => partner.type)
  class PrescriptionResolver {
    @Authorized()
    @Query(() => partner.type, { name: `prescription${suffix}`, description: 'Une fiche, si elle vous est accessible.' })
    async one(@Arg('id', () => ID) id: string, @Ctx() context: SubgraphContext): Promise<TEntity> {
      return service.get(context, await context.loaders.get(byId).load(id), id);
    }

    @Authorized()
    @Query(() => Connection, {
      name: `prescriptions${suffix}`,
      description: 'Les fiches de votre structure (prescripteur) ou transmises à vos PLIEs (coordination), les plus récentes d’abord.',
    })
    list(
      @Args(() => ConnectionArgs) args: ConnectionArgs,
      @Arg('filtre', () => Filtre, { nullable: true }) filtre: Filtre | null,
      @Ctx() context: SubgraphContext,
    ) {
      return service.list(context, args, filtre ?? {});
    }

    @Authorized('PRESCRIPTEUR')
    @Mutation(() => partner.type, {
      name: `creerPrescription${suffix}`,
      description: 'Crée une fiche en brouillon. Rejouée avec la même clé d’idempotence, renvoie la fiche déjà créée.',
    })
    create(
      @Arg('input', () => partner.input) input: TInput,
      @Arg('cleIdempotence', () => String, { nullable: true, description: 'Identifiant unique choisi par le client pour cette création.' })
      cleIdempotence: string | null,
      @Ctx() context: SubgraphContext,
    ): Promise<TEntity> {
      return service.create(context, input, cleIdempotence ?? null);
    }

    @Authorized('PRESCRIPTEUR')
    @Mutation(() => partner.type, { name: `transmettrePrescription${suffix}`, description: 'Transmet un brouillon au PLIE destinataire.' })
    transmit(
      @Arg('id', () => ID) id: string,
      @Arg('version', () => Int, { description: 'La version lue : une version périmée est refusée (CONFLICT).' }) version: number,
      @Ctx() context: SubgraphContext,
    ): Promise<TEntity> {
      return service.transmit(context, id, version);
    }

    @FieldResolver(() => PlieRef, { description: 'Le PLIE destinataire.' })
    plie(@Root() fiche: TEntity): PlieRef {
      return { code: fiche.plieCode };
    }
  }

  return PrescriptionResolver;
}
