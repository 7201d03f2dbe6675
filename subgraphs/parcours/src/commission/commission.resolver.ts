import { type SubgraphContext } from '@plie-hub/kit';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { PartenaireEnum } from '../enums';
import { assertCoordination } from '../parcours/parcours.access';
import { CommissionEntity } from './commission.entity';
import { CreerCommissionInput, DeciderPrescriptionInput } from './commission.input';
import { creerCommission, deciderPrescription } from './commission.service';
import { Commission, Decision } from './commission.type';
import { DecisionEntity } from './decision.entity';

@Resolver(() => Commission)
export class CommissionResolver {
  @Authorized('COORDINATION_PLIE', 'ADMIN')
  @Query(() => [Commission], { description: 'Les séances de commission d’un PLIE, les plus récentes d’abord.' })
  commissions(@Arg('plieCode', () => ID) plieCode: string, @Ctx() context: SubgraphContext) {
    assertCoordination(context, plieCode);
    return context.db.getRepository(CommissionEntity).find({ where: { plieCode }, order: { date: 'DESC' }, take: 100 });
  }

  @Authorized('COORDINATION_PLIE', 'ADMIN')
  @Query(() => [Decision], { description: "L'historique des décisions sur une prescription, la plus récente d'abord." })
  async decisionsPrescription(
    @Arg('partenaire', () => PartenaireEnum) partenaire: PartenaireEnum,
    @Arg('prescriptionId', () => ID) prescriptionId: string,
    @Ctx() context: SubgraphContext,
  ) {
    const rows = /^[0-9a-f-]{36}$/i.test(prescriptionId)
      ? await context.db.getRepository(DecisionEntity).find({ where: { partenaire, prescriptionId }, order: { decideLe: 'DESC' } })
      : [];
    for (const row of rows) assertCoordination(context, row.plieCode);
    return rows;
  }

  @Authorized('COORDINATION_PLIE', 'ADMIN')
  @Mutation(() => Commission, { description: 'Ouvre une séance de commission.' })
  creerCommission(@Arg('input', () => CreerCommissionInput) input: CreerCommissionInput, @Ctx() context: SubgraphContext) {
    return creerCommission(context, input);
  }

  @Authorized('COORDINATION_PLIE', 'ADMIN')
  @Mutation(() => Decision, { description: 'Enregistre la décision de la commission sur une prescription ; une admission ouvre le parcours.' })
  deciderPrescription(@Arg('input', () => DeciderPrescriptionInput) input: DeciderPrescriptionInput, @Ctx() context: SubgraphContext) {
    return deciderPrescription(context, input);
  }
}
