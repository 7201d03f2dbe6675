import { ConnectionArgs, connectionType, entityByIdLoader, NotFoundError, type SubgraphContext } from '@plie-hub/kit';
import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { OperationEntity } from './operation.entity';
import { DeposerOperationInput, FiltreOperations } from './operation.input';
import { assertCanReadOperation, deposerOperation, listerOperations } from './operation.service';
import { Operation } from './operation.type';

export const operationById = entityByIdLoader(OperationEntity);
const OperationConnection = connectionType(Operation, 'Operation');

@Resolver(() => Operation)
export class OperationResolver {
  @Authorized('GESTIONNAIRE_FSE', 'ADMIN')
  @Query(() => Operation, { description: 'Une opération FSE+ de vos PLIEs.' })
  async operation(@Arg('id', () => ID) id: string, @Ctx() context: SubgraphContext): Promise<OperationEntity> {
    const operation = await context.loaders.get(operationById).load(id);
    if (!operation) throw new NotFoundError(`Aucune opération n'a l'identifiant ${id}.`);
    assertCanReadOperation(context, operation);
    return operation;
  }

  @Authorized('GESTIONNAIRE_FSE', 'ADMIN')
  @Query(() => OperationConnection, { description: 'Les opérations de vos PLIEs, les plus récentes d’abord.' })
  operations(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filtre', () => FiltreOperations, { nullable: true }) filtre: FiltreOperations | null,
    @Ctx() context: SubgraphContext,
  ) {
    return listerOperations(context, args, filtre ?? {});
  }

  @Authorized('GESTIONNAIRE_FSE', 'ADMIN')
  @Mutation(() => Operation, { description: "Enregistre le dépôt d'une demande de subvention FSE+." })
  deposerOperation(@Arg('input', () => DeposerOperationInput) input: DeposerOperationInput, @Ctx() context: SubgraphContext): Promise<OperationEntity> {
    return deposerOperation(context, input);
  }
}
