import { ForbiddenError, NotFoundError, type SubgraphContext } from '@plie-hub/kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { canAccessParcours } from '../parcours/parcours.access';
import { parcoursByParticipant, participantById } from '../parcours/parcours.loaders';
import { Parcours } from '../parcours/parcours.type';
import type { ParticipantEntity } from './participant.entity';
import { Participant } from './participant.type';

/** A participant is readable by whoever may read one of their parcours. */
export async function loadReadableParticipant(context: SubgraphContext, id: string): Promise<ParticipantEntity | null> {
  const participant = await context.loaders.get(participantById).load(id);
  if (!participant) return null;
  const parcours = await context.loaders.get(parcoursByParticipant).load(participant.id);
  for (const p of parcours) if (await canAccessParcours(context, p)) return participant;
  throw new ForbiddenError("Ce participant n'est accessible qu'à son référent et à la coordination de son PLIE.");
}

@Resolver(() => Participant)
export class ParticipantResolver {
  @Authorized('REFERENT', 'COORDINATION_PLIE')
  @Query(() => Participant, { description: 'Un participant que vous accompagnez (référent) ou de votre PLIE (coordination).' })
  async participant(@Arg('id', () => ID) id: string, @Ctx() context: SubgraphContext) {
    const participant = await loadReadableParticipant(context, id);
    if (!participant) throw new NotFoundError(`Aucun participant n'a l'identifiant ${id.slice(0, 40)}.`);
    return participant;
  }

  @FieldResolver(() => [Parcours], { description: 'Ses parcours, du plus récent au plus ancien.' })
  parcours(@Root() participant: ParticipantEntity, @Ctx() context: SubgraphContext) {
    return context.loaders.get(parcoursByParticipant).load(participant.id);
  }
}
