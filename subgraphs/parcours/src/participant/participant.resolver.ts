import { entitiesByKeyLoader, NotFoundError, type SubgraphContext } from '@plie-hub/kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { parcoursByParticipant } from '../parcours/parcours.loaders';
import { Parcours } from '../parcours/parcours.type';
import { loadReadableParticipant } from './participant.access';
import type { ParticipantEntity } from './participant.entity';
import { Participant } from './participant.type';
import { RectificationParticipantEntity } from './rectification.entity';
import { rectifierParticipant } from './rectification.service';
import { RectificationParticipant, RectificationParticipantInput } from './rectification.type';

const rectificationsByParticipant = entitiesByKeyLoader(RectificationParticipantEntity, 'participant_id', 'le DESC');

@Resolver(() => Participant)
export class ParticipantResolver {
  @Authorized('REFERENT', 'COORDINATION_PLIE')
  @Query(() => Participant, { description: 'Un participant que vous accompagnez (référent) ou de votre PLIE (coordination).' })
  async participant(@Arg('id', () => ID) id: string, @Ctx() context: SubgraphContext) {
    const participant = await loadReadableParticipant(context, id);
    if (!participant) throw new NotFoundError(`Aucun participant n'a l'identifiant ${id.slice(0, 40)}.`);
    return participant;
  }

  @Authorized('REFERENT', 'COORDINATION_PLIE')
  @Mutation(() => Participant, { description: "Corrige l'identité d'un participant (droit de rectification) : l'ancienne valeur de chaque champ reste dans l'historique." })
  rectifierParticipant(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { description: 'La version lue : une modification concurrente est refusée (CONFLICT).' }) version: number,
    @Arg('input', () => RectificationParticipantInput) input: RectificationParticipantInput,
    @Ctx() context: SubgraphContext,
  ) {
    return rectifierParticipant(context, id, version, input);
  }

  @FieldResolver(() => [RectificationParticipant], { description: "L'historique des rectifications de son identité, de la plus récente à la plus ancienne." })
  async rectifications(@Root() participant: ParticipantEntity, @Ctx() context: SubgraphContext): Promise<RectificationParticipant[]> {
    const rows = await context.loaders.get(rectificationsByParticipant).load(participant.id);
    return rows.map((row) => ({ id: row.id, champ: row.champ, ancienneValeur: row.ancienneValeur, nouvelleValeur: row.nouvelleValeur, motif: row.motif, par: row.parSub, le: row.le }));
  }

  @FieldResolver(() => [Parcours], { description: 'Ses parcours, du plus récent au plus ancien.' })
  parcours(@Root() participant: ParticipantEntity, @Ctx() context: SubgraphContext) {
    return context.loaders.get(parcoursByParticipant).load(participant.id);
  }
}
