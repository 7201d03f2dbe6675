import { Directive, Field, Float, Int, ObjectType } from 'type-graphql';

/**
 * Small counts identify people. A count below the threshold is returned as masked (no value); and when a breakdown
 * would let a masked cell be recovered by subtraction from its total and the other cells, the next smallest cell is
 * masked too (complementary masking). Rates computed from a masked count are masked as well.
 */
@Directive('@shareable')
@ObjectType('Effectif', { description: 'Un effectif, masqué (valeur absente) s’il est trop petit pour rester anonyme.' })
export class Effectif {
  @Field(() => Int, { nullable: true }) valeur: number | null;
  @Field(() => Boolean, { description: 'Vrai si la valeur est masquée (secret statistique).' }) masque: boolean;
}

@Directive('@shareable')
@ObjectType('Taux', { description: 'Un taux en %, à une décimale, masqué si l’un de ses effectifs l’est.' })
export class Taux {
  @Field(() => Float, { nullable: true }) valeur: number | null;
  @Field(() => Boolean) masque: boolean;
}

export const shown = (valeur: number): Effectif => ({ valeur, masque: false });
const hidden: Effectif = { valeur: null, masque: true };

/** A single count, masked when strictly positive and below the threshold (zero reveals nobody). */
export function maskCount(value: number, threshold: number): Effectif {
  return value > 0 && value < threshold ? hidden : shown(value);
}

/**
 * Masks a breakdown whose cells add up to a published total (e.g. femmes + hommes = total): primary masking of the
 * small cells, then, if exactly one cell is masked, the smallest other non-zero cell too, so that the masked value
 * cannot be recomputed. A total below the threshold masks the whole breakdown.
 */
export function maskPartition<K extends string>(cells: Record<K, number>, threshold: number): Record<K, Effectif> {
  const keys = Object.keys(cells) as K[];
  const total = keys.reduce((sum, key) => sum + cells[key], 0);
  const masked = new Set<K>(total > 0 && total < threshold ? keys : keys.filter((key) => cells[key] > 0 && cells[key] < threshold));
  if (masked.size === 1) {
    const candidates = keys.filter((key) => !masked.has(key) && cells[key] > 0).sort((a, b) => cells[a] - cells[b]);
    if (candidates[0]) masked.add(candidates[0]);
  }
  return Object.fromEntries(keys.map((key) => [key, masked.has(key) ? hidden : shown(cells[key])])) as Record<K, Effectif>;
}

/** A rate from two counts, in percent with one decimal; masked if either count is. */
export function maskedRate(part: Effectif, whole: Effectif): Taux {
  if (part.masque || whole.masque) return { valeur: null, masque: true };
  if (!whole.valeur) return { valeur: null, masque: false };
  return { valeur: Math.round(((part.valeur ?? 0) / whole.valeur) * 1000) / 10, masque: false };
}
