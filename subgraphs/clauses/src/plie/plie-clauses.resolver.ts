import { BadUserInputError, DateScalar, defineLoader, isIsoDate, requirePlie, type SubgraphContext } from '@plie-hub/kit';
import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { percent, publicOfGroup, publicSql } from '../bilan/bilan.service';
import { StatistiquesClauses } from '../bilan/bilan.type';
import { Plie } from './plie.type';

/** Clause figures of many PLIEs for one period, in three grouped queries whatever their number. */
const statistiquesByPlie = defineLoader<string, StatistiquesClauses>(async (keys, { db }) => {
  const parsed = keys.map((key) => JSON.parse(key) as [string, string | null, string | null]);
  const results = new Map<string, StatistiquesClauses>();
  const periods = new Map<string, string[]>();
  for (const [code, debut, fin] of parsed) periods.set(JSON.stringify([debut, fin]), [...(periods.get(JSON.stringify([debut, fin])) ?? []), code]);
  for (const [period, codes] of periods) {
    const [debut, fin] = JSON.parse(period) as [string | null, string | null];
    const [engagement, realise, publics] = await Promise.all([
      db.query(
        `SELECT m.plie_code, count(DISTINCT m.id)::int AS marches, coalesce(sum(l.heures_engagees), 0)::int AS engagees
           FROM marche m LEFT JOIN lot l ON l.marche_id = m.id WHERE m.plie_code = ANY ($1) GROUP BY m.plie_code`,
        [codes],
      ),
      db.query(
        `SELECT k.plie_code, coalesce(h.realisees, 0)::float8 AS realisees, k.contrats
           FROM (SELECT plie_code, count(*)::int AS contrats FROM contrat_clause WHERE plie_code = ANY ($1) GROUP BY plie_code) k
           LEFT JOIN (SELECT plie_code, sum(heures) AS realisees
                        FROM heures_mensuelles_plie
                       WHERE plie_code = ANY ($1) AND ($2::date IS NULL OR mois >= date_trunc('month', $2::date)::date) AND ($3::date IS NULL OR mois <= $3::date)
                       GROUP BY plie_code) h ON h.plie_code = k.plie_code`,
        [codes, debut, fin],
      ),
      db.query(publicSql('WHERE c.plie_code = ANY ($1)', 'c.plie_code'), [codes]),
    ]);
    codes.forEach((code) => {
      const e = engagement.find((row: { plie_code: string }) => row.plie_code === code);
      const r = realise.find((row: { plie_code: string }) => row.plie_code === code);
      const realisees = Math.round((r?.realisees ?? 0) * 100) / 100;
      results.set(JSON.stringify([code, debut, fin]), {
        nombreMarches: e?.marches ?? 0,
        heuresInsertionPrevues: e?.engagees ?? 0,
        heuresRealisees: realisees,
        tauxRealisation: percent(realisees, e?.engagees ?? 0),
        contrats: r?.contrats ?? 0,
        public: publicOfGroup(publics, code),
      });
    });
  }
  return keys.map((key) => results.get(key)!);
});

@Resolver(() => Plie)
export class PlieClausesResolver {
  // Unmasked counts of people (women, under 26, QPV…): only for the PLIE's own teams; COPIL and FSE+ managers read
  // them masked in `vueCopil`.
  @Authorized('FACILITATEUR_CLAUSES', 'COORDINATION_PLIE', 'ADMIN')
  @FieldResolver(() => StatistiquesClauses, {
    nullable: true,
    description: 'Chiffres agrégés des clauses suivies pour ce PLIE, sur une période, sans masquage (équipes du PLIE). Les rôles COPIL et FSE+ lisent ces chiffres, masqués, dans `vueCopil`.',
  })
  statistiquesClauses(
    @Root() plie: Plie,
    @Arg('debut', () => DateScalar, { nullable: true }) debut: string | null,
    @Arg('fin', () => DateScalar, { nullable: true }) fin: string | null,
    @Ctx() context: SubgraphContext,
  ): Promise<StatistiquesClauses> {
    requirePlie(context, plie.code);
    if ((debut && !isIsoDate(debut)) || (fin && !isIsoDate(fin)) || (debut && fin && fin < debut)) {
      throw new BadUserInputError({ field: 'fin', message: 'La période doit aller d’une date de début à une date de fin postérieure.' });
    }
    return context.loaders.get(statistiquesByPlie).load(JSON.stringify([plie.code, debut ?? null, fin ?? null]));
  }
}
