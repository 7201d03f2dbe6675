import { BadUserInputError, defineLoader, Montant, requirePlie, type SubgraphContext } from '@plie-hub/kit';
import { Arg, Authorized, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Financeur } from '../plan/plan-rules';
import { FinancementsPlie, Plie } from './plie.type';

const PROGRAMMED = "('SELECTIONNEE', 'CONVENTIONNEE', 'EN_COURS', 'SOLDEE')";

/** FSE+ figures of many PLIE-years in three grouped queries; indirect costs computed in SQL like `computePlan`. */
export const financementsByPlieYear = defineLoader<string, Omit<FinancementsPlie, 'participants' | 'coutParParticipant'>>(async (keys, { db }) => {
  const pairs = keys.map((key) => JSON.parse(key) as [string, number]);
  const codes = pairs.map(([code]) => code);
  const years = pairs.map(([, annee]) => annee);
  const pairsSql = 'SELECT * FROM unnest($1::text[], $2::int[]) AS k(plie_code, annee)';
  const [couts, ressources, consomme] = await Promise.all([
    db.query(
      `WITH plans AS (
         SELECT o.plie_code, pf.annee, o.id AS operation,
                (SELECT coalesce(sum(montant), 0) FROM ligne_depense l WHERE l.plan_id = pf.id) AS directs,
                coalesce(round((SELECT coalesce(sum(montant), 0) FROM ligne_depense l WHERE l.plan_id = pf.id AND l.categorie = ANY (oc.base)) * oc.taux / 100, 2), 0) AS indirects
           FROM plan_financement pf JOIN operation o ON o.id = pf.operation_id LEFT JOIN option_couts_simplifies oc ON oc.id = pf.option_id
          WHERE o.statut IN ${PROGRAMMED} AND (o.plie_code, pf.annee) IN (${pairsSql}))
       SELECT plie_code, annee, count(DISTINCT operation)::int AS operations, sum(directs + indirects)::text AS cout FROM plans GROUP BY plie_code, annee`,
      [codes, years],
    ),
    db.query(
      `SELECT o.plie_code, pf.annee, r.financeur, sum(r.montant)::text AS montant
         FROM ressource r JOIN plan_financement pf ON pf.id = r.plan_id JOIN operation o ON o.id = pf.operation_id
        WHERE o.statut IN ${PROGRAMMED} AND (o.plie_code, pf.annee) IN (${pairsSql}) GROUP BY o.plie_code, pf.annee, r.financeur ORDER BY r.financeur`,
      [codes, years],
    ),
    db.query(
      `SELECT o.plie_code, extract(year FROM r.periode_debut)::int AS annee, coalesce(sum(r.fse_du), 0)::text AS fse
         FROM realise r JOIN operation o ON o.id = r.operation_id
        WHERE (o.plie_code, extract(year FROM r.periode_debut)::int) IN (${pairsSql}) GROUP BY 1, 2`,
      [codes, years],
    ),
  ]);
  return pairs.map(([code, annee]) => {
    const match = (row: { plie_code: string; annee: number }) => row.plie_code === code && row.annee === annee;
    const cout = Montant.parse(couts.find(match)?.cout ?? '0');
    const parFinanceur = ressources.filter(match) as Array<{ financeur: Financeur; montant: string }>;
    const fse = Montant.parse(parFinanceur.find((r) => r.financeur === 'FSE')?.montant ?? '0');
    return {
      annee,
      nombreOperations: couts.find(match)?.operations ?? 0,
      coutTotalProgramme: cout,
      fseProgramme: fse,
      fseConsomme: Montant.parse(consomme.find(match)?.fse ?? '0'),
      cofinancements: parFinanceur.filter((r) => r.financeur !== 'FSE').map((r) => ({ financeur: r.financeur as never, montant: Montant.parse(r.montant), part: Montant.parse(r.montant).percentOf(cout) })),
    };
  });
});

@Resolver(() => Plie)
export class PlieFinancementsResolver {
  @Authorized('GESTIONNAIRE_FSE', 'COPIL', 'COORDINATION_PLIE', 'ADMIN')
  @Directive('@requires(fields: "fileActiveParAnnee { annee participants }")')
  @FieldResolver(() => FinancementsPlie, { nullable: true, description: 'FSE+ programmé et consommé, cofinancements et coût par participant, pour une année (agrégats).' })
  async financementsFse(@Root() plie: Plie, @Arg('annee', () => Int) annee: number, @Ctx() context: SubgraphContext): Promise<FinancementsPlie> {
    requirePlie(context, plie.code);
    if (!Number.isInteger(annee) || annee < 2014 || annee > 2035) throw new BadUserInputError({ field: 'annee', message: "L'année doit être comprise entre 2014 et 2035." });
    const figures = await context.loaders.get(financementsByPlieYear).load(JSON.stringify([plie.code, annee]));
    const participants = plie.fileActiveParAnnee?.find((row) => row.annee === annee)?.participants ?? null;
    return {
      ...figures,
      participants,
      coutParParticipant: participants ? Montant.fromCents((figures.coutTotalProgramme.cents * 2n + BigInt(participants)) / (BigInt(participants) * 2n)) : null,
    };
  }
}
