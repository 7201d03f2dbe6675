import { humanize } from '../../ui/format';
import type { CleVentilation, ClePublicClauses } from './types';

export const VENTILATIONS: readonly { cle: CleVentilation; libelle: string }[] = [
  { cle: 'total', libelle: 'Total' },
  { cle: 'femmes', libelle: 'Femmes' },
  { cle: 'hommes', libelle: 'Hommes' },
  { cle: 'moins26', libelle: 'Moins de 26 ans' },
  { cle: 'de26a44', libelle: '26 à 44 ans' },
  { cle: 'de45a54', libelle: '45 à 54 ans' },
  { cle: 'plus55', libelle: '55 ans et plus' },
  { cle: 'qpv', libelle: 'Résidant en QPV' },
  { cle: 'rsa', libelle: 'Allocataires du RSA' },
  { cle: 'deld', libelle: 'Demandeurs d’emploi de longue durée' },
];

export const PUBLIC_CLAUSES: readonly { cle: ClePublicClauses; libelle: string }[] = [
  { cle: 'total', libelle: 'Personnes — total' },
  { cle: 'femmes', libelle: 'Personnes — femmes' },
  { cle: 'hommes', libelle: 'Personnes — hommes' },
  { cle: 'moins26', libelle: 'Personnes — moins de 26 ans' },
  { cle: 'de26a49', libelle: 'Personnes — 26 à 49 ans' },
  { cle: 'plus50', libelle: 'Personnes — 50 ans et plus' },
  { cle: 'qpv', libelle: 'Personnes — résidant en QPV' },
];

const PARTENAIRES: Record<string, string> = {
  FRANCE_TRAVAIL: 'France Travail',
  DEPARTEMENT: 'Département',
  MISSION_LOCALE: 'Mission Locale',
  SIAE: 'SIAE',
  CCAS: 'CCAS',
  AUTRE: 'Autre partenaire',
};

const CATEGORIES_SORTIE: Record<string, string> = {
  POSITIVE: 'Sorties positives',
  DYNAMIQUE: 'Sorties dynamiques',
  REDUCTION_FREINS: 'Sorties pour réduction des freins',
  AUTRE: 'Autres sorties',
};

const FINANCEURS: Record<string, string> = {
  FSE: 'FSE+',
  REGION: 'Région',
  DEPARTEMENT: 'Département',
  ETAT: 'État',
  EPCI_COMMUNE: 'EPCI / commune',
  AUTOFINANCEMENT: 'Autofinancement',
  RECETTES: 'Recettes',
};

export const libellePartenaire = (code: string) => PARTENAIRES[code] ?? humanize(code);
export const libelleCategorieSortie = (code: string) => CATEGORIES_SORTIE[code] ?? humanize(code);
export const libelleFinanceur = (code: string) => FINANCEURS[code] ?? humanize(code);

/** « AGAPE (Association de Gestion des PLIE) » → « AGAPE »: the short name the menus use. */
export const nomCourtOrganisme = (nom: string) => nom.replace(/\s*\(.*\)\s*$/, '') || nom;
