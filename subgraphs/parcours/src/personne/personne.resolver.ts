import { answersRightOfAccess } from '@plie-hub/auth';
import { defineLoader, findEntities, groupByKey, type SubgraphContext } from '@plie-hub/kit';
import { Authorized, Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import { ParticipantEntity } from '../participant/participant.entity';
import { Participant } from '../participant/participant.type';

/** The person across partners (see the prescription package); this subgraph adds their participation in the PLIE. */
@Directive('@key(fields: "cleRapprochement")')
@ObjectType('Personne')
export class PersonneRef {
  @Field(() => ID)
  cleRapprochement: string;
}

/** Participants by match key: of the caller's PLIEs for the coordination, all of them for the DPO (right of access). */
const participantsByMatchKey = defineLoader<string, ParticipantEntity[]>(async (keys, { db, caller }) => {
  const dpo = answersRightOfAccess(caller);
  if (!dpo && caller.plies.length === 0) return keys.map(() => []);
  const rows = dpo
    ? await findEntities(db, ParticipantEntity, 'WHERE cle_rapprochement = ANY($1)', [[...keys]])
    : await findEntities(db, ParticipantEntity, 'WHERE cle_rapprochement = ANY($1) AND plie_code = ANY($2)', [[...keys], caller.plies]);
  return groupByKey(keys, rows, (row) => row.cleRapprochement!);
});

@Resolver(() => PersonneRef)
export class PersonneResolver {
  @Authorized('COORDINATION_PLIE', 'DPO')
  @FieldResolver(() => [Participant], { nullable: true, description: 'Ses participations (passées ou en cours) dans vos PLIEs : une nouvelle fiche est alors un doublon potentiel. Pour le DPO : toutes.' })
  participations(@Root() personne: PersonneRef, @Ctx() context: SubgraphContext) {
    return context.loaders.get(participantsByMatchKey).load(personne.cleRapprochement);
  }
}
