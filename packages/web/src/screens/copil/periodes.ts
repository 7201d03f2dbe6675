import { formatDate } from '../../ui/format';

/** The first year the view's series cover (`serieParcours(depuis: 2018)`), and so the first preset offered. */
export const PREMIERE_ANNEE = 2018;

export const anneeCourante = () => new Date().getFullYear();

export const bornesAnnee = (annee: number) => ({ debut: `${annee}-01-01`, fin: `${annee}-12-31` });

/** The calendar year a period is, if it is exactly one. */
export function anneeDe(debut: string, fin: string): number | null {
  const match = /^(\d{4})-01-01$/.exec(debut);
  return match && fin === `${match[1]}-12-31` ? Number(match[1]) : null;
}

export function libellePeriode(debut: string, fin: string): string {
  const annee = anneeDe(debut, fin);
  return annee ? `Année ${annee}` : `Du ${formatDate(debut)} au ${formatDate(fin)}`;
}

export const isIsoDate = (value: string | undefined): value is string => !!value && /^\d{4}-\d{2}-\d{2}$/.test(value);
