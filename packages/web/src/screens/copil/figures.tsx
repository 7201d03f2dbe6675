import type { ReactNode } from 'react';
import { formatEuros, formatNumber } from '../../ui/format';
import type { Effectif, Taux } from './types';

export type Unite = 'nombre' | 'pourcent' | 'euros' | 'heures' | 'mois';

/** One figure of the view, whatever its source type: a masked one keeps its flag so it is never shown as 0. */
export interface Chiffre {
  valeur: number | null;
  masque: boolean;
  unite: Unite;
}

/** The note every masked cell points to (aria-describedby): one per page. */
export const SECRET_STATISTIQUE_ID = 'copil-secret-statistique';

export const effectif = (e: Effectif | null | undefined): Chiffre | null => (e ? { valeur: e.valeur, masque: e.masque, unite: 'nombre' } : null);
export const taux = (t: Taux | null | undefined): Chiffre | null => (t ? { valeur: t.valeur, masque: t.masque, unite: 'pourcent' } : null);
export const brut = (valeur: number | string | null | undefined, unite: Unite, masque = false): Chiffre | null =>
  valeur === undefined ? null : { valeur: valeur === null ? null : Number(valeur), masque, unite };

const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

export function formatChiffre(valeur: number, unite: Unite): string {
  switch (unite) {
    case 'pourcent':
      return `${decimal.format(valeur)}\u00a0%`;
    case 'euros':
      return formatEuros(valeur);
    case 'heures':
      return `${formatNumber(Math.round(valeur))}\u00a0h`;
    case 'mois':
      return `${decimal.format(valeur)}\u00a0mois`;
    default:
      return formatNumber(valeur);
  }
}

export function Masque() {
  return (
    <span className="copil-masque" aria-describedby={SECRET_STATISTIQUE_ID}>
      masqué
    </span>
  );
}

/** A figure as text: « masqué » (secret statistique), « non calculable » (no base, e.g. a rate without exits), or the value. */
export function Valeur({ chiffre }: { chiffre: Chiffre | null }): ReactNode {
  if (!chiffre) return <span className="copil-absent">indisponible</span>;
  if (chiffre.masque) return <Masque />;
  if (chiffre.valeur === null) return <span className="copil-absent">non calculable</span>;
  return formatChiffre(chiffre.valeur, chiffre.unite);
}

/** The same as `Valeur`, as plain text for a sentence. */
export function texteChiffre(chiffre: Chiffre | null): string {
  if (!chiffre) return 'indisponible';
  if (chiffre.masque) return 'masqué';
  return chiffre.valeur === null ? 'non calculable' : formatChiffre(chiffre.valeur, chiffre.unite);
}

/** Current − previous, signed; only when both are known (a masked side makes the change unknowable too). */
export function evolution(courant: Chiffre | null, precedent: Chiffre | null): string {
  if (!courant || !precedent || courant.masque || precedent.masque || courant.valeur === null || precedent.valeur === null) return '—';
  const difference = Math.round((courant.valeur - precedent.valeur) * 100) / 100;
  if (difference === 0) return 'stable';
  const sign = difference > 0 ? '+' : '−';
  const magnitude = Math.abs(difference);
  if (courant.unite === 'pourcent') return `${sign}${decimal.format(magnitude)}\u00a0pt${magnitude >= 2 ? 's' : ''}`;
  return `${sign}${formatChiffre(magnitude, courant.unite)}`;
}

/** For charts: a masked figure is null (the chart writes « masqué »). */
export const pourGraphique = (chiffre: Chiffre | null): number | null => (chiffre && !chiffre.masque ? chiffre.valeur : null);
