/** The answer of vue-copil.graphql, as the screen reads it. Counts and rates carry their masking flag. */
export interface Effectif {
  valeur: number | null;
  masque: boolean;
}
export type Taux = Effectif;

export type CleVentilation = 'total' | 'femmes' | 'hommes' | 'moins26' | 'de26a44' | 'de45a54' | 'plus55' | 'qpv' | 'rsa' | 'deld';
export type Ventilation = Record<CleVentilation, Effectif>;

export interface Objectif {
  cible: number;
  /** Null when the count is masked. */
  realise: number | null;
  ecart: number | null;
}

export interface PartieParcours {
  prescriptionsExaminees: Effectif;
  tauxIntegration: Taux;
  integrationParPartenaire: { partenaire: string; examinees: Effectif; admises: Effectif; tauxIntegration: Taux }[];
  entrees: Ventilation;
  fileActive: Ventilation;
  sorties: Effectif;
  sortiesParCategorie: { categorie: string; nombre: Effectif }[];
  sortiesPositives: Ventilation;
  tauxSortiesPositives: Taux;
  sortiesPositivesConfirmees6Mois: Effectif;
  dureeMoyenneMois: number | null;
  objectifParticipants: Objectif | null;
  objectifSortiesPositives: Objectif | null;
}

export type ClePublicClauses = 'total' | 'femmes' | 'hommes' | 'moins26' | 'de26a49' | 'plus50' | 'qpv';

export interface PartieClauses {
  nombreMarches: number;
  heuresEngagees: number;
  heuresRealisees: number;
  tauxRealisation: Taux;
  contrats: Effectif;
  public: Record<ClePublicClauses, Effectif>;
}

/** Amounts are the `Montant` scalar: decimal strings (« 75000.00 »). */
export interface PartieFinancements {
  nombreOperations: number;
  coutTotalProgramme: string;
  fseProgramme: string;
  fseConsomme: string;
  coutParParticipant: string | null;
  cofinancements: { financeur: string; montant: string; part: string | null }[];
}

/** One period of the view: each part is null when its subgraph could not answer (a problem says why). */
export interface PartiesCopil {
  debut: string;
  fin: string;
  plies: string[];
  seuilMasquage: number;
  prescriptionsRecuesFranceTravail: Effectif | null;
  prescriptionsRecuesDepartement: Effectif | null;
  prescriptionsRecuesMissionLocale: Effectif | null;
  parcours: PartieParcours | null;
  clauses: PartieClauses | null;
  financements: PartieFinancements | null;
}

export interface VueCopil extends PartiesCopil {
  precedente: PartiesCopil;
  serieParcours: { annee: number; entrees: Effectif; sorties: Effectif; tauxSortiesPositives: Taux }[];
  serieClauses: { annee: number; heuresRealisees: number }[] | null;
}

export interface VueCopilAnswer {
  vueCopil: VueCopil;
}

export interface PlieDuReferentiel {
  code: string;
  nom: string;
  organismeIntermediaire: string | null;
}

/** What the view is asked for: one PLIE, or every PLIE of an organisme intermédiaire in the caller's perimeter. */
export type Portee = { type: 'plie'; code: string } | { type: 'oi'; nom: string };

export interface Demande {
  portee: Portee;
  debut: string;
  fin: string;
}

export const variablesOf = ({ portee, debut, fin }: Demande): Record<string, unknown> =>
  portee.type === 'plie' ? { debut, fin, plies: [portee.code] } : { debut, fin, organismeIntermediaire: portee.nom };
