import { addDays, BadUserInputError, daysBetween, DateScalar, decodePerimetre, defineVueLoader, derniereAnneeDeSerie, encodePerimetre, ForbiddenError, InputCheck, loadFound, maskCount, maskedRate, type SubgraphContext } from '@plie-hub/kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { PlieEntity } from '../plie/plie.entity';
import { plieByCode } from '../plie/plie.loader';
import { partiesParcours, type ParcoursDeVue } from './vue-copil.service';
import { PartieParcours, PointSerieParcours, VueCopil } from './vue-copil.types';

const ROLES = ['COPIL', 'GESTIONNAIRE_FSE', 'COORDINATION_PLIE', 'ADMIN'] as const;

/** The parcours parts of the views of a request (the view and its previous period) computed together. */
const parcoursByVue = defineVueLoader<ParcoursDeVue>((_plies, views, context) => partiesParcours(context, views));

/** Every PLIE, left in the request's loader, from which the view's parts read their objectives. */
async function allPlies(context: SubgraphContext): Promise<PlieEntity[]> {
  const plies = await context.db.getRepository(PlieEntity).find({ order: { code: 'ASC' } });
  const loader = context.loaders.get(plieByCode);
  for (const plie of plies) loader.prime(plie.code, plie);
  return plies;
}

function vue(plies: string[], debut: string, fin: string, seuil: number): VueCopil {
  return { id: encodePerimetre({ plies, debut, fin, seuil }), plies, debut, fin, seuilMasquage: seuil, personnesAccompagnees: 0 };
}

@Resolver(() => VueCopil)
export class VueCopilResolver {
  @Authorized(...ROLES)
  @Query(() => VueCopil, {
    description: "La vue consolidée du COPIL pour une période : des PLIEs nommés, ou tous ceux d'un organisme intermédiaire (dans votre périmètre). Agrégats seulement.",
  })
  async vueCopil(
    @Arg('debut', () => DateScalar) debut: string,
    @Arg('fin', () => DateScalar) fin: string,
    @Arg('plies', () => [ID], { nullable: true }) plies: string[] | null,
    @Arg('organismeIntermediaire', () => String, { nullable: true }) organisme: string | null,
    @Ctx() context: SubgraphContext,
  ): Promise<VueCopil> {
    const check = new InputCheck();
    check.rule(fin >= debut, 'fin', 'La fin de la période doit suivre son début.');
    check.rule(!!plies?.length !== !!organisme, 'plies', 'Indiquez soit des PLIEs, soit un organisme intermédiaire.');
    check.done();
    const rows = plies?.length ? await loadFound(context.loaders.get(plieByCode), [...new Set(plies.slice(0, 50))]) : (await allPlies(context)).filter((plie) => plie.organismeIntermediaire?.startsWith(organisme!) && (context.caller.roles.includes('ADMIN') || context.caller.plies.includes(plie.code)));
    if (rows.length === 0) throw new BadUserInputError({ field: plies?.length ? 'plies' : 'organismeIntermediaire', message: 'Aucun PLIE ne correspond à cette demande dans votre périmètre.' });
    if (plies?.length && rows.length !== new Set(plies).size) throw new BadUserInputError({ field: 'plies', message: 'Un des PLIEs demandés est inconnu.' });
    const outside = rows.filter((plie) => !context.caller.roles.includes('ADMIN') && !context.caller.plies.includes(plie.code));
    if (outside.length) throw new ForbiddenError(`Vue réservée à votre périmètre (hors périmètre : ${outside.map((p) => p.code).join(', ')}).`);
    return vue(rows.map((p) => p.code).sort(), debut, fin, Math.max(...rows.map((p) => p.seuilMasquage)));
  }

  @FieldResolver(() => VueCopil, { description: 'La même vue sur la période précédente de même durée, pour comparer.' })
  precedente(@Root() root: VueCopil, @Ctx() context: SubgraphContext): VueCopil {
    const p = decodePerimetre(root.id, context);
    const days = daysBetween(p.debut, p.fin) + 1;
    return vue(p.plies, addDays(p.debut, -days), addDays(p.debut, -1), p.seuil);
  }

  @FieldResolver(() => [ID])
  plies(@Root() root: VueCopil, @Ctx() context: SubgraphContext) {
    return decodePerimetre(root.id, context).plies;
  }

  // The file active's totals: asked alone (the financements part requires it), it costs the parcours part's
  // statements rather than one of its own; the views ask for both, which then share them.
  @FieldResolver(() => Int)
  async personnesAccompagnees(@Root() root: VueCopil, @Ctx() context: SubgraphContext): Promise<number> {
    return (await context.loaders.get(parcoursByVue).load(root.id)).personnesAccompagnees;
  }

  @FieldResolver(() => PartieParcours, { nullable: true, description: 'Prescriptions examinées, entrées, file active, sorties, durées, objectifs.' })
  async parcours(@Root() root: VueCopil, @Ctx() context: SubgraphContext): Promise<PartieParcours> {
    return (await context.loaders.get(parcoursByVue).load(root.id)).partie;
  }

  @FieldResolver(() => [PointSerieParcours], { description: 'Entrées, sorties et taux de sorties positives par année civile, pour les graphiques.' })
  async serieParcours(@Root() root: VueCopil, @Arg('depuis', () => Int, { defaultValue: 2018 }) depuis: number, @Ctx() context: SubgraphContext): Promise<PointSerieParcours[]> {
    const p = decodePerimetre(root.id, context);
    const last = derniereAnneeDeSerie(depuis, Number(p.fin.slice(0, 4)));
    // One grouped query for the whole series, whatever the number of years: entries and exits by year, as two
    // kinds of rows.
    const rows: Array<{ kind: 'e' | 's'; annee: number; n: number; positives: number }> = await context.db.query(
      `SELECT 'e' AS kind, extract(year FROM date_entree)::int AS annee, count(*)::int AS n, 0 AS positives FROM parcours
        WHERE plie_code = ANY ($1) AND date_entree BETWEEN make_date($2, 1, 1) AND make_date($3, 12, 31) GROUP BY 2
       UNION ALL
       SELECT 's', extract(year FROM s.date)::int, count(*)::int, count(*) FILTER (WHERE s.categorie = 'POSITIVE')::int
         FROM sortie s WHERE s.plie_code = ANY ($1) AND s.date BETWEEN make_date($2, 1, 1) AND make_date($3, 12, 31) GROUP BY 2`,
      [p.plies, depuis, last],
    );
    const entrees = rows.filter((r) => r.kind === 'e');
    const sorties = rows.filter((r) => r.kind === 's');
    const years = Array.from({ length: Math.max(0, last - depuis + 1) }, (_, i) => depuis + i);
    return years.map((annee) => {
      const e = entrees.find((r: { annee: number }) => r.annee === annee);
      const s = sorties.find((r: { annee: number }) => r.annee === annee);
      const exits = maskCount(s?.n ?? 0, p.seuil);
      return { annee, entrees: maskCount(e?.n ?? 0, p.seuil), sorties: exits, tauxSortiesPositives: maskedRate(maskCount(s?.positives ?? 0, p.seuil), exits) };
    });
  }
}
