import { daysBetween, daysInMonth, type InputCheck } from '@plie-hub/kit';

/** At most 10 hours a day (Code du travail, L3121-18): the ceiling of a month's hours on a contract. */
export const HEURES_MAX_PAR_JOUR = 10;

const monthBounds = (mois: string) => {
  const [y, m] = mois.split('-').map(Number) as [number, number];
  return { first: `${mois}-01`, last: `${mois}-${String(daysInMonth(y, m)).padStart(2, '0')}` };
};

/**
 * Checks a month of hours against its contract: the month must overlap the contract, and work plus training hours
 * cannot exceed 10 hours for each day of the contract within the month. Returns the month's first day when valid.
 */
export function checkHeures(
  check: InputCheck,
  contrat: { debut: string; fin: string | null; reference: string },
  mois: string,
  heuresTravail: number,
  heuresFormation: number,
): string | null {
  if (!check.rule(/^\d{4}-(0[1-9]|1[0-2])$/.test(mois), 'mois', 'Le mois s’écrit AAAA-MM (ex. 2025-03).')) return null;
  check.rule(Number.isFinite(heuresTravail) && heuresTravail >= 0, 'heuresTravail', 'Les heures de travail doivent être un nombre positif ou nul.');
  check.rule(Number.isFinite(heuresFormation) && heuresFormation >= 0, 'heuresFormation', 'Les heures de formation doivent être un nombre positif ou nul.');
  const { first, last } = monthBounds(mois);
  const from = contrat.debut > first ? contrat.debut : first;
  const to = contrat.fin && contrat.fin < last ? contrat.fin : last;
  if (!check.rule(from <= to, 'mois', `Le contrat ${contrat.reference} ne couvre pas ${mois} (du ${contrat.debut} au ${contrat.fin ?? '…'}) : aucune heure ne peut y être déclarée.`)) return null;
  // Both ends counted: a contract from the 1st to the 31st covers 31 days.
  const ceiling = (daysBetween(from, to) + 1) * HEURES_MAX_PAR_JOUR;
  check.rule(
    heuresTravail + heuresFormation <= ceiling,
    'heuresTravail',
    `${heuresTravail + heuresFormation} h déclarées en ${mois} sur le contrat ${contrat.reference}, au-delà du possible (${ceiling} h : 10 h par jour de contrat dans le mois).`,
  );
  return first;
}
