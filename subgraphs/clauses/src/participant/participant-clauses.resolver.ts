import { answersRightOfAccess } from '@plie-hub/auth';
import { defineLoader, ForbiddenError, groupByKey, prepared, type SubgraphContext } from '@plie-hub/kit';
import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import { HeuresClausesParticipant, type MissionClause } from '../bilan/bilan.type';

/** The PLIE's participant, owned by the parcours subgraph; this subgraph adds their clause missions and hours. */
@Directive('@key(fields: "id")')
@ObjectType('Participant')
export class ParticipantRef {
  @Field(() => ID)
  id: string;

  @Directive('@external')
  @Field(() => ID)
  plieCode: string;
}

const missionsByParticipant = defineLoader<string, Array<MissionClause & { participant_id: string; recent: number }>>(async (ids, { db }) => {
  const rows = await db.query(
    prepared(`SELECT pe.participant_id, m.reference AS marche, l.intitule AS lot, c.debut::text AS debut, c.fin::text AS fin,
            coalesce(sum(h.heures_travail), 0)::float8 AS heures,
            coalesce(sum(h.heures_travail) FILTER (WHERE h.mois >= date_trunc('month', current_date) - interval '6 months'), 0)::float8 AS recent
       FROM personne_eligible pe JOIN contrat_clause c ON c.personne_id = pe.id JOIN lot l ON l.id = c.lot_id JOIN marche m ON m.id = l.marche_id
       LEFT JOIN heures_insertion h ON h.contrat_id = c.id
      WHERE pe.participant_id = ANY ($1) GROUP BY pe.participant_id, c.id, m.reference, l.intitule ORDER BY c.debut DESC`),
    [ids],
  );
  return groupByKey(ids, rows as Array<MissionClause & { participant_id: string; recent: number }>, (row) => row.participant_id);
});

@Resolver(() => ParticipantRef)
export class ParticipantClausesResolver {
  @Directive('@requires(fields: "plieCode")')
  @FieldResolver(() => HeuresClausesParticipant, { nullable: true, description: 'Missions de clause et heures réalisées (référent, coordination et facilitateur du PLIE ; DPO pour un droit d’accès).' })
  async heuresClauses(@Root() participant: ParticipantRef, @Ctx() context: SubgraphContext): Promise<HeuresClausesParticipant> {
    const { caller } = context;
    // The DPO reaches a participant only through a right-of-access request (`droitAcces`, by the person's identity).
    const allowed =
      answersRightOfAccess(caller) ||
      (['REFERENT', 'COORDINATION_PLIE', 'FACILITATEUR_CLAUSES'].some((role) => caller.roles.includes(role as never)) && caller.plies.includes(participant.plieCode));
    if (!allowed) throw new ForbiddenError('Les heures de clause d’un participant sont réservées à son référent, à la coordination et au facilitateur de son PLIE.');
    const missions = await context.loaders.get(missionsByParticipant).load(participant.id);
    return {
      heures6DerniersMois: Math.round(missions.reduce((sum, m) => sum + Number(m.recent), 0) * 100) / 100,
      heuresTotales: Math.round(missions.reduce((sum, m) => sum + Number(m.heures), 0) * 100) / 100,
      missions: missions.map(({ marche, lot, debut, fin, heures }) => ({ marche, lot, debut, fin, heures: Number(heures) })),
    };
  }
}
