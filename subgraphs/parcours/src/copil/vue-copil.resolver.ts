import { BadUserInputError, DateScalar, decodePerimetre, encodePerimetre, ForbiddenError, InputCheck, maskCount, maskedRate, type SubgraphContext } from '@plie-hub/kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { In } from 'typeorm';
import { addDays } from '../dates';
import { PlieEntity } from '../plie/plie.entity';
import { statistiquesParcours } from '../statistiques/statistiques.service';
import { partieParcours } from './vue-copil.service';
import { PartieParcours, PointSerieParcours, VueCopil } from './vue-copil.types';

const ROLES = ['COPIL', 'GESTIONNAIRE_FSE', 'COORDINATION_PLIE', 'ADMIN'] as const;

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
    const repository = context.db.getRepository(PlieEntity);
    const rows = plies?.length
      ? await repository.findBy({ code: In(plies.slice(0, 50)) })
      : (await repository.find({ order: { code: 'ASC' } })).filter((plie) => plie.organismeIntermediaire?.startsWith(organisme!) && (context.caller.roles.includes('ADMIN') || context.caller.plies.includes(plie.code)));
    if (rows.length === 0) throw new BadUserInputError({ field: plies?.length ? 'plies' : 'organismeIntermediaire', message: 'Aucun PLIE ne correspond à cette demande dans votre périmètre.' });
    if (plies?.length && rows.length !== new Set(plies).size) throw new BadUserInputError({ field: 'plies', message: 'Un des PLIEs demandés est inconnu.' });
    const outside = rows.filter((plie) => !context.caller.roles.includes('ADMIN') && !context.caller.plies.includes(plie.code));
    if (outside.length) throw new ForbiddenError(`Vue réservée à votre périmètre (hors périmètre : ${outside.map((p) => p.code).join(', ')}).`);
    return vue(rows.map((p) => p.code).sort(), debut, fin, Math.max(...rows.map((p) => p.seuilMasquage)));
  }

  @FieldResolver(() => VueCopil, { description: 'La même vue sur la période précédente de même durée, pour comparer.' })
  precedente(@Root() root: VueCopil, @Ctx() context: SubgraphContext): VueCopil {
    const p = decodePerimetre(root.id, context);
    const days = (Date.parse(p.fin) - Date.parse(p.debut)) / 86_400_000 + 1;
    return vue(p.plies, addDays(p.debut, -days), addDays(p.debut, -1), p.seuil);
  }

  @FieldResolver(() => [ID])
  plies(@Root() root: VueCopil, @Ctx() context: SubgraphContext) {
    return decodePerimetre(root.id, context).plies;
  }

  @FieldResolver(() => Int)
  async personnesAccompagnees(@Root() root: VueCopil, @Ctx() context: SubgraphContext): Promise<number> {
    const p = decodePerimetre(root.id, context);
    const stats = await statistiquesParcours(context.db, p.plies, p.debut, p.fin);
    return [...stats.values()].reduce((sum, s) => sum + s.fileActive.total, 0);
  }

  @FieldResolver(() => PartieParcours, { nullable: true, description: 'Prescriptions examinées, entrées, file active, sorties, durées, objectifs.' })
  async parcours(@Root() root: VueCopil, @Ctx() context: SubgraphContext) {
    const p = decodePerimetre(root.id, context);
    const plies = await context.db.getRepository(PlieEntity).findBy({ code: In(p.plies) });
    const sumOf = (values: Array<number | null>) => (values.some((v) => v === null) ? null : values.reduce<number>((s, v) => s + (v ?? 0), 0));
    return partieParcours(context.db, p, {
      participants: sumOf(plies.map((plie) => plie.objectifParticipants)),
      sortiesPositives: sumOf(plies.map((plie) => plie.objectifSortiesPositives)),
    });
  }

  @FieldResolver(() => [PointSerieParcours], { description: 'Entrées, sorties et taux de sorties positives par année civile, pour les graphiques.' })
  async serieParcours(@Root() root: VueCopil, @Arg('depuis', () => Int, { defaultValue: 2018 }) depuis: number, @Ctx() context: SubgraphContext): Promise<PointSerieParcours[]> {
    const p = decodePerimetre(root.id, context);
    const last = Number(p.fin.slice(0, 4));
    const years = Array.from({ length: Math.max(0, Math.min(last - depuis + 1, 15)) }, (_, i) => depuis + i);
    return Promise.all(
      years.map(async (annee) => {
        const stats = [...(await statistiquesParcours(context.db, p.plies, `${annee}-01-01`, `${annee}-12-31`)).values()];
        const entrees = maskCount(stats.reduce((s, x) => s + x.entrees.total, 0), p.seuil);
        const sorties = maskCount(stats.reduce((s, x) => s + x.sorties, 0), p.seuil);
        const positives = maskCount(stats.reduce((s, x) => s + x.sortiesPositives.total, 0), p.seuil);
        return { annee, entrees, sorties, tauxSortiesPositives: maskedRate(positives, sorties) };
      }),
    );
  }
}
