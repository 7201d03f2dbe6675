import type { SubgraphContext } from '../context';
import { defineLoader, type LoaderFactory } from '../loaders';
import { decodePerimetre, encodePerimetre, type Perimetre } from './perimetre';

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
    const perimetres = ids.map((id) => decodePerimetre(id, context));
    const values = new Map<string, V>();
    for (const plies of new Set(perimetres.map((p) => p.plies.join(',')))) {
      const views = perimetres.filter((p) => p.plies.join(',') === plies);
      (await compute(views[0]!.plies, views, context)).forEach((value, i) => values.set(encodePerimetre(views[i]!), value));
    }
    return perimetres.map((p) => values.get(encodePerimetre(p))!);
  });
}
