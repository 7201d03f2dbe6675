/** French wording of the clause enums and figures, shared by the list and the marché. */

export const MODALITES: Record<string, string> = {
  EMBAUCHE_DIRECTE: 'Embauche directe',
  MISE_A_DISPOSITION_ETTI: 'Mise à disposition par une ETTI',
  MISE_A_DISPOSITION_AI: 'Mise à disposition par une AI',
  MISE_A_DISPOSITION_GEIQ: 'Mise à disposition par un GEIQ',
  MISE_A_DISPOSITION_ETT: 'Mise à disposition par une ETT',
  SOUS_TRAITANCE_SIAE: 'Sous-traitance à une SIAE',
  FORMATION: 'Formation',
};

export const TYPES_CONTRAT: Record<string, string> = {
  CDI: 'CDI',
  CDD: 'CDD',
  INTERIM: 'Intérim',
  CDDI: 'CDDI (insertion)',
  CTTI: 'CTTI',
  ALTERNANCE: 'Alternance',
  AUTRE: 'Autre',
};

export const TYPES_MARCHE: Record<string, string> = { TRAVAUX: 'Travaux', SERVICES: 'Services', FOURNITURES: 'Fournitures' };

export const BASES_JURIDIQUES: Record<string, string> = {
  CONDITION_EXECUTION: 'Condition d’exécution',
  MARCHE_RESERVE: 'Marché réservé',
  CRITERE_ATTRIBUTION: 'Critère d’attribution',
};

export const TYPES_DONNEUR: Record<string, string> = {
  COMMUNE: 'Commune',
  EPCI: 'EPCI',
  DEPARTEMENT: 'Département',
  REGION: 'Région',
  BAILLEUR_SOCIAL: 'Bailleur social',
  ETAT: 'État',
  HOPITAL: 'Hôpital',
  AUTRE: 'Autre',
};

export { labelOf } from '../../ui/labels';

const MONTHS = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });
/** `2025-03` → « mars 2025 ». */
export const formatMois = (mois: string) => (/^\d{4}-\d{2}$/.test(mois) ? MONTHS.format(new Date(`${mois}-15T12:00:00Z`)) : mois);

/**
 * The API gives realisation rates in percent (52.5), the ui kit formats fractions: one place converts. The badge
 * says at a glance whether the engagement is met.
 */
export const tauxFraction = (taux: number | null) => (taux == null ? null : taux / 100);
export const tauxBadgeClass = (taux: number | null) => (taux == null ? 'badge' : taux >= 100 ? 'badge badge-ok' : 'badge badge-warning');

