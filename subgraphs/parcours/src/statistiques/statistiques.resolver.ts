import { BadUserInputError, DateScalar, defineLoader, isIsoDate, requirePlie, type SubgraphContext } from '@plie-hub/kit';
import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PlieEntity } from '../plie/plie.entity';
import { Plie } from '../plie/plie.type';
import { statistiquesKey, statistiquesParcours } from './statistiques.service';
import { StatistiquesParcours } from './statistiques.type';

/** One batch for every PLIE and period asked in the request: the same four grouped queries compute them all. */
const statistiquesByPliePeriode = defineLoader<string, StatistiquesParcours>(async (keys, { db }) => {
  const parsed = keys.map((key) => JSON.parse(key) as [string, string, string]);
  // Every PLIE over every period asked: a PLIE asked for one period only is computed for the others too, in the
  // same statements, and left unread.
  const results = await statistiquesParcours(db, parsed.map(([code]) => code), parsed.map(([, debut, fin]) => ({ debut, fin })));
  return keys.map((key) => results.get(key)!);
});

@Resolver(() => Plie)
export class StatistiquesResolver {
  // Unmasked counts: only for those who see the records anyway. COPIL and FSE+ managers read the same figures in
  // `vueCopil`, where small counts are masked (a count of 1 over a chosen period can single a person out).
  @Authorized('COORDINATION_PLIE', 'ADMIN')
  @FieldResolver(() => StatistiquesParcours, {
    description: 'Prescriptions examinées, entrées, file active, sorties et durées d’une période, sans masquage (coordination du PLIE). Les rôles COPIL et FSE+ lisent ces chiffres, masqués, dans `vueCopil`.',
  })
  statistiquesParcours(
    @Root() plie: PlieEntity,
    @Arg('debut', () => DateScalar) debut: string,
    @Arg('fin', () => DateScalar) fin: string,
    @Ctx() context: SubgraphContext,
  ): Promise<StatistiquesParcours> {
    requirePlie(context, plie.code);
    if (!isIsoDate(debut) || !isIsoDate(fin) || fin < debut) {
      throw new BadUserInputError({ field: 'fin', message: 'La période doit aller d’une date de début à une date de fin postérieure.' });
    }
    return context.loaders.get(statistiquesByPliePeriode).load(statistiquesKey(plie.code, { debut, fin }));
  }
}
