import { addDays, requirePlie, type SubgraphContext, today } from '@plie-hub/kit';
import { Authorized, Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { LessThanOrEqual } from 'typeorm';
import { ParcoursEntity } from '../parcours/parcours.entity';
import { Parcours } from '../parcours/parcours.type';
import type { PlieEntity } from '../plie/plie.entity';
import { Plie } from '../plie/plie.type';
import { SortieEntity } from '../sortie/sortie.entity';

@ObjectType('AgendaCommission', {
  description: "Ce que la commission doit examiner côté parcours ; les fiches à examiner viennent des partenaires (prescriptionsAExaminer…).",
})
export class AgendaCommission {
  @Field(() => [Parcours], { description: 'Mesures qui se terminent dans les 30 jours : renouveler ou préparer la sortie.' })
  renouvellements: ParcoursEntity[];

  @Field(() => [Parcours], { description: 'Parcours en veille.' })
  veilles: ParcoursEntity[];

  @Field(() => [Parcours], { description: 'Sorties enregistrées, pas encore validées.' })
  sortiesAValider: ParcoursEntity[];
}

@Resolver(() => Plie)
export class AgendaResolver {
  @Authorized('COORDINATION_PLIE')
  @FieldResolver(() => AgendaCommission)
  async agendaCommission(@Root() plie: PlieEntity, @Ctx() context: SubgraphContext): Promise<AgendaCommission> {
    requirePlie(context, plie.code);
    const repository = context.db.getRepository(ParcoursEntity);
    const [renouvellements, veilles, sortiesAValider] = await Promise.all([
      repository.find({ where: { plieCode: plie.code, statut: 'ACTIF', mesureFin: LessThanOrEqual(addDays(today(), 30)) }, order: { mesureFin: 'ASC' }, take: 200 }),
      repository.find({ where: { plieCode: plie.code, statut: 'EN_VEILLE' }, order: { dateEntree: 'ASC' }, take: 200 }),
      repository
        .createQueryBuilder('p')
        .innerJoin(SortieEntity, 's', 's.parcours_id = p.id')
        .where('p.plieCode = :code', { code: plie.code })
        .andWhere('s.validee_commission_id IS NULL')
        .orderBy('s.date', 'ASC')
        // A plain LIMIT: a sortie is one per parcours, and `take` (made for one-to-many joins) wraps the query in a
        // DISTINCT sub-select that cannot see the joined sortie's date to order by.
        .limit(200)
        .getMany(),
    ]);
    return { renouvellements, veilles, sortiesAValider };
  }
}
