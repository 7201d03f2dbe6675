import { ConnectionArgs, connectionType, entitiesByKeyLoader, entityByIdLoader, FichierExport, FormatExport, NotFoundError, type SubgraphContext } from '@plie-hub/kit';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { StatutOperationEnum } from '../enums';
import { exportPlan } from '../plan/plan.export';
import { computePlan } from '../plan/plan-rules';
import { AppelAProjetsEntity, FicheOperationEntity, OptionCoutsEntity } from '../programme/programme.entities';
import { IndicateurEntity, LigneDepenseEntity, OperationEntity, PlanEntity, RealiseEntity, RessourceEntity, TransitionEntity } from './operation.entities';
import { AppelAProjetsInput, DeposerOperationInput, FiltreOperations, PlanFinancementInput, RealiseInput } from './operation.inputs';
import * as service from './operation.service';
import { AppelAProjets, FicheOperation, IndicateurRealisation, LigneDepense, Operation, OptionCoutsSimplifies, PlanCalcule, PlanFinancement, Realise, Ressource, TransitionOperation } from './operation.types';

export const operationById = entityByIdLoader(OperationEntity);
const ficheById = entityByIdLoader(FicheOperationEntity);
const transitionsByOperation = entitiesByKeyLoader(TransitionEntity, 'operation_id', 'le ASC');
const plansByOperation = entitiesByKeyLoader(PlanEntity, 'operation_id', 'annee ASC');
const realiseByOperation = entitiesByKeyLoader(RealiseEntity, 'operation_id', 'periode_debut ASC');
const indicateursByOperation = entitiesByKeyLoader(IndicateurEntity, 'operation_id', 'libelle ASC');
const OperationConnection = connectionType(Operation, 'Operation');
const ROLES = ['GESTIONNAIRE_FSE', 'ADMIN'] as const;

export async function loadOperation(context: SubgraphContext, id: string): Promise<OperationEntity> {
  const operation = await context.loaders.get(operationById).load(id);
  if (!operation) throw new NotFoundError(`Aucune opération n'a l'identifiant ${id.slice(0, 40)}.`);
  service.assertGestionnaire(context, operation.plieCode);
  return operation;
}

@Resolver(() => Operation)
export class OperationResolver {
  @Authorized(...ROLES)
  @Query(() => Operation, { description: 'Une opération FSE+ de vos PLIEs.' })
  operation(@Arg('id', () => ID) id: string, @Ctx() context: SubgraphContext) {
    return loadOperation(context, id);
  }

  @Authorized(...ROLES)
  @Query(() => OperationConnection, { description: 'Les opérations de vos PLIEs, les plus récentes d’abord.' })
  operations(@Args(() => ConnectionArgs) args: ConnectionArgs, @Arg('filtre', () => FiltreOperations, { nullable: true }) filtre: FiltreOperations | null, @Ctx() context: SubgraphContext) {
    return service.listerOperations(context, args, filtre ?? {});
  }

  @Authorized(...ROLES)
  @Query(() => [AppelAProjets])
  appelsAProjets(@Ctx() { db }: SubgraphContext) {
    return db.getRepository(AppelAProjetsEntity).find({ order: { annee: 'DESC', numero: 'ASC' } });
  }

  @Authorized(...ROLES)
  @Query(() => [FicheOperation], { description: "Les fiches opérations d'un appel à projets." })
  fichesOperation(@Arg('appelId', () => ID) appelId: string, @Ctx() { db }: SubgraphContext) {
    return db.getRepository(FicheOperationEntity).find({ where: { appelId }, order: { numero: 'ASC' } });
  }

  @Authorized(...ROLES)
  @Query(() => [OptionCoutsSimplifies], { description: 'Les options de coûts simplifiés du programme.' })
  optionsCoutsSimplifies(@Ctx() { db }: SubgraphContext) {
    return db.getRepository(OptionCoutsEntity).find({ order: { code: 'ASC' } });
  }

  @Authorized(...ROLES)
  @Mutation(() => AppelAProjets, { description: 'Publie un appel à projets et ses fiches opérations.' })
  creerAppelAProjets(@Arg('input', () => AppelAProjetsInput) input: AppelAProjetsInput, @Ctx() context: SubgraphContext) {
    return service.creerAppelAProjets(context, input);
  }

  @Authorized(...ROLES)
  @Mutation(() => Operation, { description: "Enregistre le dépôt d'une demande de subvention sur une fiche opération." })
  deposerOperation(@Arg('input', () => DeposerOperationInput) input: DeposerOperationInput, @Ctx() context: SubgraphContext) {
    return service.deposerOperation(context, input);
  }

  @Authorized(...ROLES)
  @Mutation(() => Operation, { description: "Fait avancer l'instruction (recevable, sélectionnée en COPIL, conventionnée…) ; chaque étape est historisée." })
  changerStatutOperation(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('statut', () => StatutOperationEnum) statut: StatutOperationEnum,
    @Arg('motif', () => String, { nullable: true }) motif: string | null,
    @Ctx() context: SubgraphContext,
  ) {
    return service.changerStatut(context, id, version, statut, motif);
  }

  @Authorized(...ROLES)
  @Mutation(() => Operation, { description: "Enregistre le plan de financement d'une année ; toutes les règles sont vérifiées avant d'écrire." })
  enregistrerPlanFinancement(@Arg('operationId', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('input', () => PlanFinancementInput) input: PlanFinancementInput, @Ctx() context: SubgraphContext) {
    return service.enregistrerPlan(context, id, version, input);
  }

  @Authorized(...ROLES)
  @Mutation(() => Operation, { description: 'Déclare les dépenses d’une période (et le montant retenu après contrôle de service fait).' })
  declarerRealise(@Arg('operationId', () => ID) id: string, @Arg('input', () => RealiseInput) input: RealiseInput, @Ctx() context: SubgraphContext) {
    return service.declarerRealise(context, id, input);
  }

  @Authorized(...ROLES)
  @Mutation(() => Operation, { description: "Renseigne le réalisé d'une unité de mesure." })
  renseignerIndicateur(@Arg('operationId', () => ID) id: string, @Arg('libelle', () => String) libelle: string, @Arg('realise', () => Int) realise: number, @Ctx() context: SubgraphContext) {
    return service.renseignerIndicateur(context, id, libelle, realise);
  }

  @Authorized(...ROLES)
  @Mutation(() => FichierExport, { description: 'Le plan de financement d’une année, en deux tableaux (dépenses, ressources).' })
  async exporterPlanFinancement(@Arg('operationId', () => ID) id: string, @Arg('annee', () => Int) annee: number, @Arg('format', () => FormatExport) format: FormatExport, @Ctx() context: SubgraphContext) {
    const operation = await loadOperation(context, id);
    const plan = await context.db.getRepository(PlanEntity).findOneBy({ operationId: id, annee });
    if (!plan) throw new NotFoundError(`Aucun plan de financement ${annee} pour cette opération.`);
    const lignes = await service.planLignes(context.db.manager, plan);
    const option = plan.optionId ? await context.db.getRepository(OptionCoutsEntity).findOneBy({ id: plan.optionId }) : null;
    return exportPlan(operation, annee, lignes.lignes as never, lignes.ressources as never, computePlan(lignes), option?.libelle ?? null, format);
  }

  @FieldResolver(() => FicheOperation)
  fiche(@Root() operation: OperationEntity, @Ctx() context: SubgraphContext) {
    return context.loaders.get(ficheById).load(operation.ficheId);
  }

  @FieldResolver(() => [TransitionOperation], { description: 'Chaque changement de statut : qui, quand, pourquoi.' })
  historique(@Root() operation: OperationEntity, @Ctx() context: SubgraphContext) {
    return context.loaders.get(transitionsByOperation).load(operation.id);
  }

  @FieldResolver(() => [PlanFinancement])
  plans(@Root() operation: OperationEntity, @Ctx() context: SubgraphContext) {
    return context.loaders.get(plansByOperation).load(operation.id);
  }

  @FieldResolver(() => [Realise])
  realise(@Root() operation: OperationEntity, @Ctx() context: SubgraphContext) {
    return context.loaders.get(realiseByOperation).load(operation.id);
  }

  @FieldResolver(() => [IndicateurRealisation], { description: 'Unités de mesure de la fiche : cible et réalisé.' })
  indicateurs(@Root() operation: OperationEntity, @Ctx() context: SubgraphContext) {
    return context.loaders.get(indicateursByOperation).load(operation.id);
  }
}

const lignesByPlan = entitiesByKeyLoader(LigneDepenseEntity, 'plan_id', 'categorie ASC, libelle ASC');
const ressourcesByPlan = entitiesByKeyLoader(RessourceEntity, 'plan_id', 'financeur ASC');
const optionById = entityByIdLoader(OptionCoutsEntity);

@Resolver(() => PlanFinancement)
export class PlanResolver {
  @FieldResolver(() => OptionCoutsSimplifies, { nullable: true })
  option(@Root() plan: PlanEntity, @Ctx() context: SubgraphContext) {
    return plan.optionId ? context.loaders.get(optionById).load(plan.optionId) : null;
  }

  @FieldResolver(() => [LigneDepense])
  lignes(@Root() plan: PlanEntity, @Ctx() context: SubgraphContext) {
    return context.loaders.get(lignesByPlan).load(plan.id);
  }

  @FieldResolver(() => [Ressource])
  ressources(@Root() plan: PlanEntity, @Ctx() context: SubgraphContext) {
    return context.loaders.get(ressourcesByPlan).load(plan.id);
  }

  @FieldResolver(() => PlanCalcule, { description: 'Totaux, coûts indirects, taux FSE+ et parts des financeurs.' })
  async calcule(@Root() plan: PlanEntity, @Ctx() context: SubgraphContext) {
    const [lignes, ressources, option] = await Promise.all([this.lignes(plan, context), this.ressources(plan, context), this.option(plan, context)]);
    return computePlan({ lignes, ressources, option: option && { code: option.code, taux: Number(option.taux).toString(), base: option.base, remplaceAutresCouts: option.remplaceAutresCouts } });
  }
}
