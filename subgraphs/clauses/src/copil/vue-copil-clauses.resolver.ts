import { decodePerimetre, derniereAnneeDeSerie, Effectif, maskCount, maskedRate, maskPartition, type SubgraphContext, Taux, vueCopilType } from '@plie-hub/kit';
import { Arg, Ctx, Field, Float, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { publicSql } from '../bilan/bilan.service';

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

@Resolver(() => VueCopilClauses)
export class VueCopilClausesResolver {
  @FieldResolver(() => PartieClauses, { nullable: true, description: "Heures d'insertion engagées et réalisées, contrats et publics, sur les PLIEs et la période de la vue." })
  async clauses(@Root() root: { id: string }, @Ctx() context: SubgraphContext): Promise<PartieClauses> {
    const p = decodePerimetre(root.id, context);
    const [[engagement], [realise], [people]] = await Promise.all([
      context.db.query(`SELECT count(DISTINCT m.id)::int AS marches, coalesce(sum(l.heures_engagees), 0)::int AS engagees FROM marche m LEFT JOIN lot l ON l.marche_id = m.id WHERE m.plie_code = ANY ($1)`, [p.plies]),
      context.db.query(
        `SELECT coalesce(sum(heures_travail + heures_formation), 0)::float8 AS realisees, count(DISTINCT contrat_id)::int AS contrats
           FROM heures_insertion WHERE plie_code = ANY ($1) AND mois >= date_trunc('month', $2::date)::date AND mois <= $3::date`,
        [p.plies, p.debut, p.fin],
      ),
      context.db.query(publicSql('JOIN lot l ON l.id = c.lot_id JOIN marche m ON m.id = l.marche_id WHERE m.plie_code = ANY ($1) AND c.debut <= $3 AND (c.fin IS NULL OR c.fin >= $2)'), [p.plies, p.debut, p.fin]),
    ]);
    const realisees = Math.round(realise.realisees * 100) / 100;
    const engagees = maskCount(engagement.engagees, 1);
    return {
      nombreMarches: engagement.marches,
      heuresEngagees: engagement.engagees,
      heuresRealisees: realisees,
      tauxRealisation: maskedRate({ valeur: realisees, masque: false }, engagees),
      contrats: maskCount(realise.contrats, p.seuil),
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
         -- The PLIEs' hour rows read once and summed by year (joining each year to the rows compared every row with
         -- every year: twice the time at scale 1); a range on the month, not extract(year …), so the index serves.
         LEFT JOIN (
           SELECT extract(year FROM mois)::int AS annee, sum(heures_travail + heures_formation) AS heures
             FROM heures_insertion
            WHERE plie_code = ANY ($1) AND mois >= make_date($2::int, 1, 1) AND mois < make_date($3::int + 1, 1, 1)
            GROUP BY 1
         ) t ON t.annee = y
        ORDER BY y`,
      [p.plies, depuis, derniereAnneeDeSerie(depuis, Number(p.fin.slice(0, 4)))],
    );
  }
}
