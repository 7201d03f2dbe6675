import { BadUserInputError, defineLoader, Montant, requirePlie, type SubgraphContext } from '@plie-hub/kit';
import { Arg, Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { FinancementsPlie, Plie } from './plie.type';

/** FSE+ figures of many PLIEs for one year in one grouped query. */
const financementsByPlieYear = defineLoader<string, FinancementsPlie>(
  async (keys, { db }) => {
    const pairs = keys.map((key) => JSON.parse(key) as [string, number]);
    const rows: Array<{ plie_code: string; annee: number; nombre: number; cout: string; fse: string }> = await db.query(
      `SELECT plie_code, annee, count(*)::int AS nombre, coalesce(sum(cout_total), 0)::text AS cout, coalesce(sum(montant_fse), 0)::text AS fse
         FROM operation
        WHERE (plie_code, annee) IN (SELECT * FROM unnest($1::text[], $2::int[]))
          AND statut NOT IN ('NON_RETENUE', 'ABANDONNEE', 'DEPOSEE', 'RECEVABLE')
        GROUP BY plie_code, annee`,
      [pairs.map(([code]) => code), pairs.map(([, annee]) => annee)],
    );
    const byKey = new Map(rows.map((row) => [JSON.stringify([row.plie_code, row.annee]), row]));
    return pairs.map(([code, annee]) => {
      const row = byKey.get(JSON.stringify([code, annee]));
      return {
        annee,
        nombreOperations: row?.nombre ?? 0,
        coutTotalProgramme: Montant.parse(row?.cout ?? '0'),
        fseProgramme: Montant.parse(row?.fse ?? '0'),
      };
    });
  },
);

@Resolver(() => Plie)
export class PlieFinancementsResolver {
  @Authorized('GESTIONNAIRE_FSE', 'COPIL', 'COORDINATION_PLIE', 'ADMIN')
  @FieldResolver(() => FinancementsPlie, { description: 'FSE+ programmé pour ce PLIE une année donnée (agrégats).' })
  financementsFse(
    @Root() plie: Plie,
    @Arg('annee', () => Int) annee: number,
    @Ctx() context: SubgraphContext,
  ): Promise<FinancementsPlie> {
    requirePlie(context, plie.code);
    if (!Number.isInteger(annee) || annee < 2014 || annee > 2035) {
      throw new BadUserInputError({ field: 'annee', message: "L'année doit être comprise entre 2014 et 2035." });
    }
    return context.loaders.get(financementsByPlieYear).load(JSON.stringify([plie.code, annee]));
  }
}
