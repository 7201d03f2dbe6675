import { BadUserInputError } from '../errors/bad-user-input.error';

/** The yearly series of the COPIL view cover fifteen years at most from `depuis`, the same for every subgraph. */
const SERIE_MAX_ANNEES = 15;

/**
 * The last year of a series starting at `depuis` for a view ending in `finAnnee`; refuses a start year outside the
 * years the hub can hold (a year such as -2 000 000 000 reached PostgreSQL as an out-of-range date).
 */
export function derniereAnneeDeSerie(depuis: number, finAnnee: number): number {
  if (depuis < 2000 || depuis > 2100) {
    throw new BadUserInputError({ field: 'depuis', message: '« depuis » doit être une année entre 2000 et 2100.' });
  }
  return Math.min(finAnnee, depuis + SERIE_MAX_ANNEES - 1);
}
