import { ForbiddenError, type SubgraphContext } from '@plie-hub/kit';
import { canAccessParcours } from '../parcours/parcours.access';
import { parcoursByParticipant, participantById } from '../parcours/parcours.loaders';
import type { ParticipantEntity } from './participant.entity';

/** A participant is readable by whoever may read one of their parcours. */
export async function loadReadableParticipant(context: SubgraphContext, id: string): Promise<ParticipantEntity | null> {
  const participant = await context.loaders.get(participantById).load(id);
  if (!participant) return null;
  const parcours = await context.loaders.get(parcoursByParticipant).load(participant.id);
  for (const p of parcours) if (await canAccessParcours(context, p)) return participant;
  throw new ForbiddenError("Ce participant n'est accessible qu'à son référent et à la coordination de son PLIE.");
}
