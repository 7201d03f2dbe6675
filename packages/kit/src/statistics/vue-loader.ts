import type { SubgraphContext } from '../context';
import { defineLoader, type LoaderFactory } from '../loaders';
import { decodePerimetre, type Perimetre } from './perimetre';

/**
 * The periods of a batch as rows `per (debut, fin, k)`, k counting from 1 in the order given: statements join it to
 * compute every period in one pass and group by `per.k`. `debuts` and `fins` are the parameters holding the arrays.
 */
export const periodesSql = (debuts: string, fins: string): string => `unnest(${debuts}::date[], ${fins}::date[]) WITH ORDINALITY AS per (debut, fin, k)`;

/** The row of the i-th period (from 0) among rows grouped by `per.k`. */
export const rowOfPeriode = <T extends { k: string | number }>(rows: T[], i: number): T | undefined => rows.find((row) => Number(row.k) === i + 1);

/**
 * A per-request loader of one figure per COPIL view, keyed by the view's id. A COPIL view and its previous period
 * are resolved in the same request: `compute` receives the views that share their PLIEs, and returns one value per
 * view in their order, from statements that read all their periods at once (`periodesSql`), instead of one set of
 * statements per view.
 */
export function defineVueLoader<V>(compute: (plies: string[], views: Perimetre[], context: SubgraphContext) => Promise<V[]>): LoaderFactory<string, V> {
  return defineLoader<string, V>(async (ids, context) => {
    // Decoding checks the caller's perimeter: a view outside it fails every field that asked for it.
    const perimetres = ids.map((id) => decodePerimetre(id, context));
    const byPlies = new Map<string, number[]>();
    perimetres.forEach((p, i) => byPlies.set(p.plies.join(','), [...(byPlies.get(p.plies.join(',')) ?? []), i]));
    const values: V[] = [];
    await Promise.all(
      [...byPlies.values()].map(async (indexes) => {
        const computed = await compute(perimetres[indexes[0]!]!.plies, indexes.map((i) => perimetres[i]!), context);
        indexes.forEach((index, j) => (values[index] = computed[j]!));
      }),
    );
    return values;
  });
}
