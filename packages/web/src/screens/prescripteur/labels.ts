/**
 * French wording of the schema's enumerations for prescribers. The screens never show a raw enum value when a
 * label exists here; an unknown value (a newer schema) falls back to `humanize`.
 */
import { labelOf, optionsOf } from '../../ui/labels';


export const STATUTS_FICHE = { BROUILLON: 'Brouillon', TRANSMISE: 'Transmise', ANNULEE: 'Annulée', EXPIREE: 'Expirée' } as const;
export type StatutFiche = keyof typeof STATUTS_FICHE;
export const STATUT_FICHE_OPTIONS = optionsOf(STATUTS_FICHE);

/** The PLIE's decision, named as what happened to the request. */
export const DECISIONS = { ADMIS: 'Admission', AJOURNE: 'Ajournement', REFUSE: 'Refus', REORIENTE: 'Réorientation' } as const;

export const STATUTS_PARCOURS = {
  EN_ATTENTE: 'Parcours en attente',
  ACTIF: 'Parcours en cours',
  EN_VEILLE: 'Parcours en veille',
  SORTI: 'Sortie du PLIE',
  SUIVI_POST_SORTIE: 'Suivi après la sortie',
} as const;

export const CATEGORIES_SORTIE = { POSITIVE: 'sortie positive', DYNAMIQUE: 'sortie dynamique', REDUCTION_FREINS: 'réduction des freins', AUTRE: 'autre sortie' } as const;

export const TRIS = {
  CREATION_RECENTE: 'Création, plus récentes d’abord',
  CREATION_ANCIENNE: 'Création, plus anciennes d’abord',
  TRANSMISSION_RECENTE: 'Transmission, plus récentes d’abord',
  NOM: 'Nom de la personne',
} as const;
export const TRI_OPTIONS = optionsOf(TRIS);

export const SEXES = { FEMME: 'Femme', HOMME: 'Homme' } as const;
export const MINIMA_SOCIAUX = { AUCUN: 'Aucun', RSA: 'RSA', ASS: 'ASS' } as const;
export const NIVEAUX_FORMATION = {
  INFRA_3: 'Infra 3 (sans diplôme)',
  NIVEAU_3: 'Niveau 3 (CAP, BEP)',
  NIVEAU_4: 'Niveau 4 (baccalauréat)',
  NIVEAU_5: 'Niveau 5 (bac + 2)',
  NIVEAU_6_ET_PLUS: 'Niveau 6 et plus (licence et au-delà)',
} as const;
export const NATIONALITES = { FRANCAISE: 'Française', UNION_EUROPEENNE: 'Union européenne', HORS_UNION_EUROPEENNE: 'Hors Union européenne' } as const;
export const LOGEMENTS = {
  LOGEMENT_AUTONOME: 'Logement autonome',
  HEBERGE_TIERS: 'Hébergé par un tiers',
  HEBERGEMENT_TEMPORAIRE: 'Hébergement temporaire',
  SANS_DOMICILE: 'Sans domicile',
} as const;
export const TRANCHES_CITE = { CITE_0_2: 'CITE 0 à 2', CITE_3_4: 'CITE 3 et 4', CITE_5_8: 'CITE 5 à 8' } as const;
export const FREINS = {
  NUMERIQUE: 'Numérique',
  SANTE: 'Santé',
  MOBILITE: 'Mobilité',
  FINANCES: 'Finances',
  FAMILLE_GARDE_ENFANTS: 'Famille, garde d’enfants',
  SAVOIRS_DE_BASE: 'Capacités relationnelles, savoirs de base',
  ADMINISTRATIF_JURIDIQUE: 'Administratif, juridique',
  LOGEMENT: 'Logement',
  FRANCAIS_FLE: 'Français (FLE)',
} as const;
export type TypeFrein = keyof typeof FREINS;
export const MODES_CONSENTEMENT = { ECRIT_SIGNE: 'Écrit signé', ORAL_TRACE: 'Oral, tracé dans le dossier', ELECTRONIQUE: 'Électronique' } as const;
export const PERIMETRES_CONSENTEMENT = {
  TRANSMISSION_PLIE: 'Transmission de la fiche au PLIE',
  ECHANGES_PARTENAIRES_PARCOURS: 'Échanges entre partenaires du parcours',
  SUIVI_STATISTIQUE_FSE: 'Suivi statistique FSE+',
} as const;
export type PerimetreConsentement = keyof typeof PERIMETRES_CONSENTEMENT;


export { labelOf };

export const yesNo = (value: boolean | null | undefined) => (value == null ? '—' : value ? 'Oui' : 'Non');
