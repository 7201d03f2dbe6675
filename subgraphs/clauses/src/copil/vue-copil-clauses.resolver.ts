import { decodePerimetre, defineVueLoader, derniereAnneeDeSerie, Effectif, maskCount, maskedRate, maskPartition, periodesSql, rowOfPeriode, type SubgraphContext, Taux, vueCopilType } from '@plie-hub/kit';
import { Arg, Ctx, Field, Float, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { publicOfGroup, publicSql } from '../bilan/bilan.service';
import type { PublicClauses } from '../bilan/bilan.type';

export const VueCopilClauses = vueCopilType();

@ObjectType('PublicClausesMasque')
export class PublicClausesMasque {
  @Field(() => Effectif) total: Effectif;
  @Field(() => Effectif) femmes: Effectif;
  @Field(() => Effectif) hommes: Effectif;
  @Field(() => Effectif) moins26: Effectif;
  @Field(() => Effectif) de26a49: Effectif;
  @Field(() => Effectif) plus50: Effectif;
  @Field(() => Effectif) qpv: Effectif;
}

@ObjectType('PartieClauses', { description: "La part des clauses d'insertion dans la vue COPIL." })
export class PartieClauses {
  @Field(() => Int) nombreMarches: number;
  @Field(() => Int) heuresEngagees: number;
  @Field(() => Float) heuresRealisees: number;
  @Field(() => Taux) tauxRealisation: Taux;
  @Field(() => Effectif) contrats: Effectif;
  @Field(() => PublicClausesMasque) public: PublicClausesMasque;
}

@ObjectType('PointSerieClauses')
export class PointSerieClauses {
  @Field(() => Int) annee: number;
  @Field(() => Float) heuresRealisees: number;
}

/** The clause figures of one perimeter, before masking. */
interface ChiffresClauses {
  marches: number;
  engagees: number;
  realisees: number;
  contrats: number;
  people: PublicClauses;
}

/**
 * The clause figures of the views of a request (a view and its previous period) in three statements whatever
 * their number: the engagement of their PLIEs' marchés (the same for every period), and the hours and the people
 * under contract over each period, the periods read as a two-column list.
 */
const chiffresByVue = defineVueLoader<ChiffresClauses>(async (plies, views, { db }) => {
  const periods = [plies, views.map((p) => p.debut), views.map((p) => p.fin)];
  const [[engagement], realise, people] = await Promise.all([
    db.query(`SELECT count(DISTINCT m.id)::int AS marches, coalesce(sum(l.heures_engagees), 0)::int AS engagees FROM marche m LEFT JOIN lot l ON l.marche_id = m.id WHERE m.plie_code = ANY ($1)`, [plies]),
    db.query(
      // The hours from the monthly sums of the PLIEs; the contracts from the hour rows, deduplicated by a hash
      // (`count(DISTINCT …)` sorted them: 9.3 against 4.2 ms for the eleven PLIEs' two years at scale 1).
      `SELECT per.k,
              coalesce((SELECT sum(s.heures) FROM heures_mensuelles_plie s
                         WHERE s.plie_code = ANY ($1) AND s.mois >= date_trunc('month', per.debut)::date AND s.mois <= per.fin), 0)::float8 AS realisees,
              (SELECT count(*) FROM (SELECT DISTINCT h.contrat_id FROM heures_insertion h
                                      WHERE h.plie_code = ANY ($1) AND h.mois >= date_trunc('month', per.debut)::date AND h.mois <= per.fin) c)::int AS contrats
         FROM ${periodesSql('$2', '$3')}`,
      periods,
    ),
    db.query(publicSql(`JOIN ${periodesSql('$2', '$3')} ON c.debut <= per.fin AND (c.fin IS NULL OR c.fin >= per.debut) WHERE c.plie_code = ANY ($1)`, 'per.k'), periods),
  ]);
  return views.map((_, i) => {
    const r = rowOfPeriode<{ k: string; realisees: number; contrats: number }>(realise, i);
    // `publicSql`'s group is the period's k here.
    return { marches: engagement.marches, engagees: engagement.engagees, realisees: r?.realisees ?? 0, contrats: r?.contrats ?? 0, people: publicOfGroup(people, String(i + 1)) };
  });
});

@Resolver(() => VueCopilClauses)
export class VueCopilClausesResolver {
  @FieldResolver(() => PartieClauses, { nullable: true, description: "Heures d'insertion engagées et réalisées, contrats et publics, sur les PLIEs et la période de la vue." })
  async clauses(@Root() root: { id: string }, @Ctx() context: SubgraphContext): Promise<PartieClauses> {
    const p = decodePerimetre(root.id, context);
    const { marches, engagees: engagement, realisees: hours, contrats, people } = await context.loaders.get(chiffresByVue).load(root.id);
    const realisees = Math.round(hours * 100) / 100;
    const engagees = maskCount(engagement, 1);
    return {
      nombreMarches: marches,
      heuresEngagees: engagement,
      heuresRealisees: realisees,
      tauxRealisation: maskedRate({ valeur: realisees, masque: false }, engagees),
      contrats: maskCount(contrats, p.seuil),
      public: {
        total: maskCount(people.total, p.seuil),
        ...maskPartition({ femmes: people.femmes, hommes: people.hommes }, p.seuil),
        ...maskPartition({ moins26: people.moins26, de26a49: people.de26a49, plus50: people.plus50 }, p.seuil),
        qpv: maskCount(people.qpv, p.seuil),
      },
    };
  }

  @FieldResolver(() => [PointSerieClauses], { nullable: true, description: 'Heures réalisées par année civile, pour les graphiques.' })
  serieClauses(@Root() root: { id: string }, @Arg('depuis', () => Int, { defaultValue: 2018 }) depuis: number, @Ctx() context: SubgraphContext): Promise<PointSerieClauses[]> {
    const p = decodePerimetre(root.id, context);
    return context.db.query(
      `SELECT y AS annee, coalesce(t.heures, 0)::float8 AS "heuresRealisees"
         FROM generate_series($2::int, $3::int) AS y
         -- Summed by year from the hours of each PLIE and month (\`heures_mensuelles_plie\`, kept by the database
         -- on write), a range on the month so that the key serves.
         LEFT JOIN (
           SELECT extract(year FROM mois)::int AS annee, sum(heures) AS heures
             FROM heures_mensuelles_plie
            WHERE plie_code = ANY ($1) AND mois >= make_date($2::int, 1, 1) AND mois < make_date($3::int + 1, 1, 1)
            GROUP BY 1
         ) t ON t.annee = y
        ORDER BY y`,
      [p.plies, depuis, derniereAnneeDeSerie(depuis, Number(p.fin.slice(0, 4)))],
    );
  }
}
