/** French labels of the schema's values the coordination and référent screens show. */

import { labelOf, optionsOf } from '../../ui/labels';


export type PartenaireCode = 'FRANCE_TRAVAIL' | 'DEPARTEMENT' | 'MISSION_LOCALE';
export const PARTENAIRES: Record<PartenaireCode, string> = { FRANCE_TRAVAIL: 'France Travail', DEPARTEMENT: 'Département', MISSION_LOCALE: 'Mission Locale' };
export const PARTENAIRES_DE: Record<PartenaireCode, string> = { FRANCE_TRAVAIL: 'de France Travail', DEPARTEMENT: 'du Département', MISSION_LOCALE: 'de la Mission Locale' };

export type StatutDecision = 'ADMIS' | 'AJOURNE' | 'REFUSE' | 'REORIENTE';
export const STATUTS_DECISION: Record<StatutDecision, string> = { ADMIS: 'Admis', AJOURNE: 'Ajourné', REFUSE: 'Refusé', REORIENTE: 'Réorienté' };
export const decisionLabel = (value: string | null | undefined) => labelOf(STATUTS_DECISION, value);
export const decisionBadge = (value: string) => (value === 'ADMIS' ? 'badge-ok' : value === 'REFUSE' ? 'badge-danger' : 'badge-warning');

export const MOTIFS_REFUS = {
  REFUS_HORS_TERRITOIRE: 'Hors du territoire du PLIE',
  REFUS_CRITERES: 'Ne remplit pas les critères d’éligibilité',
  REFUS_DEJA_ACCOMPAGNE: 'Déjà accompagné par ailleurs',
  REFUS_AUTRE: 'Autre motif',
} as const;
export type MotifRefus = keyof typeof MOTIFS_REFUS;
export const motifRefusOptions = optionsOf<MotifRefus>(MOTIFS_REFUS);
export const motifLabel = (value: string | null | undefined) => labelOf(MOTIFS_REFUS, value);

export type TypeCommission = 'INTEGRATION' | 'SUIVI' | 'SORTIE';
export const TYPES_COMMISSION: Record<TypeCommission, string> = { INTEGRATION: 'Intégration', SUIVI: 'Suivi', SORTIE: 'Sortie' };

export type StatutParcours = 'EN_ATTENTE' | 'ACTIF' | 'EN_VEILLE' | 'SORTI' | 'SUIVI_POST_SORTIE';
export const STATUTS_PARCOURS: Record<StatutParcours, string> = {
  EN_ATTENTE: 'En attente',
  ACTIF: 'Actif',
  EN_VEILLE: 'En veille',
  SORTI: 'Sorti',
  SUIVI_POST_SORTIE: 'Suivi après la sortie',
};
export const statutParcoursLabel = (value: string | null | undefined) => labelOf(STATUTS_PARCOURS, value);
export const statutParcoursBadge = (value: string) => (value === 'ACTIF' ? 'badge-ok' : value === 'EN_VEILLE' ? 'badge-warning' : '');
/** Only these accept entretiens, étapes and a sortie (the API refuses the others). */
export const EN_COURS: readonly string[] = ['ACTIF', 'EN_VEILLE'];

export const ALERTES: Record<string, string> = {
  SANS_CONTACT: 'Sans contact récent',
  FIN_MESURE_PROCHE: 'Fin de mesure proche',
  CONFIRMATION_6_MOIS_ATTENDUE: 'Confirmation à 6 mois attendue',
  DUREE_MAXIMALE_ATTEINTE: 'Durée maximale atteinte',
};
export const alerteLabel = (value: string) => labelOf(ALERTES, value);

export type TypeEtape = 'EMPLOI' | 'FORMATION' | 'SIAE' | 'IMMERSION' | 'LEVEE_FREIN' | 'MISSION_CLAUSE';
export const TYPES_ETAPE: Record<TypeEtape, string> = {
  EMPLOI: 'Emploi',
  FORMATION: 'Formation',
  SIAE: 'Structure d’insertion (SIAE)',
  IMMERSION: 'Immersion (PMSMP)',
  LEVEE_FREIN: 'Levée de frein',
  MISSION_CLAUSE: 'Mission en clause sociale',
};
export const typeEtapeLabel = (value: string | null | undefined) => labelOf(TYPES_ETAPE, value);

export type ModeEntretien = 'PRESENTIEL' | 'TELEPHONE' | 'VISIO';
export const MODES_ENTRETIEN: Record<ModeEntretien, string> = { PRESENTIEL: 'En présentiel', TELEPHONE: 'Par téléphone', VISIO: 'En visioconférence' };
export const modeEntretienLabel = (value: string) => labelOf(MODES_ENTRETIEN, value);

export type CategorieSortie = 'POSITIVE' | 'DYNAMIQUE' | 'REDUCTION_FREINS' | 'AUTRE';
export const CATEGORIES_SORTIE: Record<CategorieSortie, string> = {
  POSITIVE: 'Sortie positive',
  DYNAMIQUE: 'Sortie dynamique',
  REDUCTION_FREINS: 'Réduction des freins',
  AUTRE: 'Autre sortie',
};
export const categorieSortieLabel = (value: string | null | undefined) => labelOf(CATEGORIES_SORTIE, value);
export const categorieSortieBadge = (value: string) => (value === 'POSITIVE' ? 'badge-ok' : value === 'AUTRE' ? 'badge-danger' : 'badge-warning');

export type TypeSituationSortie = 'EMPLOI' | 'FORMATION' | 'CREATION_ENTREPRISE' | 'SANS_EMPLOI_NI_FORMATION';
export const TYPES_SITUATION_SORTIE: Record<TypeSituationSortie, string> = {
  EMPLOI: 'Emploi',
  FORMATION: 'Formation',
  CREATION_ENTREPRISE: 'Création d’entreprise',
  SANS_EMPLOI_NI_FORMATION: 'Sans emploi ni formation',
};

export type TypeContrat = 'CDI' | 'CDD' | 'INTERIM' | 'CONTRAT_AIDE' | 'CDDI' | 'CTTI' | 'MISSION_AI' | 'ALTERNANCE' | 'SAISONNIER' | 'CESU';
export const TYPES_CONTRAT: Record<TypeContrat, string> = {
  CDI: 'CDI',
  CDD: 'CDD',
  INTERIM: 'Intérim',
  CONTRAT_AIDE: 'Contrat aidé',
  CDDI: 'CDDI (insertion)',
  CTTI: 'CTTI (intérim d’insertion)',
  MISSION_AI: 'Mission d’association intermédiaire',
  ALTERNANCE: 'Alternance',
  SAISONNIER: 'Saisonnier',
  CESU: 'CESU',
};

export const MOTIFS_SORTIE = {
  ABANDON: 'Abandon',
  DEMENAGEMENT: 'Déménagement',
  REORIENTATION: 'Réorientation',
  FIN_DE_MESURE: 'Fin de mesure',
  FIN_POUR_ABSENCES: 'Fin pour absences',
} as const;

export type StatutEmploiEntree = 'CHOMEUR' | 'CHOMEUR_LONGUE_DUREE' | 'INACTIF' | 'EMPLOYE';
export const STATUTS_EMPLOI: Record<StatutEmploiEntree, string> = {
  CHOMEUR: 'Demandeur d’emploi',
  CHOMEUR_LONGUE_DUREE: 'Demandeur d’emploi de longue durée',
  INACTIF: 'Inactif',
  EMPLOYE: 'En emploi',
};
export const statutEmploiLabel = (value: string | null | undefined) => labelOf(STATUTS_EMPLOI, value);

export type StatutParticipant = 'DELD' | 'RSA' | 'ASS' | 'RQTH' | 'JEUNE_ML' | 'FIN_SIAE';
export const STATUTS_PARTICIPANT: Record<StatutParticipant, string> = {
  DELD: 'DELD',
  RSA: 'RSA',
  ASS: 'ASS',
  RQTH: 'RQTH',
  JEUNE_ML: 'Jeune suivi par la Mission Locale',
  FIN_SIAE: 'Fin de contrat SIAE',
};
export const statutParticipantLabel = (value: string) => labelOf(STATUTS_PARTICIPANT, value);

export type TrancheCite = 'CITE_0_2' | 'CITE_3_4' | 'CITE_5_8';
export const TRANCHES_CITE: Record<TrancheCite, string> = {
  CITE_0_2: 'CITE 0-2 (jusqu’au brevet)',
  CITE_3_4: 'CITE 3-4 (CAP au baccalauréat)',
  CITE_5_8: 'CITE 5-8 (enseignement supérieur)',
};
export const trancheCiteLabel = (value: string | null | undefined) => labelOf(TRANCHES_CITE, value);

export type Nationalite = 'FRANCAISE' | 'UNION_EUROPEENNE' | 'HORS_UNION_EUROPEENNE';
export const NATIONALITES: Record<Nationalite, string> = { FRANCAISE: 'Française', UNION_EUROPEENNE: 'Union européenne', HORS_UNION_EUROPEENNE: 'Hors Union européenne' };
export const nationaliteLabel = (value: string | null | undefined) => labelOf(NATIONALITES, value);

export const sexeLabel = (value: string | null | undefined) => (value === 'FEMME' ? 'Femme' : value === 'HOMME' ? 'Homme' : '—');
export const ouiNon = (value: boolean | null | undefined) => (value == null ? 'Non renseigné' : value ? 'Oui' : 'Non');


/** Today in the browser's time zone (AAAA-MM-JJ), the default of every date the screens ask. */
export function todayIso(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

const ACRONYMS = new Set(['CDI', 'CDD', 'CDDI', 'CTTI', 'AI', 'ACI', 'EI', 'ETTI', 'PMSMP', 'SIAE', 'CESU', 'QPV', 'RSA']);
/** A rule's sub-type (`CDDI_PLUS_12_MOIS`) in words, contract acronyms kept: « CDDI plus 12 mois ». */
export function sousTypeLabel(value: string | null | undefined): string {
  if (!value) return '—';
  const words = value.split('_').map((w) => (ACRONYMS.has(w) ? w : w.toLowerCase()));
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
