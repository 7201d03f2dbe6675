import { answersRightOfAccess } from '@plie-hub/auth';
import { alignById, defineLoader, findEntities, ForbiddenError, isUuid, type SubgraphContext } from '@plie-hub/kit';
import type { ClassType } from 'type-graphql';
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { Decision, DecisionPourPrescripteur } from '../commission/commission.type';
import { DecisionEntity, type Partenaire } from '../commission/decision.entity';
import { StatutDecisionEnum } from '../enums';
import { SuitePrescription } from '../parcours/parcours.type';
import type { PrescriptionRepresentation } from './prescription-refs';

/** Current decisions of many prescriptions of one partner, in one query. */
function currentDecisionLoader(partenaire: Partenaire) {
  return defineLoader<string, DecisionEntity | null>(async (ids, { db }) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await findEntities(db, DecisionEntity, 'WHERE partenaire = $1 AND prescription_id = ANY($2) AND actuelle', [partenaire, valid]) : [];
    return alignById(ids, rows, (row) => row.prescriptionId);
  });
}

/**
 * What the fiche's prescriber learns of the parcours it opened, for many parcours in one statement (rather than a
 * parcours and a sortie read as whole entities, two round trips per page of fiches).
 */
const suiteByParcours = defineLoader<string, SuitePrescription | null>(async (ids, { db }) => {
  const rows: Array<SuitePrescription & { id: string }> = await db.query(
    `SELECT p.id, p.statut AS "statutParcours", s.categorie AS "categorieSortie", s.date AS "dateSortie"
     FROM parcours p LEFT JOIN sortie s ON s.parcours_id = p.id WHERE p.id = ANY($1)`,
    [ids],
  );
  return alignById(ids, rows, (row) => row.id);
});

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
      return context.loaders.get(currentDecision).load(fiche.id);
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
      return context.loaders.get(currentDecision).load(fiche.id);
    }

    @Directive('@requires(fields: "structureId plieCode")')
    @FieldResolver(() => SuitePrescription, { nullable: true, description: 'Une fois la personne admise : le statut de son parcours et, à la sortie, sa catégorie et sa date. Rien d’autre du parcours.' })
    async suiteParcours(@Root() fiche: PrescriptionRepresentation, @Ctx() context: SubgraphContext): Promise<SuitePrescription | null> {
      assertCanSeeOutcome(context, fiche);
      const decision = await context.loaders.get(currentDecision).load(fiche.id);
      if (decision?.statut !== StatutDecisionEnum.ADMIS || !decision.parcoursId) return null;
      return context.loaders.get(suiteByParcours).load(decision.parcoursId);
    }
  }
  return PrescriptionOutcomeResolver;
}
