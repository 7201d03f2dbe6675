import { answersRightOfAccess } from '@plie-hub/auth';
import { alignById, defineLoader, findEntitiesJoined, ForbiddenError, isUuid, type SubgraphContext } from '@plie-hub/kit';
import type { ClassType } from 'type-graphql';
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { Decision, DecisionPourPrescripteur } from '../commission/commission.type';
import { DecisionEntity, type Partenaire } from '../commission/decision.entity';
import { CategorieSortieEnum, StatutDecisionEnum, StatutParcoursEnum } from '../enums';
import { SuitePrescription } from '../parcours/parcours.type';
import type { PrescriptionRepresentation } from './prescription-refs';

/** A prescription's current decision and, once admitted, what its prescriber learns of the parcours it opened. */
interface DecisionEtSuite {
  decision: DecisionEntity;
  suite: SuitePrescription | null;
}

/**
 * Current decisions of many prescriptions of one partner with their parcours' status and exit, in one statement:
 * a page of fiches asks for both, and reading the parcours after the decisions was a second round trip.
 */
function currentDecisionLoader(partenaire: Partenaire) {
  return defineLoader<string, DecisionEtSuite | null>(async (ids, { db }) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length
      ? await findEntitiesJoined<DecisionEntity, { suite_statut: StatutParcoursEnum | null; suite_categorie: CategorieSortieEnum | null; suite_date: string | null }>(
          db,
          DecisionEntity,
          {
            alias: 'd',
            also: 'p.statut AS suite_statut, s.categorie AS suite_categorie, s.date AS suite_date',
            tail: 'LEFT JOIN parcours p ON p.id = d.parcours_id LEFT JOIN sortie s ON s.parcours_id = p.id WHERE d.partenaire = $1 AND d.prescription_id = ANY($2) AND d.actuelle',
          },
          [partenaire, valid],
        )
      : [];
    const found = rows.map(({ entity, row }) => ({
      decision: entity,
      suite: row.suite_statut === null ? null : { statutParcours: row.suite_statut, categorieSortie: row.suite_categorie, dateSortie: row.suite_date },
    }));
    return alignById(ids, found, (row) => row.decision.prescriptionId);
  });
}

/**
 * The prescriber sees this only for its own structure's fiches; the destination PLIE's coordination too; the DPO,
 * who reaches a fiche only through a right-of-access request (`droitAcces`), for the person's answer.
 */
function assertCanSeeOutcome(context: SubgraphContext, fiche: PrescriptionRepresentation): void {
  const { caller } = context;
  if (answersRightOfAccess(caller)) return;
  const prescriber = caller.roles.includes('PRESCRIPTEUR') && caller.org.id === fiche.structureId;
  const coordination = caller.roles.includes('COORDINATION_PLIE') && caller.plies.includes(fiche.plieCode);
  if (!prescriber && !coordination) throw new ForbiddenError('La suite donnée à cette fiche est réservée à son prescripteur et au PLIE destinataire.');
}

export function prescriptionOutcomeResolver(type: ClassType, partenaire: Partenaire) {
  const currentDecision = currentDecisionLoader(partenaire);

  @Resolver(() => type)
  class PrescriptionOutcomeResolver {
    @Directive('@requires(fields: "structureId plieCode")')
    @FieldResolver(() => DecisionPourPrescripteur, { nullable: true, description: 'La décision du PLIE (absente tant que la commission n’a pas statué).' })
    async decisionPlie(@Root() fiche: PrescriptionRepresentation, @Ctx() context: SubgraphContext) {
      assertCanSeeOutcome(context, fiche);
      return (await context.loaders.get(currentDecision).load(fiche.id))?.decision ?? null;
    }

    @Directive('@requires(fields: "structureId plieCode")')
    @FieldResolver(() => Decision, {
      nullable: true,
      description: 'Pour la coordination du PLIE destinataire : la décision actuelle entière (séance, commentaire, parcours ouvert), lue avec la liste des fiches plutôt qu’une par une.',
    })
    async decisionCommission(@Root() fiche: PrescriptionRepresentation, @Ctx() context: SubgraphContext) {
      const { caller } = context;
      if (!caller.roles.includes('COORDINATION_PLIE') || !caller.plies.includes(fiche.plieCode)) {
        throw new ForbiddenError('La décision de la commission est réservée à la coordination du PLIE destinataire.');
      }
      return (await context.loaders.get(currentDecision).load(fiche.id))?.decision ?? null;
    }

    @Directive('@requires(fields: "structureId plieCode")')
    @FieldResolver(() => SuitePrescription, { nullable: true, description: 'Une fois la personne admise : le statut de son parcours et, à la sortie, sa catégorie et sa date. Rien d’autre du parcours.' })
    async suiteParcours(@Root() fiche: PrescriptionRepresentation, @Ctx() context: SubgraphContext): Promise<SuitePrescription | null> {
      assertCanSeeOutcome(context, fiche);
      const found = await context.loaders.get(currentDecision).load(fiche.id);
      // Only an admission opens a parcours.
      if (found?.decision.statut !== StatutDecisionEnum.ADMIS || !found.decision.parcoursId) return null;
      return found.suite;
    }
  }
  return PrescriptionOutcomeResolver;
}
